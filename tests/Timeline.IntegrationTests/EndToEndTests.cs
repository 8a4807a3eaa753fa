using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Timeline.Tests;

namespace Timeline.IntegrationTests;

/// <summary>
/// The three services as separate processes (their built dlls, on free ports) over the real RabbitMQ node and
/// MongoDB-wire server: articles in over HTTP, the timeline out over HTTP.
/// </summary>
public class RunningServices : IAsyncLifetime
{
    /// <summary>Settings given to every service process, beside the connection strings.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Queues that vanish with the test run; durable ones survive a broker restart, as in production.</summary>
    protected virtual bool TemporaryQueues => true;

    /// <summary>The key every service of the run accepts, and every client of the run sends.</summary>
    public const string Key = "integration-test-key";

    private readonly List<ServiceProcess> processes = [];

    public HttpClient Articles { get; private set; } = null!;
    public HttpClient Timeline { get; private set; } = null!;
    public HttpClient Worker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        Articles = await Start("Articles.Api", $"e2e-articles-{run}", run);
        Worker = await Start("Extraction.Worker", $"e2e-extraction-{run}", run);
        Timeline = await Start("Timeline.Api", $"e2e-timeline-{run}", run);
    }

    private async Task<HttpClient> Start(string name, string database, string run)
    {
        var environment = Environment(Servers.RabbitMq, Servers.MongoWithDatabase(database), $"e2e-{run}", TemporaryQueues);
        foreach (var (key, value) in Settings)
            environment[key] = value;
        var service = await ServiceProcess.StartAsync(name, environment, Key);
        processes.Add(service);
        return service.Client;
    }

    /// <summary>What every service of a test run is given: its servers, its queues, the run's key and no rate limit to speak of.</summary>
    public static Dictionary<string, string> Environment(string rabbit, string mongo, string queuePrefix, bool temporaryQueues) => new()
    {
        ["ConnectionStrings__RabbitMq"] = rabbit,
        ["ConnectionStrings__Mongo"] = mongo,
        ["Messaging__QueuePrefix"] = queuePrefix,
        ["Messaging__TemporaryQueues"] = temporaryQueues ? "true" : "false",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Timeline__ApiKey"] = Key,
        ["Timeline__RateLimit__PermitsPerSecond"] = "10000",
        ["Timeline__RateLimit__Burst"] = "10000",
    };

    /// <summary>The operating-system process of a service of this run, for its memory.</summary>
    public Process Process(string name) => processes.Single(p => p.Name == name).Current;

    public string Logs() => string.Join("\n", processes.Select(p => $"--- {p.Name}\n{p.Logs()}"));

    public Task DisposeAsync()
    {
        foreach (var process in processes)
            process.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class EndToEndTests(RunningServices services) : IClassFixture<RunningServices>
{
    private static readonly string[] Meetings = ["2022-01-10-consult-geneva", "2022-01-12-consult-brussels", "2022-01-13-consult-vienna"];

    [Fact]
    public async Task The_sample_articles_become_one_entry_per_meeting_through_the_real_path()
    {
        var ids = new List<Guid>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            var response = await services.Articles.PostAsync("/api/articles", new StringContent(await File.ReadAllTextAsync(file), Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{Path.GetFileName(file)}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var entries = await TimelineUntil(list => Meetings.All(m => list.Any(e => e.Id == m && e.Articles.Count(ids.Contains) == 4)),
            "the three January 2022 meetings, each with a mention from all four sample articles");
        Assert.Equal(Meetings, entries.Where(e => e.Id.StartsWith("2022-01", StringComparison.Ordinal)).Select(e => e.Id));

        var article = await services.Articles.GetFromJsonAsync<JsonElement>($"/api/articles/{ids[0]}");
        Assert.Equal("extracted", article.GetProperty("status").GetString());
        Assert.True(article.GetProperty("events").GetArrayLength() >= 3);
    }

    [SeedCorpusFact]
    public async Task Acceptance_the_reference_article_without_a_date_gives_Geneva_Brussels_and_Vienna()
    {
        var text = await File.ReadAllTextAsync(TestPaths.SeedArticle);
        var response = await services.Articles.PostAsJsonAsync("/api/articles", new { text, source = "Reference article" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        static bool Meeting(Seen e) => e.Id.Contains("-consult-", StringComparison.Ordinal);
        var entries = await TimelineUntil(list => list.Count(e => Meeting(e) && e.Articles.Contains(id)) >= 3, "the reference article's three meetings");
        // Exactly these three meetings; the gold's optional events (the autumn build-up, December's demands) may appear beside them.
        var mine = entries.Where(e => Meeting(e) && e.Articles.Contains(id)).ToList();
        Assert.Equal(Meetings, mine.Select(e => e.Id));
        Assert.Equal(["occurred", "occurred", "scheduled"], mine.Select(e => e.Statuses[id]));
    }

    private sealed record Seen(string Id, string Date, IReadOnlyList<Guid> Articles, IReadOnlyDictionary<Guid, string> Statuses);

    private async Task<IReadOnlyList<Seen>> TimelineUntil(Func<IReadOnlyList<Seen>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        IReadOnlyList<Seen> seen = [];
        while (DateTime.UtcNow < deadline)
        {
            var page = await services.Timeline.GetFromJsonAsync<JsonElement>("/api/timeline?includeMentions=true&limit=500");
            seen = page.GetProperty("items").EnumerateArray().Select(e => new Seen(
                e.GetProperty("id").GetString()!,
                e.GetProperty("date").GetProperty("value").GetString()!,
                e.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("articleId").GetGuid()).ToList(),
                e.GetProperty("mentions").EnumerateArray().GroupBy(m => m.GetProperty("articleId").GetGuid()).ToDictionary(g => g.Key, g => g.First().GetProperty("status").GetString()!))).ToList();
            if (done(seen))
                return seen;
            await Task.Delay(300);
        }
        var arrived = seen.Count == 0 ? "no entries at all" : string.Join("; ", seen.Select(e => $"{e.Id} ({e.Articles.Count} mentions)"));
        throw new Xunit.Sdk.XunitException($"Timed out after 90 s waiting for {what}. Arrived: {arrived}\n{services.Logs()}");
    }
}
