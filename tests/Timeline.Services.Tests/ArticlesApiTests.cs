using System.Net;
using Articles.Api.Articles;
using Articles.Api.Messaging;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Timeline.Contracts;

namespace Timeline.Services.Tests;

public sealed class ArticlesApiTests : ServiceTest<Articles.Api.Program, IArticleStore, InMemoryArticleStore>
{
    [Fact]
    public async Task An_article_is_accepted_with_its_location_only_once_stored_and_is_announced()
    {
        var response = await Client.PostObject("/api/articles", new { text = "Am Montag trafen sich die Delegationen in Genf.", title = "Genf", source = "Test", language = "de", publishedAt = "2022-01-10" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await Json.Read(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.ToString());
        var stored = await Store.GetAsync(id, default);
        Assert.NotNull(stored);
        Assert.Equal(new DateOnly(2022, 1, 10), stored.PublishedAt);
        Assert.True(stored.Published);
        Assert.True(await Harness.Published.Any<ArticleSubmitted>(m => m.Context.Message.ArticleId == id && m.Context.Message.Language == "de"));
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_that_says_why()
    {
        var response = await Client.PostRaw("/api/articles", "{\"text\": \"unterminated");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.Read(response);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Json_that_does_not_parse_is_a_fault_of_the_body_even_inside_a_field()
    {
        var response = await Client.PostRaw("/api/articles", "{\"text\": \"unterminated");
        var errors = (await Json.Read(response)).GetProperty("errors");
        Assert.Equal(["body"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("not valid JSON", errors.GetProperty("body")[0].GetString());
        Assert.Contains("inside 'text'", errors.GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task An_object_for_a_batch_is_told_that_the_body_must_be_an_array_of_articles()
    {
        var response = await Client.PostRaw("/api/articles/batch", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.Read(response);
        var reason = problem.GetProperty("errors").GetProperty("body")[0].GetString()!;
        Assert.StartsWith("The body must be a JSON array of articles", reason);
        Assert.DoesNotContain("converted", problem.ToString());
        Assert.DoesNotContain("not valid JSON", problem.ToString());
    }

    [Fact]
    public async Task A_lone_surrogate_in_text_is_said_to_be_no_valid_Unicode()
    {
        var response = await Client.PostRaw("/api/articles", "{\"text\":\"Ein \\ud800 Text\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = (await Json.Read(response)).GetProperty("errors").GetProperty("text")[0].GetString()!;
        Assert.Contains("'text' is not valid Unicode text", reason);
        Assert.DoesNotContain("must be a string", reason);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415_problem_naming_the_types_taken()
    {
        var response = await Client.PostAsync("/api/articles", new StringContent("Ein Text über Genf.", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.Read(response);
        Assert.True(problem.TryGetProperty("status", out var status) && status.GetInt32() == 415, problem.ToString());
        Assert.True(problem.TryGetProperty("errors", out var errors), problem.ToString());
        Assert.True(errors.TryGetProperty("Content-Type", out var reasons), problem.ToString());
        var reason = reasons[0].GetString()!;
        Assert.Contains("application/json", reason);
        Assert.Contains("'text/plain; charset=utf-8' is not taken", reason);
        Assert.Empty(await Store.ListAsync(null, 10, default));
    }

    [Theory]
    [InlineData("{}", "text")]
    [InlineData("{\"text\":\"a\",\"html\":\"<p>b</p>\"}", "text")]
    [InlineData("{\"text\":\"Ein Text.\",\"language\":\"fr\"}", "language")]
    [InlineData("{\"text\":\"Ein Text.\",\"publishedAt\":\"12.01.2022\"}", "publishedAt")]
    [InlineData("{\"text\":\"Ein Text.\",\"url\":\"not a url\"}", "url")]
    [InlineData("{\"html\":\"<script>x()</script>\"}", "html")]
    [InlineData("{\"text\":\"Ein Text.\",\"url\":\"javascript:alert(document.cookie)\"}", "url")]
    [InlineData("{\"text\":\"Ein Text.\",\"publishedAt\":\"9999-12-31\"}", "publishedAt")]
    [InlineData("{\"text\":\"Ein Text.\",\"publishedAt\":\"0001-01-01\"}", "publishedAt")]
    [InlineData("{\"text\":\"Ein \\u0000 Text.\"}", "text")]
    [InlineData("{\"text\":\"Ein Text.\",\"publishedAt\":5}", "publishedAt")]
    public async Task Invalid_articles_are_refused_with_the_field_and_reason(string body, string field)
    {
        var response = await Client.PostRaw("/api/articles", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.Read(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var reasons), problem.ToString());
        Assert.NotEmpty(reasons[0].GetString()!);
        Assert.Empty(await Store.ListAsync(null, 10, default));
    }

    [Fact]
    public async Task An_article_above_the_size_cap_is_refused_as_too_large()
    {
        var response = await Client.PostObject("/api/articles", new { text = new string('x', ArticleSubmitted.MaxTextLength + 1) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most", (await Json.Read(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_same_text_twice_is_one_article()
    {
        var first = await Json.Read(await Client.PostObject("/api/articles", new { text = "Der Rat tagte am Mittwoch in Brüssel." }));
        var again = await Client.PostObject("/api/articles", new { text = "Der Rat tagte am Mittwoch in Brüssel.", source = "Other" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await Json.Read(again);
        Assert.True(body.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetGuid(), body.GetProperty("id").GetGuid());
        Assert.Single(await Store.ListAsync(null, 10, default));
    }

    [Fact]
    public async Task The_same_text_from_another_source_and_date_says_whose_duplicate_it_is_and_is_recorded()
    {
        var first = await Json.Read(await Client.PostObject("/api/articles", new { text = "Der Rat tagte am Mittwoch in Brüssel.", source = "Erste Zeitung", publishedAt = "2022-01-12" }));
        var again = await Client.PostObject("/api/articles", new { text = "Der Rat tagte am Mittwoch in Brüssel.", source = "Zweite Zeitung", url = "https://zweite.example/rat", publishedAt = "2022-01-13" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await Json.Read(again);
        var id = first.GetProperty("id").GetGuid();
        Assert.Equal(id, body.GetProperty("id").GetGuid());
        Assert.Equal("Erste Zeitung", body.GetProperty("duplicateOf").GetProperty("source").GetString());
        Assert.Equal("2022-01-12", body.GetProperty("duplicateOf").GetProperty("publishedAt").GetString());

        var view = await Json.Read(await Client.GetAsync($"/api/articles/{id}"));
        var submissions = view.GetProperty("submissions").EnumerateArray().ToList();
        Assert.Equal(["Erste Zeitung", "Zweite Zeitung"], submissions.Select(x => x.GetProperty("source").GetString()));
        Assert.Equal("https://zweite.example/rat", submissions[1].GetProperty("url").GetString());
        Assert.Equal("2022-01-13", submissions[1].GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task A_failed_article_can_be_sent_to_extraction_again()
    {
        var id = (await Json.Read(await Client.PostObject("/api/articles", new { text = "Ein Artikel, der einmal scheiterte." }))).GetProperty("id").GetGuid();
        await Store.RecordFailureAsync(id, "the worker's database stayed away", default);

        var response = await Client.PostAsync($"/api/articles/{id}/redrive", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var article = (await Store.GetAsync(id, default))!;
        Assert.Equal(ArticleStatus.Submitted, article.Status);
        Assert.Null(article.Error);
        Assert.Equal(2, Harness.Published.Select<ArticleSubmitted>(m => m.Context.Message.ArticleId == id).Count());
    }

    [Fact]
    public async Task Html_is_reduced_to_its_article_with_date_and_title()
    {
        var html = "<html lang='de'><head><meta property='article:published_time' content='2022-01-12T08:00:00+01:00'></head><body><nav>Menü</nav><article><h1>Rat tagt</h1><p>Am Mittwoch tagte der Rat in Brüssel.</p></article></body></html>";
        var id = (await Json.Read(await Client.PostObject("/api/articles", new { html }))).GetProperty("id").GetGuid();
        var stored = await Store.GetAsync(id, default);
        Assert.Equal("Rat tagt\n\nAm Mittwoch tagte der Rat in Brüssel.", stored!.Text);
        Assert.Equal("Rat tagt", stored.Title);
        Assert.Equal(new DateOnly(2022, 1, 12), stored.PublishedAt);
        Assert.Equal("de", stored.Language);
    }

    [Fact]
    public async Task A_batch_answers_item_by_item()
    {
        var response = await Client.PostObject("/api/articles/batch", new object[]
        {
            new { text = "Erster Artikel über Genf." },
            new { language = "xx" },
            new { text = "Erster Artikel über Genf." },
        });
        var body = await Json.Read(response);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(1, body.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, body.GetProperty("rejected").GetInt32());
        var items = body.GetProperty("items");
        Assert.Equal(202, items[0].GetProperty("status").GetInt32());
        Assert.Equal(400, items[1].GetProperty("status").GetInt32());
        Assert.Contains("language", items[1].GetProperty("error").GetString());
        Assert.Equal(200, items[2].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var response = await Client.GetAsync($"/api/articles/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_extraction_result_shows_on_the_article_and_an_older_one_does_not_overwrite_it()
    {
        var id = (await Json.Read(await Client.PostObject("/api/articles", new { text = "Am Mittwoch tagte der Rat in Brüssel." }))).GetProperty("id").GetGuid();
        var newer = Result(id, DateTimeOffset.Parse("2026-01-02T00:00:00Z"), 1);
        await Harness.Bus.Publish(newer);
        await Eventually.Get(async () =>
        {
            var a = await Store.GetAsync(id, default);
            return (a?.Status == ArticleStatus.Extracted, 0, a?.Status ?? "missing");
        }, what: "the article to show its extraction");
        await Harness.Bus.Publish(Result(id, DateTimeOffset.Parse("2026-01-01T00:00:00Z"), 0));
        Assert.True(await Harness.Consumed.Any<ArticleEventsExtracted>(m => m.Context.Message.Events.Count == 0));

        var view = await Json.Read(await Client.GetAsync($"/api/articles/{id}"));
        Assert.Equal("extracted", view.GetProperty("status").GetString());
        Assert.Equal(1, view.GetProperty("events").GetArrayLength());
        Assert.Equal("2022-01-12", view.GetProperty("documentDate").GetString());
        var events = await Json.Read(await Client.GetAsync($"/api/articles/{id}/events"));
        Assert.Equal("Brussels", events[0].GetProperty("place").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_failed_extraction_marks_the_article_failed_with_the_reason()
    {
        var id = (await Json.Read(await Client.PostObject("/api/articles", new { text = "Ein Artikel, der scheitert." }))).GetProperty("id").GetGuid();
        var submitted = (await Store.GetAsync(id, default))!;
        MassTransit.Fault<ArticleSubmitted> fault = new MassTransit.Events.FaultEvent<ArticleSubmitted>(ArticleSubmissions.ToMessage(submitted), Guid.NewGuid(),
            MassTransit.Metadata.HostMetadataCache.Host, new InvalidOperationException("the extractor broke"), [MassTransit.MessageUrn.ForTypeString<ArticleSubmitted>()]);
        await Harness.Bus.Publish(fault);
        var article = await Eventually.Get(async () =>
        {
            var a = await Store.GetAsync(id, default);
            return (a?.Status == ArticleStatus.Failed, a, a?.Status ?? "missing");
        }, what: "the article to be marked failed");
        Assert.Contains("the extractor broke", article!.Error);
    }

    [Fact]
    public async Task An_article_stored_but_never_announced_is_announced_by_the_sweeper()
    {
        var article = new ArticleDocument { Id = Guid.NewGuid(), ContentHash = "h", Text = "Ein liegen gebliebener Artikel.", SubmittedAt = DateTimeOffset.UtcNow.AddMinutes(-5), Published = false };
        await Store.InsertAsync(article, default);
        var sweeper = Factory.Services.GetServices<IHostedService>().OfType<UnpublishedArticleSweeper>().Single();

        Assert.Equal(1, await sweeper.SweepAsync(default));
        Assert.True(await Harness.Published.Any<ArticleSubmitted>(m => m.Context.Message.ArticleId == article.Id));
        Assert.True((await Store.GetAsync(article.Id, default))!.Published);
        Assert.Equal(0, await sweeper.SweepAsync(default));
    }

    [Fact]
    public async Task Liveness_answers_without_dependencies()
    {
        var response = await Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static ArticleEventsExtracted Result(Guid id, DateTimeOffset at, int events) => new()
    {
        ArticleId = id,
        ExtractorVersion = "0.1.0",
        ExtractedAt = at,
        Article = new ArticleInfo { Language = "de", DocumentDate = new DateOnly(2022, 1, 12), DocumentDateSource = "given" },
        Events = Enumerable.Range(0, events).Select(i => TestEvents.Consult($"e{i + 1}", "2022-01-12", "brussels", "Brussels", "BE")).ToList(),
    };
}
