using System.ComponentModel.DataAnnotations;
using Articles.Api.Articles;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Articles.Api.Messaging;

public sealed class ArticleRepublishOptions
{
    public const string SectionName = "Articles:Republish";

    /// <summary>How often to look for stored articles whose announcement did not go out.</summary>
    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 15;

    /// <summary>How old such an article must be before it is announced again (leaves time for the first attempt).</summary>
    [Range(1, 3600)]
    public int MinimumAgeSeconds { get; set; } = 10;

    /// <summary>How long a submission waits for the broker before answering anyway (the article is stored either way).</summary>
    [Range(1, 300)]
    public int AnnounceTimeoutSeconds { get; set; } = 5;
}

/// <summary>
/// Announces articles that were stored but whose ArticleSubmitted message never left (the broker was down
/// at the time). Consumers are idempotent, so announcing one twice does no harm.
/// </summary>
public sealed class UnpublishedArticleSweeper(IServiceScopeFactory scopes, IOptions<ArticleRepublishOptions> options,
    TimeProvider clock, ILogger<UnpublishedArticleSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not re-announce unpublished articles; will try again");
            }
        }
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IArticleStore>();
        var bus = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        var cutoff = clock.GetUtcNow().AddSeconds(-options.Value.MinimumAgeSeconds);
        var pending = await store.UnpublishedAsync(cutoff, 100, cancellationToken);
        foreach (var article in pending)
        {
            await bus.Publish(ArticleSubmissions.ToMessage(article), cancellationToken);
            await store.MarkPublishedAsync(article.Id, cancellationToken);
            logger.LogInformation("Re-announced article {ArticleId}", article.Id);
        }
        return pending.Count;
    }
}
