using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Timeline.Tests;

namespace Timeline.IntegrationTests;

/// <summary>
/// The timeline page in a real browser (Debian's Chromium, driven by playwright-core, checked with axe-core): the
/// all-in-one host runs as a process with its sample articles. Screenshots in English and German are saved under
/// TestResults/.
/// </summary>
public sealed class BrowserTests
{
    private static readonly string Browser = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
    private static readonly string Driver = Path.Combine(TestPaths.RepositoryRoot, "tests", "browser");

    [Fact]
    public async Task The_page_serves_an_analyst_in_both_languages_with_filters_map_exports_keys_and_a_link_that_restores_the_view()
    {
        if (!File.Exists(Browser))
            throw new InvalidOperationException($"No Chromium at {Browser}: install Debian's 'chromium' package (./test.sh does as root) or set CHROMIUM.");
        foreach (var package in new[] { "playwright-core", "axe-core" })
        {
            if (!Directory.Exists(Path.Combine(Driver, "node_modules", package)))
                throw new InvalidOperationException($"{package} is not installed: run 'npm install --prefix {Driver}' (./test.sh does).");
        }

        var port = Servers.FreePort();
        using var host = Servers.StartStandalone(port, "--Timeline:ApiKey=page-test-key");
        try
        {
            var url = $"http://127.0.0.1:{port}/";
            await WaitForMeetings(url);
            // Two articles with coarser dates, a season and a month, beside the samples' days.
            await Submit(url, "page-test-key", "Im Herbst 2021 verhandelten Vertreter Russlands und der Ukraine in Minsk.");
            await Submit(url, "page-test-key", "Russland forderte im Dezember 2021 Sicherheitsgarantien von der NATO.");
            await WaitForEntries(url, 6);
            var folder = Path.Combine(TestPaths.RepositoryRoot, "TestResults");
            Directory.CreateDirectory(folder);
            var seen = RunDriver("page-check.mjs", url, folder);
            string[] Strings(JsonElement e) => e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetProperty("id").GetString()!).ToArray();

            // In order, under year and month headings, dates written for people.
            var ids = Strings(seen.GetProperty("entries"));
            Assert.Equal(["2021-06-16-consult-geneva", "2021-FA-consult-minsk", "2021-12-request-unplaced",
                "2022-01-10-consult-geneva", "2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], ids);
            Assert.Equal(["2021", "2022"], Strings(seen.GetProperty("years")));
            // A season has a heading of its own, not that of the month its range starts in.
            Assert.Equal(["June 2021", "autumn 2021", "December 2021", "January 2022"], Strings(seen.GetProperty("months")));
            Assert.Equal(["16 June 2021", "autumn 2021", "December 2021", "10 January 2022", "12 January 2022", "13 January 2022"], Strings(seen.GetProperty("dates")));
            Assert.Equal(["16. Juni 2021", "Herbst 2021", "Dezember 2021", "10. Januar 2022", "12. Januar 2022", "13. Januar 2022"], Strings(seen.GetProperty("germanDates")));
            Assert.False(seen.GetProperty("dateWraps").GetBoolean(), "a date wraps");

            // Human titles, and status and confidence that explain themselves.
            var english = seen.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("title").GetString()!);
            var german = seen.GetProperty("germanEntries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("title").GetString()!);
            Assert.Equal("Russia's demands on NATO", english["2021-12-request-unplaced"]);
            Assert.Equal("NATO-Russland-Rat tagt in Brüssel", german["2022-01-12-consult-brussels"]);
            Assert.Equal("Russland und Ukraine verhandeln in Minsk", german["2021-FA-consult-minsk"]);
            Assert.Contains("took place", seen.GetProperty("statusHelp").GetString());
            Assert.Contains("independent source", seen.GetProperty("confidenceHelp").GetString());
            Assert.Equal("stattgefunden", seen.GetProperty("germanStatus").GetString());
            Assert.True(seen.GetProperty("densityBars").GetInt32() >= 7, "the density strip has a bar a month from June 2021 to January 2022");
            var axis = Strings(seen.GetProperty("densityAxis"));
            Assert.True(axis.Length >= 2, "the density strip has no labels");
            Assert.Equal(("Jun 2021", "Jan 2022"), (axis[0], axis[^1]));
            Assert.False(seen.GetProperty("densityAxisOverlaps").GetBoolean(), "labels under the density strip overlap: " + string.Join(", ", axis));

            // Keys, German filters, the map both ways, exports.
            Assert.Equal("en", seen.GetProperty("language").GetString());
            Assert.Equal(ids[1], seen.GetProperty("focusedAfterDown").GetString());
            Assert.Equal(("true", "false"), (seen.GetProperty("expandedByEnter").GetString(), seen.GetProperty("expandedAfterEscape").GetString()));
            Assert.Equal(["2022-01-13-consult-vienna"], Strings(seen.GetProperty("filtered")));
            Assert.True(seen.GetProperty("countries").GetInt32() > 150, "the map has no countries");
            Assert.Contains("Brüssel: 1 Ereignis", seen.GetProperty("markers").EnumerateArray().Select(m => m.GetProperty("label").GetString()));
            Assert.Equal(["2022-01-12-consult-brussels"], Strings(seen.GetProperty("highlighted")));
            Assert.Equal("2022-01-12-consult-brussels", seen.GetProperty("focusedAfterMarker").GetString());
            foreach (var view in new[] { "mapNamesZoomed", "mapNamesWorld", "mapNamesFarEast" })
            {
                var names = seen.GetProperty(view);
                Assert.True(names.GetProperty("all").GetInt32() >= 3, view + ": " + names);
                Assert.True(names.GetProperty("shown").GetArrayLength() >= 1, view + ": no name shown: " + names);
                Assert.True(names.GetProperty("overlapping").GetArrayLength() == 0, view + ": names overlap: " + names);
                Assert.True(names.GetProperty("outside").GetArrayLength() == 0, view + ": names run past the edge: " + names);
            }
            var crowded = seen.GetProperty("crowdedNameOnFocus");
            Assert.True(crowded.ValueKind == JsonValueKind.Object && crowded.GetProperty("shown").GetBoolean(), "a hidden map name does not show on focus: " + crowded);
            var exports = Strings(seen.GetProperty("exports"));
            Assert.Contains("/api/timeline/export/csv?actor=Russland&lang=de", exports);
            Assert.Contains(exports, e => e.StartsWith("webcal://", StringComparison.Ordinal) && e.Contains("/api/timeline/calendar.ics?actor=Russland", StringComparison.Ordinal));
            var csv = seen.GetProperty("csv");
            Assert.Equal(200, csv.GetProperty("status").GetInt32());
            Assert.Contains("NATO-Russland-Rat tagt in Brüssel", csv.GetProperty("text").GetString());

            // The copied link restores the view: language, filter, entries, the open entry and the map.
            var restored = seen.GetProperty("restored");
            Assert.Equal("de", restored.GetProperty("language").GetString());
            Assert.Equal("Russland", restored.GetProperty("actor").GetString());
            Assert.Equal(Strings(seen.GetProperty("original").GetProperty("entries")), Strings(restored.GetProperty("entries")));
            Assert.Equal(["2022-01-12-consult-brussels"], Strings(restored.GetProperty("open")));
            Assert.True(restored.GetProperty("mapShown").GetBoolean());
            Assert.Equal(seen.GetProperty("shared").GetString(), restored.GetProperty("link").GetString());

            // What cannot be read is said in the page's language, quoting the input, with nothing stale left.
            var badDate = seen.GetProperty("badDate");
            var badDateText = badDate.GetProperty("status").GetString()!;
            Assert.Contains("Für diesen Filter kann die Zeitleiste nicht angezeigt werden.", badDateText);
            Assert.Contains("„31.2.2022“", badDateText);
            Assert.DoesNotContain("2022-02-31", badDateText);
            Assert.Equal(0, badDate.GetProperty("densityBars").GetInt32());

            // A shared link with a type that does not exist is answered with the API's reason and suggestions.
            var badType = seen.GetProperty("badType");
            Assert.Equal(0, badType.GetProperty("entries").GetInt32());
            Assert.Contains("“FOO”", badType.GetProperty("status").GetString());
            Assert.Contains("CONSULT", Strings(badType.GetProperty("suggestions")));
            Assert.Contains("type=FOO", badType.GetProperty("query").GetString());

            // A date known only by its year stands under a heading of its own, not under January.
            Assert.Equal(["June 2021", "autumn 2021", "2021, month not known", "January 2022"], Strings(seen.GetProperty("yearOnlyMonths")));

            // Possible duplicates by title and date; an entry that cannot be found keeps its id.
            var duplicates = seen.GetProperty("duplicates").EnumerateArray().Select(d => d.GetProperty("text").GetString()!).ToArray();
            Assert.Equal([seen.GetProperty("firstEntry").GetProperty("title").GetString()! + " (16 June 2021)", "no-such-entry"], duplicates);

            // At a phone's width the page does not scroll sideways.
            var narrow = seen.GetProperty("narrow");
            Assert.True(narrow.GetProperty("scrollWidth").GetInt32() <= narrow.GetProperty("width").GetInt32(), "the page is wider than a phone: " + narrow);

            // Accessible in both languages, by axe-core's rules, with no script errors.
            Assert.True(seen.GetProperty("axeEnglish").GetArrayLength() == 0, seen.GetProperty("axeEnglish").ToString());
            Assert.True(seen.GetProperty("axeGerman").GetArrayLength() == 0, seen.GetProperty("axeGerman").ToString());
            Assert.True(seen.GetProperty("pageErrors").GetArrayLength() == 0, seen.GetProperty("pageErrors").ToString());
            Assert.False(seen.GetProperty("keyFormShown").GetBoolean(), "the page asks for a key although reads are open");
            foreach (var language in new[] { "en", "de" })
                Assert.True(new FileInfo(Path.Combine(folder, $"timeline-page-{language}.png")).Length > 10_000, $"the {language} screenshot is empty");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit(10_000);
        }
    }

    private static async Task Submit(string url, string key, string text)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var response = await client.PostAsync(url + "api/articles", new StringContent(
            JsonSerializer.Serialize(new { text, language = "de", publishedAt = "2022-01-14" }), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task WaitForEntries(string url, int count)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var page = JsonDocument.Parse(await client.GetStringAsync(url + "api/timeline")).RootElement;
            if (page.GetProperty("items").GetArrayLength() >= count)
                return;
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The timeline did not reach {count} entries within 60 s.");
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
