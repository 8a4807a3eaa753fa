using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Articles.Api.Articles;
using MongoDB.Driver;
using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Faults;

/// <summary>
/// One fault run: the three services as processes on durable queues, a recorder subscribed to every exchange, a
/// stream of articles submitted as a careful client does (retrying what was not answered), faults injected while
/// the stream flows, then a wait until everything accepted has settled, and a check of every article and every
/// timeline change.
/// </summary>
public sealed class FaultRun : IAsyncDisposable
{
    /// <summary>Articles per run: two reports (German and English, other sources) of each of 100 meetings.</summary>
    public const int Articles = 200;

    private static readonly (string De, string En)[] Cities =
        [("Genf", "Geneva"), ("Wien", "Vienna"), ("Brüssel", "Brussels"), ("Berlin", "Berlin"), ("Paris", "Paris"),
         ("Helsinki", "Helsinki"), ("Istanbul", "Istanbul"), ("Rom", "Rome"), ("Moskau", "Moscow"), ("Washington", "Washington")];

    private static readonly string[] MonthsDe = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private readonly string run = Guid.NewGuid().ToString("N")[..8];
    private readonly int year;
    private readonly List<ServiceProcess> services = [];
    private readonly ConcurrentDictionary<int, Guid> accepted = new();
    private readonly ConcurrentBag<string> refused = [];
    private FaultProxy? proxy;

    public Recorder Recorder { get; private set; } = null!;
    public ServiceProcess ArticlesApi { get; private set; } = null!;
    public ServiceProcess TimelineApi { get; private set; } = null!;
    public List<ServiceProcess> Workers { get; } = [];
    public string ArticlesDatabase => $"fault-articles-{run}";
    public int AcceptedCount => accepted.Count;
    public ITestOutputHelper Output { get; }

    private FaultRun(int year, ITestOutputHelper output)
    {
        this.year = year;
        Output = output;
    }

    /// <summary>Starts the services (with <paramref name="workers"/> workers) and the recorder; with a proxy, the services reach MongoDB through it.</summary>
    public static async Task<FaultRun> StartAsync(int year, int workers, bool throughProxy, ITestOutputHelper output)
    {
        var fault = new FaultRun(year, output);
        var mongo = new MongoUrl(Servers.Mongo);
        if (throughProxy)
            fault.proxy = new FaultProxy(mongo.Server.Host, mongo.Server.Port);
        fault.Recorder = await Recorder.StartAsync(Servers.RabbitMq, $"fault-recorder-{fault.run}");
        fault.ArticlesApi = await fault.Start("Articles.Api", fault.ArticlesDatabase);
        for (var i = 0; i < workers; i++)
            fault.Workers.Add(await fault.Start("Extraction.Worker", $"fault-extraction-{fault.run}"));
        fault.TimelineApi = await fault.Start("Timeline.Api", $"fault-timeline-{fault.run}");
        return fault;
    }

    private async Task<ServiceProcess> Start(string name, string database)
    {
        var mongo = new MongoUrlBuilder(Servers.Mongo) { DatabaseName = database };
        if (proxy is not null)
        {
            mongo.Server = new MongoServerAddress("127.0.0.1", proxy.Port);
            // Within a short outage the driver waits for the server rather than failing at once.
            mongo.ServerSelectionTimeout = TimeSpan.FromSeconds(20);
        }
        var environment = RunningServices.Environment(Servers.RabbitMq, mongo.ToString(), $"fault-{run}", temporaryQueues: false);
        environment["Articles__Republish__IntervalSeconds"] = "1";
        environment["Articles__Republish__MinimumAgeSeconds"] = "2";
        environment["Articles__Republish__AnnounceTimeoutSeconds"] = "2";
        var service = await ServiceProcess.StartAsync(name, environment, RunningServices.Key);
        services.Add(service);
        return service;
    }

