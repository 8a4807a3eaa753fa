using System.Collections.Concurrent;
using Timeline.Contracts;

namespace Articles.Api.Articles;

/// <summary>For the all-in-one host and fast tests: keeps nothing after the process ends.</summary>
public sealed class InMemoryArticleStore : IArticleStore
{
    private readonly ConcurrentDictionary<Guid, ArticleDocument> articles = new();
    private readonly ConcurrentDictionary<string, Guid> byHash = new();

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ExistingArticle?> InsertAsync(ArticleDocument article, CancellationToken cancellationToken)
    {
        lock (articles)
        {
            var id = byHash.GetOrAdd(article.ContentHash, article.Id);
            if (id != article.Id)
            {
                var first = articles[id];
                return Task.FromResult<ExistingArticle?>(new ExistingArticle(id, first.Submissions.FirstOrDefault() ?? Submission(first)));
            }
            articles[article.Id] = article.Clone();
            return Task.FromResult<ExistingArticle?>(null);
        }
    }

    internal static ArticleSubmission Submission(ArticleDocument a) => new(a.Source, a.Url, a.Title, a.PublishedAt, a.SubmittedAt);

    public Task AddSubmissionAsync(Guid id, ArticleSubmission submission, CancellationToken cancellationToken)
    {
        Update(id, a =>
        {
            if (a.SubmissionCount >= ArticleDocument.MaxSubmissions || a.Submissions.Contains(submission))
                return;
            a.Submissions.Add(submission);
            a.SubmissionCount++;
        });
        return Task.CompletedTask;
    }

    public Task<ArticleDocument?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (articles)
            return Task.FromResult(articles.TryGetValue(id, out var a) ? a.Clone() : null);
    }

    public Task<IReadOnlyList<ArticleDocument>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        lock (articles)
            return Task.FromResult<IReadOnlyList<ArticleDocument>>(articles.Values.Where(a => status is null || a.Status == status)
                .OrderByDescending(a => a.SubmittedAt).Take(limit).Select(a => a.Clone()).ToList());
    }

    public Task MarkPublishedAsync(Guid id, CancellationToken cancellationToken)
    {
        Update(id, a => a.Published = true);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ArticleDocument>> UnpublishedAsync(DateTimeOffset submittedBefore, int limit, CancellationToken cancellationToken)
    {
        lock (articles)
            return Task.FromResult<IReadOnlyList<ArticleDocument>>(articles.Values.Where(a => !a.Published && a.SubmittedAt < submittedBefore)
                .OrderBy(a => a.SubmittedAt).Take(limit).Select(a => a.Clone()).ToList());
    }

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

    public Task<bool> ResetForRedriveAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = false;
        Update(id, a =>
        {
            found = true;
            a.Published = false;
            if (a.Status == ArticleStatus.Failed)
            {
                a.Status = ArticleStatus.Submitted;
                a.Error = null;
            }
        });
        return Task.FromResult(found);
    }

    private void Update(Guid id, Action<ArticleDocument> change)
    {
        lock (articles)
        {
            if (articles.TryGetValue(id, out var a))
                change(a);
        }
    }
}
