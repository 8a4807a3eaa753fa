using Articles.Api;
using Articles.Api.Articles;
using Extraction.Worker;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;
using Timeline.Api;
using Timeline.Api.Timeline;
using Timeline.Contracts;
using Timeline.ServiceDefaults;

namespace Timeline.IntegrationTests;

/// <summary>The consumers of all three services wired over the real RabbitMQ node, with the Mongo stores.</summary>
public sealed class ConsumerTests : IAsyncLifetime
{
    private IHost host = null!;

    public async Task InitializeAsync()
    {
        var database = $"consumers-{Guid.NewGuid():N}"[..30];
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = Servers.RabbitMq,
            ["ConnectionStrings:Mongo"] = Servers.MongoWithDatabase(database),
            ["Messaging:QueuePrefix"] = $"consumer-test-{Guid.NewGuid():N}"[..28],
            ["Messaging:TemporaryQueues"] = "true",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMongo(builder.Configuration);
        builder.Services.AddArticles().AddMongoArticleStore();
        builder.Services.AddExtraction().AddMongoExtractionStore();
        builder.Services.AddTimeline().AddMongoTimelineStore();
        builder.Services.AddMessaging(builder.Configuration, bus =>
        {
            bus.AddArticlesConsumers();
            bus.AddExtractionConsumers();
            bus.AddTimelineConsumers();
        });
        host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    [Fact]
    public async Task A_submitted_article_travels_through_extraction_to_the_timeline_and_its_status()
    {
        var submissions = host.Services.CreateScope().ServiceProvider.GetRequiredService<ArticleSubmissions>();
        var outcome = await submissions.SubmitAsync(new SubmitArticleRequest
        {
            Text = "Am Montag hatten die Vereinigten Staaten und Russland in Genf bilaterale Gespräche geführt.",
            Language = "de",
            PublishedAt = "2022-01-13",
            Source = "Integration",
        }, default);
        var id = Assert.IsType<SubmissionOutcome.Accepted>(outcome).Id;
        var timeline = host.Services.GetRequiredService<ITimelineStore>();
        var articles = host.Services.GetRequiredService<IArticleStore>();

        var entry = await Poll(async () => await timeline.GetEntryAsync("2022-01-10-consult-geneva", default), "the Geneva entry");
        Assert.Equal(1, entry.ArticleCount);
        Assert.Equal(id, entry.Mentions.Single().ArticleId);
        var article = await Poll(async () => (await articles.GetAsync(id, default)) is { Status: ArticleStatus.Extracted } a ? a : null, "the article's status");
        Assert.Equal(1, article.EventCount);
    }

    [Fact]
    public async Task A_message_delivered_twice_changes_nothing_the_second_time()
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var message = new ArticleSubmitted
        {
            ArticleId = Guid.NewGuid(),
            Text = "The NATO-Russia Council met in Brussels on Wednesday.",
            Language = "en",
            PublishedAt = new DateOnly(2022, 1, 13),
            SubmittedAt = DateTimeOffset.UtcNow,
            Source = "Twice",
        };
        var consumed = new ConsumedCounter(message.ArticleId);
        using var observer = host.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(consumed);
        await bus.Publish(message);
        await bus.Publish(message);

        // Both deliveries were consumed; the second found the result stored and announced, and announced nothing again.
        await Poll(async () => await Task.FromResult(consumed.Submissions >= 2 && consumed.TimelineDeliveries >= 1 ? consumed : null), "both deliveries to be consumed");
        var entry = await Poll(async () => await host.Services.GetRequiredService<ITimelineStore>().GetEntryAsync("2022-01-12-consult-brussels", default), "the Brussels entry");
        Assert.Equal(1, entry.ArticleCount);
        Assert.Single(entry.Mentions);
        Assert.Equal(2, consumed.Submissions);
        Assert.Equal(1, consumed.TimelineDeliveries);
    }

    private static async Task<T> Poll<T>(Func<Task<T?>> probe, string what) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
                return value;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"Timed out after 45 s waiting for {what} over RabbitMQ at {new Uri(Servers.RabbitMq).Authority} and MongoDB.");
    }
}

/// <summary>Counts, for one article, how often each stage consumed a message about it.</summary>
internal sealed class ConsumedCounter(Guid articleId) : IConsumeObserver
{
    private int submissions;
    private int timelineDeliveries;

    public int Submissions => Volatile.Read(ref submissions);

    /// <summary>Extraction results consumed (by the timeline and the article status consumer, so counted per consumer).</summary>
    public int TimelineDeliveries => Volatile.Read(ref timelineDeliveries);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is ArticleSubmitted s && s.ArticleId == articleId)
            Interlocked.Increment(ref submissions);
        if (context.Message is ArticleEventsExtracted e && e.ArticleId == articleId && context.ReceiveContext.InputAddress?.AbsolutePath.Contains("timeline") == true)
            Interlocked.Increment(ref timelineDeliveries);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
