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
        await FlagPossibleDuplicatesAsync(changes.Select(c => c.Entry), cancellationToken);

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
            else if (TimelineAssembler.Fingerprint(old with { PossibleDuplicates = [] }) != TimelineAssembler.Fingerprint(entry))
            {
                // Review flags are kept until the flagging pass looks at the entry again.
                var kept = entry with { PossibleDuplicates = old.PossibleDuplicates };
                upserts.Add(kept);
                changes.Add(Change("updated", kept, now));
            }
        }
        changes.AddRange(before.Values.Select(e => Change("removed", e, now)));
        await store.WriteEntriesAsync(upserts, before.Keys.ToList(), cancellationToken);
        return changes;
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
        var writes = new List<TimelineEntry>();
        foreach (var id in touched.Keys)
        {
            if (await store.GetEntryAsync(id, cancellationToken) is not { } current)
                continue;
            var flags = (await NearAsync(current, cancellationToken)).Where(n => n.Id != current.Id).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
            if (!flags.SequenceEqual(current.PossibleDuplicates))
                writes.Add(current with { PossibleDuplicates = flags });
        }
        if (writes.Count > 0)
            await store.WriteEntriesAsync(writes, [], cancellationToken);
    }

    private async Task<IReadOnlyList<TimelineEntry>> NearAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Place is null)
            return [];
        var around = new TimelineQuery { Place = entry.Place.Id, From = entry.Date.Start.AddDays(-1), To = entry.Date.End.AddDays(1), Limit = 200 };
        return await store.QueryAsync(around, cancellationToken);
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
