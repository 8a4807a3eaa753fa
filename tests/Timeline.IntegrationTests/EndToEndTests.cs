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

    private readonly List<(string Name, Process Process, StringBuilder Output)> processes = [];

    public HttpClient Articles { get; private set; } = null!;
    public HttpClient Timeline { get; private set; } = null!;
    public HttpClient Worker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var rabbit = Servers.RabbitMq;
        Articles = await Start("Articles.Api", rabbit, $"e2e-articles-{run}", run);
        Worker = await Start("Extraction.Worker", rabbit, $"e2e-extraction-{run}", run);
        Timeline = await Start("Timeline.Api", rabbit, $"e2e-timeline-{run}", run);
    }

    private async Task<HttpClient> Start(string name, string rabbit, string database, string run)
    {
        var port = Servers.FreePort();
        var dll = Path.Combine(TestPaths.RepositoryRoot, "services", name, "bin", Configuration, "net10.0", name + ".dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is not built; build the solution first (dotnet build Timeline.sln -c {Configuration}).");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.Environment["ConnectionStrings__RabbitMq"] = rabbit;
        info.Environment["ConnectionStrings__Mongo"] = Servers.MongoWithDatabase(database);
        info.Environment["Messaging__QueuePrefix"] = $"e2e-{run}";
        info.Environment["Messaging__TemporaryQueues"] = TemporaryQueues ? "true" : "false";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Timeline__ApiKey"] = Key;
        info.Environment["Timeline__RateLimit__PermitsPerSecond"] = "10000";
        info.Environment["Timeline__RateLimit__Burst"] = "10000";
        foreach (var (key, value) in Settings)
            info.Environment[key] = value;
        var output = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add((name, process, output));

        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode}:\n{Tail(output)}");
            try
            {
                var ready = await client.GetAsync("/health/ready");
                last = $"{(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}";
                if (ready.StatusCode == HttpStatusCode.OK)
                    return client;
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"{name} was not ready within 60 s (last: {last}):\n{Tail(output)}");
    }

    /// <summary>The operating-system process of a service of this run, for its memory.</summary>
    public Process Process(string name) => processes.Single(p => p.Name == name).Process;

    public string Logs() => string.Join("\n", processes.Select(p => $"--- {p.Name}\n{Tail(p.Output)}"));

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length > 4000 ? text[^4000..] : text;
        }
    }

    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";


    public Task DisposeAsync()
    {
        foreach (var (_, process, _) in processes)
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            process.Dispose();
        }
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
