namespace Timeline.Api.Timeline;

/// <summary>For the all-in-one host and fast tests: keeps nothing after the process ends.</summary>
public sealed class InMemoryTimelineStore : ITimelineStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, TimelineEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Mention> mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, ArticleState> states = [];

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ArticleState?> GetArticleStateAsync(Guid articleId, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(states.GetValueOrDefault(articleId));
    }

    public Task SaveArticleStateAsync(ArticleState state, CancellationToken cancellationToken)
    {
        lock (gate)
            states[state.Id] = state;
        return Task.CompletedTask;
    }

    public Task ReplaceArticleMentionsAsync(Guid articleId, IReadOnlyList<Mention> replacement, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var id in mentions.Values.Where(m => m.ArticleId == articleId).Select(m => m.Id).ToList())
                mentions.Remove(id);
            foreach (var m in replacement)
                mentions[m.Id] = m;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Mention>> GetMentionsInBucketAsync(string bucket, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<Mention>>(mentions.Values.Where(m => m.Bucket == bucket).ToList());
    }

    public Task<IReadOnlyList<TimelineEntry>> GetEntriesInBucketAsync(string bucket, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<TimelineEntry>>(entries.Values.Where(e => e.Bucket == bucket).ToList());
    }

    public Task WriteEntriesAsync(IReadOnlyList<EntryWrite> writes, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var (entry, expected) in writes)
            {
                var current = entries.GetValueOrDefault(entry.Id);
                if ((current?.Version ?? 0) != expected)
                    throw new TimelineWriteConflictException(entry.Id);
                entries[entry.Id] = entry with { NotifiedVersion = current?.NotifiedVersion ?? 0 };
            }
        }
        return Task.CompletedTask;
    }

    public Task SetPossibleDuplicatesAsync(string id, IReadOnlyList<string> possibleDuplicates, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (entries.TryGetValue(id, out var e))
                entries[id] = e with { PossibleDuplicates = possibleDuplicates };
        }
        return Task.CompletedTask;
    }

    public Task<TimelineEntry?> GetEntryAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(entries.GetValueOrDefault(id) is { Removed: false } e ? e : null);
    }

    public Task<IReadOnlyList<TimelineEntry>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<TimelineEntry>>(entries.Values.Where(e => e.HasPending).Take(limit).ToList());
    }

    public Task MarkNotifiedAsync(string id, int version, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (entries.TryGetValue(id, out var e) && e.NotifiedVersion <= version)
                entries[id] = e with { NotifiedVersion = version, HasPending = e.Version > version };
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TimelineEntry>> QueryAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var matching = entries.Values.Where(e => !e.Removed).Where(query.Matches).Where(query.IsAfterCursor);
            var ordered = query.Descending
                ? matching.OrderByDescending(e => e.Date.Start).ThenByDescending(e => e.Id, StringComparer.Ordinal)
                : matching.OrderBy(e => e.Date.Start).ThenBy(e => e.Id, StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyList<TimelineEntry>>(ordered.Take(query.Limit).ToList());
        }
    }
}
