namespace Timeline.Api.Timeline;

/// <summary>A changed entry to write, and the version it must still have in storage for the write to apply.</summary>
public sealed record EntryWrite(TimelineEntry Entry, int ExpectedVersion);

/// <summary>Two writers met on one entry: the message is retried against what the other wrote.</summary>
public sealed class TimelineWriteConflictException(string entryId)
    : Exception($"Timeline entry '{entryId}' was changed by another writer; the change will be made again over it.");

/// <summary>
/// What the Timeline service needs from storage: mentions, the entries built from them (with the notifications their
/// changes owe), and per-article state.
/// </summary>
public interface ITimelineStore
{
    Task InitializeAsync(CancellationToken cancellationToken);
    Task<ArticleState?> GetArticleStateAsync(Guid articleId, CancellationToken cancellationToken);
    Task SaveArticleStateAsync(ArticleState state, CancellationToken cancellationToken);

    /// <summary>Removes every mention of the article and stores the given ones in their place.</summary>
    Task ReplaceArticleMentionsAsync(Guid articleId, IReadOnlyList<Mention> mentions, CancellationToken cancellationToken);
    Task<IReadOnlyList<Mention>> GetMentionsInBucketAsync(string bucket, CancellationToken cancellationToken);

    /// <summary>The bucket's entries, tombstones of removed ones included.</summary>
    Task<IReadOnlyList<TimelineEntry>> GetEntriesInBucketAsync(string bucket, CancellationToken cancellationToken);

    /// <summary>
    /// Writes each entry with its new version and pending notification in one single-document write, only over the
    /// version it was computed from (<see cref="TimelineWriteConflictException"/> otherwise). What the dispatcher
    /// records (NotifiedVersion) is never overwritten.
    /// </summary>
    Task WriteEntriesAsync(IReadOnlyList<EntryWrite> writes, CancellationToken cancellationToken);

    /// <summary>Sets an entry's review flags and nothing else.</summary>
    Task SetPossibleDuplicatesAsync(string id, IReadOnlyList<string> possibleDuplicates, CancellationToken cancellationToken);

    /// <summary>An entry that is on the timeline (not a tombstone).</summary>
    Task<TimelineEntry?> GetEntryAsync(string id, CancellationToken cancellationToken);
    Task<IReadOnlyList<TimelineEntry>> QueryAsync(TimelineQuery query, CancellationToken cancellationToken);

    /// <summary>Entries (tombstones included) with changes that may not have been published yet.</summary>
    Task<IReadOnlyList<TimelineEntry>> PendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Records that the entry's changes up to this version are published.</summary>
    Task MarkNotifiedAsync(string id, int version, CancellationToken cancellationToken);
}
