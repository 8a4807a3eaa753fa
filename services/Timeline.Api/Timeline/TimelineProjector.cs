using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>
/// Applies one article's extraction result to the timeline: replaces the article's mentions, rebuilds the
/// buckets they touch, writes what changed and says what changed. Repeats and stale readings change nothing.
/// </summary>
public sealed class TimelineProjector(ITimelineStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<EntryChange>> ApplyAsync(ArticleEventsExtracted result, CancellationToken cancellationToken)
    {
        var fingerprint = TimelineAssembler.Fingerprint(new { result.ExtractorVersion, result.Article, result.Events });
        var state = await store.GetArticleStateAsync(result.ArticleId, cancellationToken);
        if (state is not null && (state.Fingerprint == fingerprint || IsStale(result, state)))
            return [];

        var mentions = result.Events.Select(e => Mention.From(result, e)).ToList();
        await store.ReplaceArticleMentionsAsync(result.ArticleId, mentions, cancellationToken);

        var buckets = (state?.Buckets ?? []).Concat(mentions.Select(m => m.Bucket)).Distinct().Order(StringComparer.Ordinal).ToList();
        var changes = new List<EntryChange>();
        foreach (var bucket in buckets)
            changes.AddRange(await RebuildAsync(bucket, cancellationToken));

        await store.SaveArticleStateAsync(new ArticleState(result.ArticleId, result.ExtractorVersion, result.ExtractedAt, fingerprint,
            mentions.Select(m => m.Bucket).Distinct().ToList()), cancellationToken);
        return changes;
    }

    private async Task<IReadOnlyList<EntryChange>> RebuildAsync(string bucket, CancellationToken cancellationToken)
    {
        var rebuilt = TimelineAssembler.Assemble(bucket, await store.GetMentionsInBucketAsync(bucket, cancellationToken));
        var before = (await store.GetEntriesInBucketAsync(bucket, cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var changes = new List<EntryChange>();
        var upserts = new List<TimelineEntry>();
        foreach (var entry in rebuilt)
        {
            if (!before.Remove(entry.Id, out var old))
            {
                upserts.Add(entry);
                changes.Add(Change("created", entry, now));
            }
            else if (TimelineAssembler.Fingerprint(old) != TimelineAssembler.Fingerprint(entry))
            {
                upserts.Add(entry);
                changes.Add(Change("updated", entry, now));
            }
        }
        changes.AddRange(before.Values.Select(e => Change("removed", e, now)));
        await store.WriteEntriesAsync(upserts, before.Keys.ToList(), cancellationToken);
        return changes;
    }

    private static EntryChange Change(string kind, TimelineEntry entry, DateTimeOffset at) =>
        new(new TimelineEntryChanged { Change = kind, EntryId = entry.Id, Entry = entry.ToSummary(), ChangedAt = at }, entry);

    /// <summary>An older extractor's reading, or an older run of the same one, never replaces a newer one.</summary>
    public static bool IsStale(ArticleEventsExtracted result, ArticleState state)
    {
        var byVersion = CompareVersions(result.ExtractorVersion, state.ExtractorVersion);
        return byVersion < 0 || (byVersion == 0 && result.ExtractedAt < state.ExtractedAt);
    }

    public static int CompareVersions(string a, string b) =>
        Version.TryParse(a, out var va) && Version.TryParse(b, out var vb) ? va.CompareTo(vb) : string.CompareOrdinal(a, b);
}
