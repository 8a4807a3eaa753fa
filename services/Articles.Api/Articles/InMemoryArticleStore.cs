using System.Collections.Concurrent;
using Timeline.Contracts;

namespace Articles.Api.Articles;

/// <summary>For the all-in-one host and fast tests: keeps nothing after the process ends.</summary>
public sealed class InMemoryArticleStore : IArticleStore
{
    private readonly ConcurrentDictionary<Guid, ArticleDocument> articles = new();
    private readonly ConcurrentDictionary<string, Guid> byHash = new();

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Guid?> InsertAsync(ArticleDocument article, CancellationToken cancellationToken)
    {
        var id = byHash.GetOrAdd(article.ContentHash, article.Id);
        if (id != article.Id)
            return Task.FromResult<Guid?>(id);
        articles[article.Id] = Copy(article);
        return Task.FromResult<Guid?>(null);
    }

    public Task<ArticleDocument?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(articles.TryGetValue(id, out var a) ? Copy(a) : null);

    public Task<IReadOnlyList<ArticleDocument>> ListAsync(string? status, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArticleDocument>>(articles.Values.Where(a => status is null || a.Status == status)
            .OrderByDescending(a => a.SubmittedAt).Take(limit).Select(Copy).ToList());

    public Task MarkPublishedAsync(Guid id, CancellationToken cancellationToken)
    {
        Update(id, a => a.Published = true);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ArticleDocument>> UnpublishedAsync(DateTimeOffset submittedBefore, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArticleDocument>>(articles.Values.Where(a => !a.Published && a.SubmittedAt < submittedBefore)
            .OrderBy(a => a.SubmittedAt).Take(limit).Select(Copy).ToList());

    public Task RecordExtractionAsync(ArticleEventsExtracted result, CancellationToken cancellationToken)
    {
        Update(result.ArticleId, a =>
        {
            if (ExtractionRecord.IsNewer(a, result))
                ExtractionRecord.Apply(a, result);
        });
        return Task.CompletedTask;
    }

    public Task RecordFailureAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        Update(id, a =>
        {
            if (a.Status == ArticleStatus.Extracted)
                return;
            a.Status = ArticleStatus.Failed;
            a.Error = reason;
        });
        return Task.CompletedTask;
    }

    private void Update(Guid id, Action<ArticleDocument> change)
    {
        lock (articles)
        {
            if (articles.TryGetValue(id, out var a))
                change(a);
        }
    }

    private static ArticleDocument Copy(ArticleDocument a) => a.Clone();
}
