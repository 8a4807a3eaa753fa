using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>
/// Applies one article's extraction result to the timeline: replaces the article's mentions, rebuilds the
/// buckets they touch, writes what changed and says what changed. Repeats and stale readings change nothing.
/// </summary>
public sealed class TimelineProjector(ITimelineStore store, TimeProvider clock, ILogger<TimelineProjector>? logger = null)
{
    public async Task<IReadOnlyList<EntryChange>> ApplyAsync(ArticleEventsExtracted result, CancellationToken cancellationToken)
    {
        var fingerprint = TimelineAssembler.Fingerprint(new { result.ExtractorVersion, result.Article, result.Events });
        var state = await store.GetArticleStateAsync(result.ArticleId, cancellationToken);
        if (state is not null && (state.Fingerprint == fingerprint || IsStale(result, state)))
        {
            logger?.LogInformation("Article {ArticleId} (extractor {ExtractorVersion}): {Outcome}; the timeline is unchanged", result.ArticleId, result.ExtractorVersion,
                state.Fingerprint == fingerprint ? "this reading was applied before" : $"older than the reading applied ({state.ExtractorVersion})");
            return [];
        }

        var mentions = result.Events.Select(e => Mention.From(result, e)).ToList();
        await store.ReplaceArticleMentionsAsync(result.ArticleId, mentions, cancellationToken);

        var buckets = (state?.Buckets ?? []).Concat(mentions.Select(m => m.Bucket)).Distinct().Order(StringComparer.Ordinal).ToList();
        var changes = new List<EntryChange>();
        foreach (var bucket in buckets)
            changes.AddRange(await RebuildAsync(bucket, cancellationToken));
        await FlagPossibleDuplicatesAsync(changes.Select(c => c.Entry), cancellationToken);

        await store.SaveArticleStateAsync(new ArticleState(result.ArticleId, result.ExtractorVersion, result.ExtractedAt, fingerprint,
            mentions.Select(m => m.Bucket).Distinct().ToList()), cancellationToken);
        int Count(string kind) => changes.Count(c => c.Message.Change == kind);
        logger?.LogInformation("Article {ArticleId} (extractor {ExtractorVersion}, {Source}): {EventCount} events applied; entries {Created} created, {Updated} updated, {Removed} removed",
            result.ArticleId, result.ExtractorVersion, mentions.FirstOrDefault()?.SourceKey ?? result.Article.Source ?? Mention.UnknownSource, mentions.Count,
            Count(EntryChanges.Created), Count(EntryChanges.Updated), Count(EntryChanges.Removed));
        return changes;
    }

    /// <summary>
    /// Rebuilds a bucket from its mentions and writes every entry that changed together with the notification it owes
    /// (its next version, in its own document). Run again after a crash, it finds the written entries unchanged and
    /// writes only what was not written yet, so each change is recorded, and announced, once.
    /// </summary>
    private async Task<IReadOnlyList<EntryChange>> RebuildAsync(string bucket, CancellationToken cancellationToken)
    {
        var rebuilt = TimelineAssembler.Assemble(bucket, await store.GetMentionsInBucketAsync(bucket, cancellationToken));
        var stored = (await store.GetEntriesInBucketAsync(bucket, cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var changes = new List<EntryChange>();
        var writes = new List<EntryWrite>();
        foreach (var entry in rebuilt)
        {
            if (!stored.Remove(entry.Id, out var old) || old.Removed)
                writes.Add(Write(EntryChanges.Created, entry, old, now));
            else if (TimelineAssembler.Fingerprint(old with { PossibleDuplicates = [] }) != TimelineAssembler.Fingerprint(entry))
                // Review flags are kept until the flagging pass looks at the entry again.
                writes.Add(Write(EntryChanges.Updated, entry with { PossibleDuplicates = old.PossibleDuplicates }, old, now));
        }
        foreach (var gone in stored.Values.Where(e => !e.Removed))
            writes.Add(Write(EntryChanges.Removed, gone with { Mentions = [], PossibleDuplicates = [], Removed = true }, gone, now));
        await store.WriteEntriesAsync(writes, cancellationToken);
        return writes.Select(w => new EntryChange(w.Entry.Pending[^1], w.Entry)).ToList();
    }

    /// <summary>The entry as it will be stored: one version on from what is stored, with this change pending beside the unsent ones.</summary>
    private static EntryWrite Write(string kind, TimelineEntry entry, TimelineEntry? stored, DateTimeOffset at)
    {
        var version = (stored?.Version ?? 0) + 1;
        var change = new TimelineEntryChanged { Change = kind, EntryId = entry.Id, Entry = entry.ToSummary(), ChangedAt = at, Version = version };
        var unsent = stored?.Pending.Where(p => p.Version > stored.NotifiedVersion) ?? [];
        return new EntryWrite(entry with
        {
            Version = version,
            NotifiedVersion = stored?.NotifiedVersion ?? 0,
            Pending = [.. unsent, change],
            HasPending = true,
        }, stored?.Version ?? 0);
    }

    /// <summary>
    /// Flags entries that may report the same event without having merged: the same place, and dates that overlap
    /// or lie within a day of each other. Changed entries and everything near them (before and after) are looked
    /// at again, so the flags depend only on the timeline as it now stands.
    /// </summary>
    private async Task FlagPossibleDuplicatesAsync(IEnumerable<TimelineEntry> changed, CancellationToken cancellationToken)
    {
        var touched = new Dictionary<string, TimelineEntry>(StringComparer.Ordinal);
        foreach (var entry in changed.Where(e => e.Place is not null))
        {
            touched.TryAdd(entry.Id, entry);
            foreach (var near in await NearAsync(entry, cancellationToken))
                touched.TryAdd(near.Id, near);
        }
        foreach (var id in touched.Keys)
        {
            if (await store.GetEntryAsync(id, cancellationToken) is not { } current)
                continue;
            var flags = (await NearAsync(current, cancellationToken)).Where(n => n.Id != current.Id).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
            if (!flags.SequenceEqual(current.PossibleDuplicates))
                await store.SetPossibleDuplicatesAsync(current.Id, flags, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<TimelineEntry>> NearAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Place is null)
            return [];
        var around = new TimelineQuery { PlaceIds = [entry.Place.Id], From = entry.Date.Start.AddDays(-1), To = entry.Date.End.AddDays(1), Limit = 200 };
        return await store.QueryAsync(around, cancellationToken);
    }

    /// <summary>An older extractor's reading, or an older run of the same one, never replaces a newer one.</summary>
    public static bool IsStale(ArticleEventsExtracted result, ArticleState state)
    {
        var byVersion = CompareVersions(result.ExtractorVersion, state.ExtractorVersion);
        return byVersion < 0 || (byVersion == 0 && result.ExtractedAt < state.ExtractedAt);
    }

    public static int CompareVersions(string a, string b) =>
        Version.TryParse(a, out var va) && Version.TryParse(b, out var vb) ? va.CompareTo(vb) : string.CompareOrdinal(a, b);
}
