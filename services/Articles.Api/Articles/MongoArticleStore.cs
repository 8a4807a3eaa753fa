using MongoDB.Driver;
using Timeline.Contracts;

namespace Articles.Api.Articles;

public sealed class MongoArticleStore(IMongoDatabase database) : IArticleStore
{
    private readonly IMongoCollection<ArticleDocument> articles = database.GetCollection<ArticleDocument>("articles");

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

    public async Task<Guid?> InsertAsync(ArticleDocument article, CancellationToken cancellationToken)
    {
        try
        {
            await articles.InsertOneAsync(article, cancellationToken: cancellationToken);
            return null;
        }
        catch (Exception e) when (IsDuplicateKey(e))
        {
            var existing = await articles.Find(a => a.ContentHash == article.ContentHash).FirstOrDefaultAsync(cancellationToken);
            return existing?.Id ?? throw new InvalidOperationException("A duplicate key was reported but no article with that text exists.", e);
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

    public async Task<ArticleDocument?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await articles.Find(a => a.Id == id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ArticleDocument>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        var filter = status is null ? Builders<ArticleDocument>.Filter.Empty : Builders<ArticleDocument>.Filter.Eq(a => a.Status, status);
        return await articles.Find(filter).SortByDescending(a => a.SubmittedAt).Limit(limit).ToListAsync(cancellationToken);
    }

    public Task MarkPublishedAsync(Guid id, CancellationToken cancellationToken) =>
        articles.UpdateOneAsync(a => a.Id == id, Builders<ArticleDocument>.Update.Set(a => a.Published, true), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<ArticleDocument>> UnpublishedAsync(DateTimeOffset submittedBefore, int limit, CancellationToken cancellationToken) =>
        await articles.Find(a => !a.Published && a.SubmittedAt < submittedBefore).SortBy(a => a.SubmittedAt).Limit(limit).ToListAsync(cancellationToken);

    public async Task RecordExtractionAsync(ArticleEventsExtracted result, CancellationToken cancellationToken)
    {
        var article = await GetAsync(result.ArticleId, cancellationToken);
        if (article is null || !ExtractionRecord.IsNewer(article, result))
            return;
        ExtractionRecord.Apply(article, result);
        await articles.ReplaceOneAsync(a => a.Id == article.Id, article, cancellationToken: cancellationToken);
    }

    public Task RecordFailureAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        articles.UpdateOneAsync(a => a.Id == id && a.Status != ArticleStatus.Extracted,
            Builders<ArticleDocument>.Update.Set(a => a.Status, ArticleStatus.Failed).Set(a => a.Error, reason),
            cancellationToken: cancellationToken);
}
