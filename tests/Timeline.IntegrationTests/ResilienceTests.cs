using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Timeline.IntegrationTests;

/// <summary>The services on durable queues, with the sweeper looking every second: what production runs, sped up.</summary>
public sealed class DurableServices : RunningServices
{
    protected override bool TemporaryQueues => false;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Articles__Republish__IntervalSeconds"] = "1",
        ["Articles__Republish__MinimumAgeSeconds"] = "1",
        ["Articles__Republish__AnnounceTimeoutSeconds"] = "2",
    };
}

/// <summary>Nothing accepted is lost: an article posted while RabbitMQ is down is stored, and reaches the timeline once it is back.</summary>
public sealed class ResilienceTests(DurableServices services) : IClassFixture<DurableServices>
{
    [Fact]
    public async Task An_article_accepted_while_the_broker_is_down_reaches_the_timeline_when_it_returns()
    {
        Faults.RabbitNode.StopApp();
        Guid id;
        try
        {
            var started = Stopwatch.StartNew();
            var response = await services.Articles.PostAsJsonAsync("/api/articles", new
            {
                text = "Die Außenminister trafen sich am Montag in Wien zu Gesprächen über die OSZE.",
                language = "de",
                publishedAt = "2022-02-23",
                source = "Resilience",
            });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"the submission waited {started.Elapsed} for the broker");
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var stored = await services.Articles.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            Assert.Equal("submitted", stored.GetProperty("status").GetString());
        }
        finally
        {
            Faults.RabbitNode.StartApp();
        }

        var deadline = DateTime.UtcNow.AddSeconds(120);
        var last = "nothing";
        while (DateTime.UtcNow < deadline)
        {
            var article = await services.Articles.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            var entry = await services.Timeline.GetAsync("/api/timeline/2022-02-21-consult-vienna");
            last = $"article {article.GetProperty("status").GetString()}, timeline entry {(int)entry.StatusCode}";
            if (entry.StatusCode == HttpStatusCode.OK && article.GetProperty("status").GetString() == "extracted")
                return;
            await Task.Delay(500);
        }
        throw new Xunit.Sdk.XunitException($"The article accepted during the outage did not reach the timeline within 120 s ({last}).\n{services.Logs()}");
    }
}
