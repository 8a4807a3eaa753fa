namespace Timeline.Api.Timeline;

/// <summary>What the Timeline service needs from storage: mentions, the entries built from them, and per-article state.</summary>
public interface ITimelineStore
{
    Task InitializeAsync(CancellationToken cancellationToken);
    Task<ArticleState?> GetArticleStateAsync(Guid articleId, CancellationToken cancellationToken);
    Task SaveArticleStateAsync(ArticleState state, CancellationToken cancellationToken);

    /// <summary>Removes every mention of the article and stores the given ones in their place.</summary>
    Task ReplaceArticleMentionsAsync(Guid articleId, IReadOnlyList<Mention> mentions, CancellationToken cancellationToken);
    Task<IReadOnlyList<Mention>> GetMentionsInBucketAsync(string bucket, CancellationToken cancellationToken);
    Task<IReadOnlyList<TimelineEntry>> GetEntriesInBucketAsync(string bucket, CancellationToken cancellationToken);
    Task WriteEntriesAsync(IReadOnlyList<TimelineEntry> upserts, IReadOnlyList<string> removedIds, CancellationToken cancellationToken);
    Task<TimelineEntry?> GetEntryAsync(string id, CancellationToken cancellationToken);
    Task<IReadOnlyList<TimelineEntry>> QueryAsync(TimelineQuery query, CancellationToken cancellationToken);
}
