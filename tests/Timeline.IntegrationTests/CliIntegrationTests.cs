using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MassTransit;
using Timeline.Contracts;
using Timeline.Tests;

namespace Timeline.IntegrationTests;

/// <summary>`timeline import` against a running host, and `timeline subscribe` against the real RabbitMQ node.</summary>
public sealed class CliIntegrationTests
{
    private static string Cli => Path.Combine(TestPaths.RepositoryRoot, "services", "Timeline.Cli", "bin", TestPaths.Configuration, "net10.0", "timeline.dll");

    [Fact]
    public async Task Import_posts_a_folder_of_mixed_files_and_reports_what_was_refused()
    {
        var port = Servers.FreePort();
        using var host = Servers.StartStandalone(port, "--Samples:Load=false", "--Timeline:ApiKey=import-test-key");
        var folder = Directory.CreateTempSubdirectory("timeline-import-");
        try
        {
            foreach (var sample in Directory.EnumerateFiles(TestPaths.Samples, "*.json"))
                File.Copy(sample, Path.Combine(folder.FullName, Path.GetFileName(sample)));
            File.WriteAllText(Path.Combine(folder.FullName, "vienna.de.txt"), "Das dritte Treffen dieser Woche ist am Donnerstag in Wien geplant, wo die OSZE tagt.");
            File.WriteAllText(Path.Combine(folder.FullName, "page.en.html"), "<html><body><article><p>The NATO-Russia Council met in Brussels on Wednesday.</p></article></body></html>");
            File.WriteAllText(Path.Combine(folder.FullName, "lines.jsonl"), "{\"text\":\"Talks in Geneva on Monday.\",\"language\":\"xx\"}\n");
            File.WriteAllText(Path.Combine(folder.FullName, "broken.json"), "{\"text\":");
            // What sits beside articles in a corpus folder is not posted: gold annotations, notes, other JSON.
            File.WriteAllText(Path.Combine(folder.FullName, "vienna.de.gold.json"), "{\"document\":\"vienna.de.txt\",\"events\":[]}");
            File.WriteAllText(Path.Combine(folder.FullName, "README.md"), "# Articles");
            File.WriteAllText(Path.Combine(folder.FullName, "settings.json"), "{\"corpus\":\"test\"}");
            await WaitForHealth($"http://127.0.0.1:{port}/health/live");

            var (code, output, error) = Run(null, Cli, "import", folder.FullName, "--api", $"http://127.0.0.1:{port}", "--source", "Import test",
                "--published", "2022-01-12", "--api-key", "import-test-key");

            Assert.True(code == 1, $"exit {code}: {output} {error}");
            Assert.Contains("6 accepted, 0 already known, 2 rejected, 3 skipped", output);
            Assert.Contains("skipped vienna.de.gold.json: a gold annotation, not an article", output);
            Assert.Contains("skipped README.md: not an article file", output);
            Assert.Contains("skipped settings.json: not an article", output);
            Assert.Contains("rejected broken.json: not valid JSON", output);
            Assert.Contains("rejected lines.jsonl:1: language", output);
            // The text files carry no date; --published gave them one, so Thursday is 13 January 2022.
            using (var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") })
            {
                var found = false;
                for (var attempt = 0; attempt < 60 && !found; attempt++)
                {
                    found = (await client.GetStringAsync("/api/timeline?place=Wien")).Contains("\"2022-01-13-consult-vienna\"", StringComparison.Ordinal);
                    if (!found)
                        await Task.Delay(500);
                }
                Assert.True(found, "the Vienna session of the imported text file, dated by --published");
            }
            var (again, secondOutput, _) = Run(null, Cli, "import", folder.FullName, "--api", $"http://127.0.0.1:{port}", "--api-key", "import-test-key");
            Assert.Equal(1, again);
            Assert.Contains("0 accepted, 6 already known, 2 rejected, 3 skipped", secondOutput);
            var (keyless, keylessOutput, _) = Run(null, Cli, "import", folder.FullName, "--api", $"http://127.0.0.1:{port}");
            Assert.Equal(1, keyless);
            Assert.Contains("0 accepted, 0 already known, 8 rejected, 3 skipped", keylessOutput);
            Assert.Contains("API key", keylessOutput);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit(10_000);
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Subscribe_prints_the_changes_its_filter_selects_as_they_arrive()
    {
        var rabbit = Servers.RabbitMq;
        var info = new ProcessStartInfo("dotnet", [Cli, "subscribe", "--rabbitmq", rabbit, "--place", "vienna", "--count", "1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var subscriber = Process.Start(info)!;
        try
        {
            var listening = await subscriber.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.StartsWith("listening", listening);

            var uri = new Uri(rabbit);
            var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(uri.Host, (ushort)uri.Port, "/", h =>
            {
                h.Username(Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]));
                h.Password(Uri.UnescapeDataString(uri.UserInfo.Split(':')[1]));
            }));
            await bus.StartAsync();
            try
            {
                await bus.Publish(Change("2022-01-10-consult-geneva", "geneva", "Geneva"));
                await bus.Publish(Change("2022-01-13-consult-vienna", "vienna", "Vienna"));
            }
            finally
            {
                await bus.StopAsync();
            }

            var line = await subscriber.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("2022-01-13-consult-vienna", JsonDocument.Parse(line!).RootElement.GetProperty("entryId").GetString());
            Assert.True(subscriber.WaitForExit(30_000), "subscribe did not stop after --count 1");
            Assert.Equal(0, subscriber.ExitCode);
        }
        finally
        {
            if (!subscriber.HasExited)
                subscriber.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Subscribe_reads_the_live_stream_of_the_all_in_one_host_when_there_is_no_broker()
    {
        var port = Servers.FreePort();
        using var host = Servers.StartStandalone(port, "--Samples:Load=false", "--Timeline:ApiKey=stream-test-key");
        try
        {
            var api = $"http://127.0.0.1:{port}";
            await WaitForHealth(api + "/health/live");
            var info = new ProcessStartInfo("dotnet", [Cli, "subscribe", "--api", api, "--place", "Wien", "--count", "1"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            info.Environment.Remove("ConnectionStrings__RabbitMq");
            using var subscriber = Process.Start(info)!;
            try
            {
                var listening = await subscriber.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                Assert.StartsWith("listening for timeline changes at", listening);
                Assert.Contains("/api/timeline/stream?place=Wien", listening);

                using var client = new HttpClient();
                client.DefaultRequestHeaders.Add("X-Api-Key", "stream-test-key");
                foreach (var text in new[] { "Am Montag trafen sich Vertreter der USA und Russlands in Genf.", "Die OSZE tagt am Donnerstag in Wien." })
                {
                    var response = await client.PostAsync(api + "/api/articles", new StringContent(
                        JsonSerializer.Serialize(new { text, language = "de", publishedAt = "2022-01-11" }), System.Text.Encoding.UTF8, "application/json"));
                    Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                }

                var line = await subscriber.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                var change = JsonDocument.Parse(line!).RootElement;
                Assert.Equal("2022-01-13-consult-vienna", change.GetProperty("entryId").GetString());
                Assert.Equal("created", change.GetProperty("change").GetString());
                Assert.True(subscriber.WaitForExit(30_000), "subscribe did not stop after --count 1");
                Assert.Equal(0, subscriber.ExitCode);
            }
            finally
            {
                if (!subscriber.HasExited)
                    subscriber.Kill(entireProcessTree: true);
            }

            // A place the API does not know is refused with the names nearest to it.
            var (code, _, error) = Run(null, Cli, "subscribe", "--api", api, "--place", "Wein");
            Assert.Equal(2, code);
            Assert.Contains("Did you mean Wien", error);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit(10_000);
        }
    }

    private static TimelineEntryChanged Change(string id, string placeId, string place) => new()
    {
        Change = "created",
        EntryId = id,
        ChangedAt = DateTimeOffset.UtcNow,
        Entry = new TimelineEntrySummary
        {
            Id = id,
            Type = "CONSULT",
            Status = "occurred",
            Title = $"Meeting in {place}",
            Date = new EventDate(id[..10], "day", DateOnly.Parse(id[..10], System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(id[..10], System.Globalization.CultureInfo.InvariantCulture)),
            Place = new PlaceRef(placeId, place, "XX", 1, 0, 0),
            ArticleCount = 1,
            SourceCount = 1,
            Confidence = 0.9,
        },
    };

    private static (int Code, string Output, string Error) Run(string? input, string dll, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
        };
        // The test run's broker address would send subscribe to the broker rather than to the host it is given.
        info.Environment.Remove("ConnectionStrings__RabbitMq");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"timeline {string.Join(' ', arguments)} did not finish within 120 s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static async Task WaitForHealth(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync(url)).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"{url} did not answer within 60 s.");
    }

}
