using MassTransit;
using Timeline.Contracts;
using Timeline.Extraction;

namespace Extraction.Worker.Extraction;

/// <summary>
/// Reads events from each submitted article and publishes them in one message. The result is stored per
/// article and extractor version first, so a redelivered message republishes the very same result.
/// </summary>
public sealed class ExtractionConsumer(IExtractionStore store, TimeProvider clock, ILogger<ExtractionConsumer> logger) : IConsumer<ArticleSubmitted>
{
    public async Task Consume(ConsumeContext<ArticleSubmitted> context)
    {
        var article = context.Message;
        var result = await store.GetAsync(article.ArticleId, ArticleExtractor.Version, context.CancellationToken);
        if (result is null)
        {
            var extraction = ArticleExtractor.Extract(article.Text, article.Language, article.PublishedAt);
            result = ContractMapper.ToMessage(article, extraction, clock.GetUtcNow());
            await store.SaveAsync(result, context.CancellationToken);
            logger.LogInformation("Article {ArticleId}: {EventCount} events, {TimexCount} dates, document date {DocumentDate}",
                article.ArticleId, result.Events.Count, extraction.Timexes.Count, result.Article.DocumentDate);
        }
        await context.Publish(result, context.CancellationToken);
    }
}

public sealed class ExtractionConsumerDefinition : ConsumerDefinition<ExtractionConsumer>
{
    public ExtractionConsumerDefinition()
    {
        // Extraction is CPU work: no more at once than there are cores.
        ConcurrentMessageLimit = Environment.ProcessorCount;
    }
}
