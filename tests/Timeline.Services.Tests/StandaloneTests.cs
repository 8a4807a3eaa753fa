using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Tests;

namespace Timeline.Services.Tests;

/// <summary>The all-in-one host as a user starts it: samples loaded, everything in one process.</summary>
public sealed class StandaloneTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> factory;

    public StandaloneTests(WebApplicationFactory<Program> factory) => this.factory = factory;

    [Fact]
    public async Task The_sample_articles_assemble_into_one_entry_per_meeting()
    {
        var client = factory.CreateClient();
        var items = await Eventually.Get(async () =>
        {
            var page = await Json.Read(await client.GetAsync("/api/timeline?from=2022-01-01&to=2022-01-31"));
            var list = page.GetProperty("items").EnumerateArray().ToList();
            var seen = string.Join("; ", list.Select(i => $"{i.GetProperty("id").GetString()} ({i.GetProperty("articleCount").GetInt32()} articles)"));
            return (list.Count == 3 && list.All(i => i.GetProperty("articleCount").GetInt32() == 4), list, seen);
        }, TimeSpan.FromSeconds(60), "the three meetings of January 2022, each reported by the four sample articles");

        Assert.Equal(["2022-01-10-consult-geneva", "2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, i => Assert.Equal("occurred", i.GetProperty("status").GetString()));
        Assert.Equal("NATO-Russia Council meeting in Brussels", items[1].GetProperty("title").GetString());

        var summit = await Json.Read(await client.GetAsync("/api/timeline/2021-06-16-consult-geneva"));
        Assert.Equal(1, summit.GetProperty("articleCount").GetInt32());
    }

    [Fact]
    public async Task Without_a_configured_key_the_host_makes_one_that_writes_need()
    {
        var key = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Timeline:ApiKey"];
        Assert.Matches("^[0-9a-f]{48}$", key);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostObject("/api/extract", new { text = "Am Montag in Genf." })).StatusCode);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await client.PostObject("/api/extract", new { text = "Am Montag in Genf.", language = "de" })).StatusCode);
    }

    [SeedCorpusFact]
    public async Task The_reference_article_without_a_date_adds_its_mentions_to_the_three_meetings()
    {
        var client = factory.CreateClient();
        // The host made a key for this run (none was configured); a client takes it from the host's configuration.
        client.DefaultRequestHeaders.Add("X-Api-Key", factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Timeline:ApiKey"]);
        var response = await client.PostObject("/api/articles", new { text = await File.ReadAllTextAsync(TestPaths.SeedArticle), source = "Reference" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await Json.Read(response)).GetProperty("id").GetGuid().ToString();

        var entries = await Eventually.Get(async () =>
        {
            var page = await Json.Read(await client.GetAsync("/api/timeline?from=2022-01-10&to=2022-01-13&includeMentions=true"));
            var list = page.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("mentions").EnumerateArray().Any(m => m.GetProperty("articleId").GetString() == id)).ToList();
            return (list.Count == 3, list, string.Join("; ", list.Select(i => i.GetProperty("id").GetString())));
        }, TimeSpan.FromSeconds(60), "the reference article's three meetings");
        Assert.Equal(["2022-01-10-consult-geneva", "2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], entries.Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_README_s_example_queries_return_what_it_says()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var table = readme[readme.IndexOf("**Examples**", StringComparison.Ordinal)..readme.IndexOf("Then `&cursor=<nextCursor>`", StringComparison.Ordinal)];
        var rows = System.Text.RegularExpressions.Regex.Matches(table, @"^\| `(?<query>/api/[^`]+)` \| (?<answer>.+) \|$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(rows.Count >= 8, $"{rows.Count} example rows");
        var client = factory.CreateClient();
        await Eventually.Get(async () =>
        {
            var n = (await Json.Read(await client.GetAsync("/api/timeline?from=2022-01&to=2022-01"))).GetProperty("items").EnumerateArray()
                .Count(i => i.GetProperty("articleCount").GetInt32() == 4);
            return (n == 3, n, $"{n} of the three meetings reported by all four samples");
        }, TimeSpan.FromSeconds(60), "the samples");

        foreach (System.Text.RegularExpressions.Match row in rows)
        {
            var query = row.Groups["query"].Value;
            var answer = row.Groups["answer"].Value;
            var response = await client.GetAsync(query);
            var body = await Json.Read(response);
            var refusal = System.Text.RegularExpressions.Regex.Match(answer, @"^400 `(?<parameter>\w+)`(, suggesting `(?<suggested>[^`]+)`)?$");
            if (refusal.Success)
            {
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode} {body}");
                var parameter = refusal.Groups["parameter"].Value;
                Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), $"{query}: {body}");
                if (refusal.Groups["suggested"].Success)
                    Assert.Contains(refusal.Groups["suggested"].Value, body.GetProperty("suggestions").GetProperty(parameter).EnumerateArray().Select(v => v.GetString()));
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {body}");
            var expected = System.Text.RegularExpressions.Regex.Matches(answer, "`([^`]+)`").Select(m => m.Groups[1].Value);
            Assert.Equal(expected, body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        }
    }
}
