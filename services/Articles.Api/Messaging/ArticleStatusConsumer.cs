using Articles.Api.Articles;
using MassTransit;
using Timeline.Contracts;

namespace Articles.Api.Messaging;

/// <summary>Writes each extraction result onto its article, so GET /api/articles/{id} shows status and events.</summary>
public sealed class ArticleStatusConsumer(IArticleStore store) : IConsumer<ArticleEventsExtracted>
{
    public Task Consume(ConsumeContext<ArticleEventsExtracted> context) =>
        store.RecordExtractionAsync(context.Message, context.CancellationToken);
}

/// <summary>Marks an article failed when the extractor could not read it: a permanent failure, reported once.</summary>
public sealed class ExtractionFailedConsumer(IArticleStore store) : IConsumer<ArticleExtractionFailed>
{
    public Task Consume(ConsumeContext<ArticleExtractionFailed> context) =>
        store.RecordFailureAsync(context.Message.ArticleId, context.Message.Reason, context.CancellationToken);
}

/// <summary>
/// Marks an article failed when its extraction gave up after every retry (the worker's database or the broker stayed
/// away). Such an article can be sent again with POST /api/articles/{id}/redrive.
/// </summary>
public sealed class ExtractionFaultConsumer(IArticleStore store) : IConsumer<Fault<ArticleSubmitted>>
{
    public Task Consume(ConsumeContext<Fault<ArticleSubmitted>> context)
    {
        var reason = context.Message.Exceptions.FirstOrDefault()?.Message ?? "extraction failed";
        return store.RecordFailureAsync(context.Message.Message.ArticleId, $"Extraction gave up after its retries: {reason}", context.CancellationToken);
    }
}
