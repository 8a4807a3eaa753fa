using System.Collections.Concurrent;
using System.Text.Json;
using MongoDB.Driver;
using Timeline.Contracts;

namespace Extraction.Worker.Extraction;

/// <summary>Extraction results by article and extractor version: what makes redelivery harmless.</summary>
public interface IExtractionStore
{
    Task InitializeAsync(CancellationToken cancellationToken);
    Task<ArticleEventsExtracted?> GetAsync(Guid articleId, string extractorVersion, CancellationToken cancellationToken);
    Task SaveAsync(ArticleEventsExtracted result, CancellationToken cancellationToken);
}

public sealed class ExtractionDocument
{
    /// <summary>"{articleId}:{extractorVersion}".</summary>
    public string Id { get; set; } = "";
    public Guid ArticleId { get; set; }
    public string ExtractorVersion { get; set; } = "";
    public DateTimeOffset ExtractedAt { get; set; }

    /// <summary>The published message, as JSON, so that a redelivery republishes it byte for byte.</summary>
    public string Message { get; set; } = "";
}

public sealed class MongoExtractionStore(IMongoDatabase database) : IExtractionStore
{
    private readonly IMongoCollection<ExtractionDocument> results = database.GetCollection<ExtractionDocument>("extractions");

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        results.Indexes.CreateOneAsync(new CreateIndexModel<ExtractionDocument>(
            Builders<ExtractionDocument>.IndexKeys.Ascending(r => r.ArticleId), new CreateIndexOptions { Name = "articleId" }), cancellationToken: cancellationToken);

    public async Task<ArticleEventsExtracted?> GetAsync(Guid articleId, string extractorVersion, CancellationToken cancellationToken)
    {
        var id = Key(articleId, extractorVersion);
        var document = await results.Find(r => r.Id == id).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize<ArticleEventsExtracted>(document.Message, JsonSerializerOptions.Web);
    }

    public Task SaveAsync(ArticleEventsExtracted result, CancellationToken cancellationToken)
    {
        var document = new ExtractionDocument
        {
            Id = Key(result.ArticleId, result.ExtractorVersion),
            ArticleId = result.ArticleId,
            ExtractorVersion = result.ExtractorVersion,
            ExtractedAt = result.ExtractedAt,
            Message = JsonSerializer.Serialize(result, JsonSerializerOptions.Web),
        };
        return results.ReplaceOneAsync(r => r.Id == document.Id, document, new ReplaceOptions { IsUpsert = true }, cancellationToken);
    }

    private static string Key(Guid articleId, string version) => $"{articleId}:{version}";
}

public sealed class InMemoryExtractionStore : IExtractionStore
{
    private readonly ConcurrentDictionary<(Guid, string), ArticleEventsExtracted> results = new();

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ArticleEventsExtracted?> GetAsync(Guid articleId, string extractorVersion, CancellationToken cancellationToken) =>
        Task.FromResult(results.TryGetValue((articleId, extractorVersion), out var r) ? r : null);

    public Task SaveAsync(ArticleEventsExtracted result, CancellationToken cancellationToken)
    {
        results[(result.ArticleId, result.ExtractorVersion)] = result;
        return Task.CompletedTask;
    }
}
