using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Timeline.Tests;

namespace Timeline.IntegrationTests;

/// <summary>
/// The timeline page in a real browser (Debian's Chromium, driven by playwright-core): the all-in-one host runs
/// as a process with its sample articles, and the page must show the week's meetings in order and filter them.
/// A screenshot is saved under TestResults/.
/// </summary>
public sealed class BrowserTests
{
    private static readonly string Browser = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
    private static readonly string Driver = Path.Combine(TestPaths.RepositoryRoot, "tests", "browser");

    [Fact]
    public async Task The_page_shows_the_meetings_in_order_filters_them_and_opens_their_evidence()
    {
        if (!File.Exists(Browser))
            throw new InvalidOperationException($"No Chromium at {Browser}: install Debian's 'chromium' package (./test.sh does as root) or set CHROMIUM.");
        if (!Directory.Exists(Path.Combine(Driver, "node_modules", "playwright-core")))
            throw new InvalidOperationException($"playwright-core is not installed: run 'npm install --prefix {Driver}' (./test.sh does).");

        var port = Servers.FreePort();
        using var host = Servers.StartStandalone(port);
        try
        {
            var url = $"http://127.0.0.1:{port}/";
            await WaitForMeetings(url);
            var screenshot = Path.Combine(TestPaths.RepositoryRoot, "TestResults", "timeline-page.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            var seen = RunDriver("page-check.mjs", url, screenshot);

            var ids = seen.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
            var meetings = ids.Where(id => id.StartsWith("2022-01", StringComparison.Ordinal)).ToList();
            Assert.Equal(["2022-01-10-consult-geneva", "2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], meetings);
            Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
            Assert.Equal(["2022-01-13-consult-vienna"], seen.GetProperty("filtered").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("place=vienna", seen.GetProperty("filteredUrl").GetString());
            Assert.True(seen.GetProperty("mentions").GetArrayLength() >= 4, seen.ToString());
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
            Assert.False(seen.GetProperty("keyFormShown").GetBoolean(), "the page asks for a key although reads are open");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit(10_000);
        }
    }

    [Fact]
    public async Task With_reads_closed_the_page_asks_for_the_key_and_then_shows_the_meetings()
    {
        if (!File.Exists(Browser))
            throw new InvalidOperationException($"No Chromium at {Browser}: install Debian's 'chromium' package (./test.sh does as root) or set CHROMIUM.");
        var port = Servers.FreePort();
        using var host = Servers.StartStandalone(port, "--Timeline:ApiKey=page-key", "--Timeline:RequireKeyForReads=true");
        try
        {
            var url = $"http://127.0.0.1:{port}/";
            await WaitForMeetings(url, "page-key");
            var seen = RunDriver("key-check.mjs", url, "page-key");
            Assert.Contains("needs an API key", seen.GetProperty("asked").GetString());
            Assert.Equal(0, seen.GetProperty("entriesBefore").GetInt32());
            Assert.True(seen.GetProperty("entriesAfter").GetInt32() >= 4, seen.ToString());
            Assert.False(seen.GetProperty("keyFormShownAfter").GetBoolean());
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit(10_000);
        }
    }

    private static async Task WaitForMeetings(string url, string? key = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var page = JsonDocument.Parse(await client.GetStringAsync(url + "api/timeline?from=2022-01-01&to=2022-01-31")).RootElement;
                var count = page.GetProperty("items").GetArrayLength();
                last = $"{count} entries";
                if (count >= 3)
                    return;
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The all-in-one host did not load its samples within 60 s ({last}).");
    }

    private static JsonElement RunDriver(string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("node", [Path.Combine(Driver, script), .. arguments])
        {
            WorkingDirectory = Driver,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["CHROMIUM"] = Browser;
        using var node = Process.Start(info)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        if (!node.WaitForExit(90_000))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException("The browser check did not finish within 90 s.");
        }
        if (node.ExitCode != 0)
            throw new InvalidOperationException($"The browser check failed ({node.ExitCode}): {error.Result}\n{output.Result}");
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }

}
