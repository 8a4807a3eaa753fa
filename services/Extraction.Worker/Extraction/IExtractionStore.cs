using System.Collections.Concurrent;
using System.Text.Json;
using MongoDB.Driver;
using Timeline.Contracts;

namespace Extraction.Worker.Extraction;

/// <summary>
/// What one extractor version made of one article: the events found, or why it could not read the article. Stored
/// before the message that announces it, and marked sent once that message is out (the worker's outbox).
/// </summary>
public sealed record ExtractionOutcome(ArticleEventsExtracted? Result, ArticleExtractionFailed? Failure)
{
    public Guid ArticleId => Result?.ArticleId ?? Failure!.ArticleId;
    public string ExtractorVersion => Result?.ExtractorVersion ?? Failure!.ExtractorVersion;

    /// <summary>The id of the message that announces this outcome: the same however often it is sent.</summary>
    public Guid MessageId => Timeline.ServiceDefaults.Messaging.OutboxDispatcher.MessageId(
        $"{(Result is null ? "failed" : "extracted")}:{ArticleId}:{ExtractorVersion}");
}

/// <summary>Extraction outcomes by article and extractor version: what makes redelivery harmless and publication durable.</summary>
public interface IExtractionStore
{
    Task InitializeAsync(CancellationToken cancellationToken);
    Task<(ExtractionOutcome Outcome, bool Sent)?> GetAsync(Guid articleId, string extractorVersion, CancellationToken cancellationToken);

    /// <summary>Stores an outcome as not yet sent, unless one is stored for that article and version already.</summary>
    Task SaveAsync(ExtractionOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Takes up to <paramref name="limit"/> unsent outcomes nobody else is sending, each for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<ExtractionOutcome>> ClaimUnsentAsync(int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);
    Task MarkSentAsync(ExtractionOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Gives a claimed outcome back at once (its publication failed), so the next round tries again.</summary>
    Task ReleaseAsync(ExtractionOutcome outcome, CancellationToken cancellationToken);
}

public sealed class ExtractionDocument
{
    /// <summary>"{articleId}:{extractorVersion}".</summary>
    public string Id { get; set; } = "";
    public Guid ArticleId { get; set; }
    public string ExtractorVersion { get; set; } = "";
    public DateTimeOffset ExtractedAt { get; set; }

    /// <summary>The ArticleEventsExtracted message as JSON, so that every sending is byte for byte the same; null for a failure.</summary>
    public string? Message { get; set; }

    /// <summary>The ArticleExtractionFailed message as JSON, when the extractor could not read the article.</summary>
    public string? Failure { get; set; }

    /// <summary>True once the message is published; an unsent one is published by whichever worker claims it.</summary>
    public bool Sent { get; set; }

    /// <summary>Until when (UTC ticks) a worker that claimed the unsent message may publish it before another may.</summary>
    public long LeaseUntil { get; set; }

    public static ExtractionDocument From(ExtractionOutcome outcome) => new()
    {
        Id = Key(outcome.ArticleId, outcome.ExtractorVersion),
        ArticleId = outcome.ArticleId,
        ExtractorVersion = outcome.ExtractorVersion,
        ExtractedAt = outcome.Result?.ExtractedAt ?? outcome.Failure!.FailedAt,
        Message = outcome.Result is null ? null : JsonSerializer.Serialize(outcome.Result, JsonSerializerOptions.Web),
        Failure = outcome.Failure is null ? null : JsonSerializer.Serialize(outcome.Failure, JsonSerializerOptions.Web),
    };

    public ExtractionOutcome ToOutcome() => new(
        Message is null ? null : JsonSerializer.Deserialize<ArticleEventsExtracted>(Message, JsonSerializerOptions.Web),
        Failure is null ? null : JsonSerializer.Deserialize<ArticleExtractionFailed>(Failure, JsonSerializerOptions.Web));

    public static string Key(Guid articleId, string version) => $"{articleId}:{version}";
}

public sealed class MongoExtractionStore(IMongoDatabase database) : IExtractionStore
{
    private readonly IMongoCollection<ExtractionDocument> results = database.GetCollection<ExtractionDocument>("extractions");

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        results.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<ExtractionDocument>(Builders<ExtractionDocument>.IndexKeys.Ascending(r => r.ArticleId), new CreateIndexOptions { Name = "articleId" }),
            new CreateIndexModel<ExtractionDocument>(Builders<ExtractionDocument>.IndexKeys.Ascending(r => r.Sent).Ascending(r => r.LeaseUntil), new CreateIndexOptions { Name = "sent_leaseUntil" }),
        ], cancellationToken);