    public Task CutDatabaseAsync(TimeSpan outage) => proxy!.CutAsync(outage);

    private readonly DateTime started = DateTime.UtcNow;

    /// <summary>Writes what was done when, with how many articles had been accepted, to the test's output.</summary>
    public void Note(string what) => Output.WriteLine($"  {(DateTime.UtcNow - started).TotalSeconds,5:0.0} s, {accepted.Count,3} accepted: {what}");

    /// <summary>The article of meeting <c>m</c> in German (even index) or English (odd index), published the day after.</summary>
    private object Article(int index)
    {
        var meeting = index / 2;
        var (de, en) = Cities[meeting % Cities.Length];
        var day = new DateOnly(year, 3, 1 + meeting / Cities.Length);
        var published = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return index % 2 == 0
            ? new { text = $"Die Außenminister Russlands und der Vereinigten Staaten trafen sich am {day.Day}. {MonthsDe[day.Month - 1]} {day.Year} in {de} zu Gesprächen.", language = "de", publishedAt = published, source = $"Zeitung {meeting % 7}" }
            : new { text = $"The foreign ministers of Russia and the United States met in {en} on {day.Day} {day.ToString("MMMM", CultureInfo.InvariantCulture)} {day.Year} for talks.", language = "en", publishedAt = published, source = $"Wire {meeting % 5}" };
    }

    /// <summary>
    /// Submits every article, four at a time at about 25 a second, each until it is answered with an id: a refused
    /// connection, a 5xx or a 429 is tried again (bounded: 120 s an article), as the README tells clients to.
    /// </summary>
    public async Task SubmitAllAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", RunningServices.Key);
        var address = new Uri($"http://127.0.0.1:{ArticlesApi.Port}/api/articles");
        await Parallel.ForEachAsync(Enumerable.Range(0, Articles), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (index, _) =>
        {
            await Task.Delay(index * 40 / 4);
            var deadline = DateTime.UtcNow.AddSeconds(120);
            var last = "";
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    using var response = await http.PostAsJsonAsync(address, Article(index), JsonSerializerOptions.Web);
                    if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
                    {
                        accepted[index] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                        return;
                    }
                    last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    if ((int)response.StatusCode is < 500 and not 429)
                        break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    last = e.Message;
                }
                await Task.Delay(500);
            }
            refused.Add($"article {index}: {last}");
        });
    }

    /// <summary>Waits until at least <paramref name="count"/> articles have been accepted (bounded: 120 s).</summary>
    public async Task AcceptedAtLeastAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (accepted.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(50);
    }

    /// <summary>An article that breaks the contract, stored as data from before the checks would be, for the sweeper to announce.</summary>
    public async Task<Guid> StorePoisonAsync()
    {
        Timeline.ServiceDefaults.MongoExtensions.ConfigureSerialization();
        var store = new MongoArticleStore(new MongoClient(Servers.Mongo).GetDatabase(ArticlesDatabase));
        var id = Guid.NewGuid();
        await store.InsertAsync(new ArticleDocument
        {
            Id = id,
            ContentHash = $"poison-{id:N}",
            Text = "Die Außenminister trafen sich am Montag in Genf.",
            Language = "de",
            PublishedAt = new DateOnly(1, 1, 1),
            SubmittedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        }, default);
        return id;
    }

    /// <summary>Publishes every recorded submission and extraction result again, shuffled, twice over: duplicated and reordered deliveries.</summary>
    public async Task<int> ReplayShuffledAsync()
    {
        var replayed = Recorder.Of("ArticleSubmitted").Concat(Recorder.Of("ArticleEventsExtracted")).ToList();
        var random = new Random(12);
        var twice = replayed.Concat(replayed).OrderBy(_ => random.Next()).ToList();
        await Recorder.ReplayAsync(twice);
        return twice.Count;
    }

    /// <summary>
    /// Waits (at most <paramref name="limit"/>) until every accepted article has its final status and its result
    /// announced, and every entry's latest version has been announced; then a further two seconds for stragglers.
    /// </summary>
    public async Task<Snapshot> SettleAsync(TimeSpan limit, IReadOnlyCollection<Guid> failing)
    {
        var deadline = DateTime.UtcNow + limit;
        Snapshot snapshot;
        while (true)
        {
            snapshot = await SnapshotAsync();
            var waiting = snapshot.Waiting(accepted.Values.ToList(), failing);
            if (waiting is null && !RabbitNode.QueuesIdle($"fault-{run}"))
                waiting = "messages still queued";
            if (waiting is null)
                break;
            if (DateTime.UtcNow > deadline)
            {
                Output.WriteLine($"Not settled after {limit.TotalSeconds:0} s: {waiting}");
                break;
            }
            await Task.Delay(1000);
        }
        await Task.Delay(2000);
        return await SnapshotAsync();
    }

    private async Task<Snapshot> SnapshotAsync()
    {
        var client = ArticlesApi.Client;
        var statuses = new Dictionary<Guid, string>();
        try
        {
            foreach (var a in (await client.GetFromJsonAsync<JsonElement>("/api/articles?limit=500")).EnumerateArray())
                statuses[a.GetProperty("id").GetGuid()] = a.GetProperty("status").GetString()!;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Restarting: the next round asks again.
        }
        var entries = new List<JsonElement>();
        try
        {
            string? cursor = null;
            do
            {
                var page = await TimelineApi.Client.GetFromJsonAsync<JsonElement>(
                    $"/api/timeline?from={year}-01-01&to={year}-12-31&includeMentions=true&limit=500" + (cursor is null ? "" : "&cursor=" + cursor));
                entries.AddRange(page.GetProperty("items").EnumerateArray());
                cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.GetProperty("nextCursor").GetString() : null;
            }
            while (cursor is not null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            entries.Clear();
        }
        return new Snapshot(statuses, entries, Recorder);
    }

    /// <summary>Every service's log tail, for a failure message.</summary>
    public string Logs() => string.Join("\n", services.Select(s => $"--- {s.Name} (port {s.Port})\n{s.Logs()}"));

    public IReadOnlyCollection<string> Refused => refused;

    public IReadOnlyDictionary<int, Guid> Accepted => accepted;

    public async ValueTask DisposeAsync()
    {
        foreach (var service in services)
            service.Dispose();
        await Recorder.DisposeAsync();
        if (proxy is not null)
            await proxy.DisposeAsync();
    }
}

