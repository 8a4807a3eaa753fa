using MongoDB.Driver;
using Timeline.Contracts;

namespace Articles.Api.Articles;

public sealed class MongoArticleStore(IMongoDatabase database) : IArticleStore
{
    private readonly IMongoCollection<ArticleDocument> articles = database.GetCollection<ArticleDocument>("articles");
    private static readonly UpdateDefinitionBuilder<ArticleDocument> Set = Builders<ArticleDocument>.Update;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var keys = Builders<ArticleDocument>.IndexKeys;
        await articles.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<ArticleDocument>(keys.Ascending(a => a.ContentHash), new CreateIndexOptions { Unique = true, Name = "contentHash_unique" }),
            new CreateIndexModel<ArticleDocument>(keys.Ascending(a => a.Published).Ascending(a => a.SubmittedAt), new CreateIndexOptions { Name = "published_submittedAt" }),
            new CreateIndexModel<ArticleDocument>(keys.Ascending(a => a.Status).Descending(a => a.SubmittedAt), new CreateIndexOptions { Name = "status_submittedAt" }),
        ], cancellationToken);
    }

    public async Task<ExistingArticle?> InsertAsync(ArticleDocument article, CancellationToken cancellationToken)
    {
        try
        {
            await articles.InsertOneAsync(article, cancellationToken: cancellationToken);
            return null;
        }
        catch (Exception e) when (IsDuplicateKey(e))
        {
            var existing = await articles.Find(a => a.ContentHash == article.ContentHash).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException("A duplicate key was reported but no article with that text exists.", e);
            return new ExistingArticle(existing.Id, existing.Submissions.FirstOrDefault() ?? InMemoryArticleStore.Submission(existing));
        }
    }

    /// <summary>A real server reports a duplicate as a write error, some wire-compatible servers as a command error.</summary>
    private static bool IsDuplicateKey(Exception e) => e switch
    {
        MongoWriteException w => w.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoBulkWriteException b => b.WriteErrors.Any(x => x.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException c => c.Code == 11000,
        _ => false,
    };

    public Task AddSubmissionAsync(Guid id, ArticleSubmission submission, CancellationToken cancellationToken) =>
        articles.UpdateOneAsync(a => a.Id == id && a.SubmissionCount < ArticleDocument.MaxSubmissions,
            Set.AddToSet(a => a.Submissions, submission).Inc(a => a.SubmissionCount, 1), cancellationToken: cancellationToken);

    public async Task<ArticleDocument?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await articles.Find(a => a.Id == id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ArticleDocument>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        var filter = status is null ? Builders<ArticleDocument>.Filter.Empty : Builders<ArticleDocument>.Filter.Eq(a => a.Status, status);
        return await articles.Find(filter).SortByDescending(a => a.SubmittedAt).Limit(limit).ToListAsync(cancellationToken);
    }

    public Task MarkPublishedAsync(Guid id, CancellationToken cancellationToken) =>
        articles.UpdateOneAsync(a => a.Id == id, Set.Set(a => a.Published, true), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<ArticleDocument>> UnpublishedAsync(DateTimeOffset submittedBefore, int limit, CancellationToken cancellationToken) =>
        await articles.Find(a => !a.Published && a.SubmittedAt < submittedBefore).SortBy(a => a.SubmittedAt).Limit(limit).ToListAsync(cancellationToken);

    /// <summary>
    /// Writes only the extraction's fields, and only over the reading it was compared with: if another result landed
    /// in between, the comparison is made again against that one.
    /// </summary>
    public async Task RecordExtractionAsync(ArticleEventsExtracted result, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var article = await GetAsync(result.ArticleId, cancellationToken);
            if (article is null || !ExtractionRecord.IsNewer(article, result))
                return;
            var seen = article.ExtractedAt;
            var update = Set
                .Set(a => a.Status, ArticleStatus.Extracted)
                .Set(a => a.ExtractorVersion, result.ExtractorVersion)
                .Set(a => a.ExtractedAt, result.ExtractedAt)
                .Set(a => a.DetectedLanguage, result.Article.Language)
                .Set(a => a.DocumentDate, result.Article.DocumentDate)
                .Set(a => a.DocumentDateSource, result.Article.DocumentDateSource)
                .Set(a => a.EventsJson, ExtractionRecord.Serialize(result))
                .Set(a => a.EventCount, result.Events.Count)
                .Set(a => a.Error, null);
            var written = await articles.UpdateOneAsync(a => a.Id == article.Id && a.ExtractedAt == seen, update, cancellationToken: cancellationToken);
            if (written.MatchedCount > 0)
                return;
        }
        throw new InvalidOperationException($"Article {result.ArticleId}: extraction results kept crossing; the message will be retried.");
    }

    public Task RecordFailureAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        articles.UpdateOneAsync(a => a.Id == id && a.Status != ArticleStatus.Extracted,
            Set.Set(a => a.Status, ArticleStatus.Failed).Set(a => a.Error, reason),
            cancellationToken: cancellationToken);

    public async Task<bool> ResetForRedriveAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await articles.UpdateOneAsync(a => a.Id == id, Set.Set(a => a.Published, false), cancellationToken: cancellationToken);
        if (found.MatchedCount == 0)
            return false;
        await articles.UpdateOneAsync(a => a.Id == id && a.Status == ArticleStatus.Failed,
            Set.Set(a => a.Status, ArticleStatus.Submitted).Set(a => a.Error, null), cancellationToken: cancellationToken);
        return true;
    }
}