    public async Task<(ExtractionOutcome Outcome, bool Sent)?> GetAsync(Guid articleId, string extractorVersion, CancellationToken cancellationToken)
    {
        var id = ExtractionDocument.Key(articleId, extractorVersion);
        var document = await results.Find(r => r.Id == id).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : (document.ToOutcome(), document.Sent);
    }

    public async Task SaveAsync(ExtractionOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await results.InsertOneAsync(ExtractionDocument.From(outcome), cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is MongoWriteException { WriteError.Category: ServerErrorCategory.DuplicateKey } or MongoCommandException { Code: 11000 })
        {
            // Another delivery stored it first; that one is the outcome that gets sent.
        }
    }

    public async Task<IReadOnlyList<ExtractionOutcome>> ClaimUnsentAsync(int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ticks = now.UtcTicks;
        var candidates = await results.Find(r => !r.Sent && r.LeaseUntil < ticks).Limit(limit).ToListAsync(cancellationToken);
        var claimed = new List<ExtractionOutcome>();
        foreach (var candidate in candidates)
        {
            // Only one worker wins the lease on a given document; the others skip it.
            var won = await results.FindOneAndUpdateAsync<ExtractionDocument>(r => r.Id == candidate.Id && !r.Sent && r.LeaseUntil < ticks,
                Builders<ExtractionDocument>.Update.Set(r => r.LeaseUntil, (now + lease).UtcTicks), cancellationToken: cancellationToken);
            if (won is not null)
                claimed.Add(won.ToOutcome());
        }
        return claimed;
    }

    public Task MarkSentAsync(ExtractionOutcome outcome, CancellationToken cancellationToken)
    {
        var id = ExtractionDocument.Key(outcome.ArticleId, outcome.ExtractorVersion);
        return results.UpdateOneAsync(r => r.Id == id, Builders<ExtractionDocument>.Update.Set(r => r.Sent, true), cancellationToken: cancellationToken);
    }

    public Task ReleaseAsync(ExtractionOutcome outcome, CancellationToken cancellationToken)
    {
        var id = ExtractionDocument.Key(outcome.ArticleId, outcome.ExtractorVersion);
        return results.UpdateOneAsync(r => r.Id == id && !r.Sent, Builders<ExtractionDocument>.Update.Set(r => r.LeaseUntil, 0L), cancellationToken: cancellationToken);
    }
}

public sealed class InMemoryExtractionStore : IExtractionStore
{
    private readonly ConcurrentDictionary<string, ExtractionDocument> results = new();

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<(ExtractionOutcome Outcome, bool Sent)?> GetAsync(Guid articleId, string extractorVersion, CancellationToken cancellationToken)
    {
        lock (results)
            return Task.FromResult<(ExtractionOutcome, bool)?>(results.TryGetValue(ExtractionDocument.Key(articleId, extractorVersion), out var d) ? (d.ToOutcome(), d.Sent) : null);
    }

    public Task SaveAsync(ExtractionOutcome outcome, CancellationToken cancellationToken)
    {
        var document = ExtractionDocument.From(outcome);
        results.TryAdd(document.Id, document);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ExtractionOutcome>> ClaimUnsentAsync(int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (results)
        {
            var claimed = results.Values.Where(d => !d.Sent && d.LeaseUntil < now.UtcTicks).Take(limit).ToList();
            foreach (var d in claimed)
                d.LeaseUntil = (now + lease).UtcTicks;
            return Task.FromResult<IReadOnlyList<ExtractionOutcome>>(claimed.Select(d => d.ToOutcome()).ToList());
        }
    }

    public Task MarkSentAsync(ExtractionOutcome outcome, CancellationToken cancellationToken) =>
        Change(outcome, d => d.Sent = true);

    public Task ReleaseAsync(ExtractionOutcome outcome, CancellationToken cancellationToken) =>
        Change(outcome, d => d.LeaseUntil = 0);

    private Task Change(ExtractionOutcome outcome, Action<ExtractionDocument> change)
    {
        lock (results)
        {
            if (results.TryGetValue(ExtractionDocument.Key(outcome.ArticleId, outcome.ExtractorVersion), out var d))
                change(d);
        }
        return Task.CompletedTask;
    }
}