/// <summary>What the services and the recorder show at one moment.</summary>
public sealed record Snapshot(IReadOnlyDictionary<Guid, string> Statuses, IReadOnlyList<JsonElement> Entries, Recorder Recorder)
{
    /// <summary>Null when everything has settled; otherwise what is still awaited.</summary>
    public string? Waiting(IReadOnlyList<Guid> accepted, IReadOnlyCollection<Guid> failing)
    {
        var unsettled = accepted.Concat(failing).Where(id => Statuses.GetValueOrDefault(id) is null or "submitted").ToList();
        if (unsettled.Count > 0)
            return $"{unsettled.Count} articles not yet read";
        var announced = Recorder.Of("ArticleEventsExtracted").Select(d => d.Message.GetProperty("articleId").GetGuid()).ToHashSet();
        var unannounced = accepted.Count(id => !announced.Contains(id));
        if (unannounced > 0)
            return $"{unannounced} extraction results not yet announced";
        var notified = Recorder.Of("TimelineEntryChanged").GroupBy(d => d.Message.GetProperty("entryId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Max(d => d.Message.GetProperty("version").GetInt32()));
        var behind = Entries.Count(e => notified.GetValueOrDefault(e.GetProperty("id").GetString()!) < e.GetProperty("version").GetInt32());
        return behind > 0 ? $"{behind} entries with changes not yet announced" : null;
    }
}
