using MassTransit;
using Timeline.Contracts;
using Timeline.Extraction;
using Timeline.Mapping;

namespace Extraction.Worker.Extraction;

/// <summary>
/// Reads events from each submitted article. The outcome (the events, or why the article cannot be read) is stored
/// per article and extractor version before anything is announced; the outbox dispatcher then publishes it and
/// marks it sent. A redelivered message finds the stored outcome and changes nothing.
///
/// The extractor is pure: whatever it throws on an article it throws again on every retry, so an exception from it
/// fails the article at once (ArticleExtractionFailed, with the reason) and the message is done with; nothing holds
/// a worker for retries. Only what can heal (the database, the broker) is retried, by the endpoint's retry policy.
/// </summary>
public sealed class ExtractionConsumer(IExtractionStore store, ExtractionOutboxDispatcher outbox, TimeProvider clock, ILogger<ExtractionConsumer> logger)
    : IConsumer<ArticleSubmitted>
{
    public async Task Consume(ConsumeContext<ArticleSubmitted> context)
    {
        var article = context.Message;
        var stored = await store.GetAsync(article.ArticleId, ArticleExtractor.Version, context.CancellationToken);
        if (stored is { Sent: true })
        {
            logger.LogInformation("Article {ArticleId} was read and announced before; nothing to do", article.ArticleId);
            return;
        }
        if (stored is null)
            await store.SaveAsync(Read(article), context.CancellationToken);
        outbox.Signal();
    }

    private ExtractionOutcome Read(ArticleSubmitted article)
    {
        var now = clock.GetUtcNow();
        if (Violation(article) is { } problem)
            return Failed(article, problem, now);
        try
        {
            var extraction = ArticleExtractor.Extract(article.Text, article.Language, article.PublishedAt);
            var result = EventMapping.ToMessage(article, extraction, now);
            logger.LogInformation("Article {ArticleId} read by extractor {ExtractorVersion}: {EventCount} events, {TimexCount} dates, document date {DocumentDate} ({DocumentDateSource})",
                article.ArticleId, result.ExtractorVersion, result.Events.Count, extraction.Timexes.Count,
                result.Article.DocumentDate is { } day ? EventMapping.Iso(day) : "none", result.Article.DocumentDateSource ?? "not found");
            return new ExtractionOutcome(result, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Article {ArticleId}: the extractor failed; the article is marked failed", article.ArticleId);
            return Failed(article, $"The extractor could not read this article: {e.Message}", now);
        }
    }

    private ExtractionOutcome Failed(ArticleSubmitted article, string reason, DateTimeOffset now)
    {
        logger.LogWarning("Article {ArticleId} failed for good: {Reason}", article.ArticleId, reason);
        return new ExtractionOutcome(null, new ArticleExtractionFailed { ArticleId = article.ArticleId, ExtractorVersion = ArticleExtractor.Version, Reason = reason, FailedAt = now });
    }

    /// <summary>The contract the Articles API enforces, checked again: a message can come from anywhere that may publish.</summary>
    public static string? Violation(ArticleSubmitted article)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
            return "The article has no text.";
        if (article.Text.Length > ArticleSubmitted.MaxTextLength)
            return $"The article's text has {article.Text.Length:N0} characters; at most {ArticleSubmitted.MaxTextLength:N0} are read.";
        if (article.Language is { } language && !Timeline.Extraction.Language.LanguageProfile.Supported.Contains(language))
            return $"The language '{Timeline.ServiceDefaults.Security.Text.Printable(language)}' is not supported.";
        if (article.PublishedAt is { } published
            && (published < ArticleSubmitted.EarliestPublishedAt || published > ArticleSubmitted.LatestPublishedAt(article.SubmittedAt)))
            return $"The publication date {published:yyyy-MM-dd} is outside {ArticleSubmitted.EarliestPublishedAt:yyyy-MM-dd} to a year after submission.";
        return null;
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

/// <summary>The worker's outbox: publishes stored outcomes that have not gone out, whichever worker stored them.</summary>
public sealed class ExtractionOutboxDispatcher(IServiceScopeFactory scopes, IExtractionStore store, TimeProvider clock, ILogger<ExtractionOutboxDispatcher> logger)
    : Timeline.ServiceDefaults.Messaging.OutboxDispatcher(scopes, logger, TimeSpan.FromSeconds(1))
{
    // Long enough to publish a round, short enough that a crashed worker's claim soon passes to another.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);

    public override async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var claimed = await store.ClaimUnsentAsync(50, Lease, clock.GetUtcNow(), cancellationToken);
        if (claimed.Count == 0)
            return 0;
        var sent = 0;
        foreach (var outcome in claimed)
        {
            try
            {
                if (outcome.Result is { } result)
                    await PublishAsync(result, outcome.MessageId, cancellationToken);
                else
                    await PublishAsync(outcome.Failure!, outcome.MessageId, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not announce the extraction of article {ArticleId}; it stays pending", outcome.ArticleId);
                foreach (var left in claimed.Skip(sent))
                    await store.ReleaseAsync(left, CancellationToken.None);
                return sent;
            }
            await store.MarkSentAsync(outcome, cancellationToken);
            sent++;
        }
        return sent;
    }
}
