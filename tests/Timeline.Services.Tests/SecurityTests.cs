using System.Net;
using Articles.Api.Articles;
using Timeline.ServiceDefaults.Security;

namespace Timeline.Services.Tests;

/// <summary>The pieces the API's defences are made of, each on its own.</summary>
public sealed class SecurityUnitTests
{
    [Theory]
    [InlineData("first-key", "first-key")]
    [InlineData("second-key", "second-key")]
    [InlineData("first-ke", null)]
    [InlineData("first-key ", null)]
    [InlineData("FIRST-KEY", null)]
    [InlineData("", null)]
    public void A_key_matches_only_a_configured_key_exactly(string given, string? expected) =>
        Assert.Equal(expected, ApiKeyAuthenticationHandler.Match(given, ["first-key", "second-key"]));

    [Fact]
    public void Keys_come_from_the_comma_list_and_the_array_without_blanks_or_repeats()
    {
        var options = new SecurityOptions { ApiKey = " a , b,,", ApiKeys = ["b", " c ", ""] };
        Assert.Equal(["a", "b", "c"], options.Keys());
        Assert.NotEqual(SecurityOptions.KeyId("a"), SecurityOptions.KeyId("b"));
        Assert.Equal(12, SecurityOptions.KeyId("a-secret-key").Length);
        Assert.DoesNotContain("secret", SecurityOptions.KeyId("a-secret-key"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text", false, false)]
    [InlineData("tab\tstays", false, false)]
    [InlineData("line\nbreak", true, false)]
    [InlineData("line\nbreak", false, true)]
    [InlineData("nul\0", true, true)]
    [InlineData("escape\u001b[0m", true, true)]
    [InlineData("c1 \u0085", true, true)]
    [InlineData("emoji 😀 is a pair", true, false)]
    public void Control_characters_are_found_and_line_breaks_allowed_where_asked(string text, bool lineBreaks, bool expected) =>
        Assert.Equal(expected, Text.HasControlCharacters(text, lineBreaks));

    [Fact]
    public void A_lone_surrogate_counts_as_a_control_character() =>
        Assert.True(Text.HasControlCharacters("lone " + (char)0xD800 + " surrogate", allowLineBreaks: true));

    [Theory]
    [InlineData("<html><body><article><p>a</p><p>b</p></article></body></html>", 4)]
    [InlineData("<div><div><div>deep</div></div></div>", 3)]
    [InlineData("<ul><li>one<li>two<li>three</ul>", 2)]
    [InlineData("<p>one<p>two<p>three", 1)]
    [InlineData("<div><br><img src=x><hr/><input></div>", 1)]
    [InlineData("<div><script>if (a < b) { '<div><div><div>' }</script></div>", 2)]
    [InlineData("<div><!-- <div><div><div> --></div>", 1)]
    [InlineData("text without tags < 3 > 2", 0)]
    public void The_nesting_scan_counts_as_a_browser_nests(string html, int depth) =>
        Assert.Equal(depth, HtmlBudget.Measure(html).Depth);

    [Fact]
    public void The_nesting_scan_stops_at_the_first_limit_passed()
    {
        var bomb = string.Concat(Enumerable.Repeat("<div>", 1_000_000));
        var (depth, tags) = HtmlBudget.Measure(bomb);
        Assert.Equal(HtmlBudget.MaxDepth + 1, depth);
        Assert.Equal(HtmlBudget.MaxDepth + 1, tags);
    }
}

/// <summary>Keys, closed reads, the rate limit and the headers, on the real Articles and Timeline programs.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private readonly ServiceFactory<Articles.Api.Program> articles = new(ServiceFactory<Articles.Api.Program>.Replace<IArticleStore, InMemoryArticleStore>);
    private readonly ServiceFactory<Timeline.Api.Program> timeline = new(ServiceFactory<Timeline.Api.Program>.Replace<Timeline.Api.Timeline.ITimelineStore, Timeline.Api.Timeline.InMemoryTimelineStore>);

    public Task InitializeAsync()
    {
        articles.Settings["Timeline:ApiKey"] = $"{ServiceFactory<Articles.Api.Program>.Key},second-key";
        articles.Settings["Timeline:RateLimit:PermitsPerSecond"] = "1";
        articles.Settings["Timeline:RateLimit:Burst"] = "3";
        timeline.Settings["Timeline:RequireKeyForReads"] = "true";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await articles.DisposeAsync();
        await timeline.DisposeAsync();
    }

    [Fact]
    public async Task A_write_without_a_key_or_with_a_wrong_one_is_a_401_problem_that_says_how_to_send_one()
    {
        var client = articles.CreateClient();
        var response = await client.PostObject("/api/articles", new { text = "Ein Text über Genf." });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("X-Api-Key", (await Json.Read(response)).GetProperty("detail").GetString());

        client.DefaultRequestHeaders.Add("X-Api-Key", "guess");
        response = await client.PostObject("/api/articles", new { text = "Ein Text über Genf." });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not hold a key", (await Json.Read(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Each_key_has_its_own_bucket_and_an_empty_one_answers_429_with_Retry_After()
    {
        var first = articles.CreateKeyedClient();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 20 && limited is null; i++)
        {
            var response = await first.PostObject("/api/articles", new { });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                limited = response;
            else
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.NotNull(limited);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(429, (await Json.Read(limited)).GetProperty("status").GetInt32());

        var second = articles.CreateClient();
        second.DefaultRequestHeaders.Add("X-Api-Key", "second-key");
        Assert.Equal(HttpStatusCode.BadRequest, (await second.PostObject("/api/articles", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task Closed_reads_need_the_key_but_health_and_the_page_itself_do_not()
    {
        var anonymous = timeline.CreateClient();
        var response = await anonymous.GetAsync("/api/timeline");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/timeline/export/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        // The page holds no data and asks for the key itself.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/page/timeline.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await timeline.CreateKeyedClient().GetAsync("/api/timeline")).StatusCode);
    }

    [Fact]
    public async Task Open_reads_need_no_key_and_every_response_carries_the_security_headers()
    {
        var client = articles.CreateClient();
        var missing = await client.GetAsync($"/api/articles/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var response in new[] { missing, await client.PostObject("/api/articles", new { text = "x" }) })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal(SecurityHeaders.ApiPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task Swagger_shows_the_key_scheme_and_marks_the_operations_that_need_it()
    {
        var document = await Json.Read(await articles.CreateClient().GetAsync("/swagger/v1/swagger.json"));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[] { ("/api/articles", "post"), ("/api/articles/batch", "post"), ("/api/articles/{id}/redrive", "post") })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.True(operation.TryGetProperty("security", out var security) && security.GetArrayLength() == 1, $"{method} {path}");
            Assert.True(operation.GetProperty("responses").TryGetProperty("429", out _), $"{method} {path}");
        }
        Assert.False(paths.GetProperty("/api/articles/{id}").GetProperty("get").TryGetProperty("security", out _));
        Assert.Equal(HttpStatusCode.OK, (await articles.CreateClient().GetAsync("/swagger/index.html")).StatusCode);
    }
}
