using System.Net;
using Extraction.Worker.Extraction;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;

namespace Timeline.Services.Tests;

public sealed class ExtractionWorkerTests : ServiceTest<global::Extraction.Worker.Program, IExtractionStore, InMemoryExtractionStore>
{
    private static ArticleSubmitted Submitted(Guid id) => new()
    {
        ArticleId = id,
        Text = "Die dritte Sitzung dieser Woche findet am Donnerstag in Wien statt, wo die OSZE mit den Vereinigten Staaten und Russland berät.",
        Language = "de",
        PublishedAt = new DateOnly(2022, 1, 12),
        SubmittedAt = DateTimeOffset.UtcNow,
        Source = "Test",
    };

    [Fact]
    public async Task A_submitted_article_comes_back_as_one_message_with_its_events()
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(Submitted(id));

        Assert.True(await Harness.Published.Any<ArticleEventsExtracted>(m => m.Context.Message.ArticleId == id));
        var result = Harness.Published.Select<ArticleEventsExtracted>(m => m.Context.Message.ArticleId == id).Single().Context.Message;
        var e = Assert.Single(result.Events);
        Assert.Equal("2022-01-13", e.Date.Value);
        Assert.Equal("scheduled", e.Status);
        Assert.Equal("vienna", e.Place?.Id);
        Assert.Equal(2761369, e.Place?.GeonamesId);
        Assert.Contains(e.Participants, p => p.Id == "OSCE");
        Assert.Equal("de", result.Article.Language);
        Assert.Equal("given", result.Article.DocumentDateSource);
    }

    [Fact]
    public async Task The_same_message_twice_republishes_the_same_result()
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(Submitted(id));
        await Eventually.Get(async () =>
        {
            var n = Harness.Published.Select<ArticleEventsExtracted>(m => m.Context.Message.ArticleId == id).Count();
            return (n == 1, n, $"{n} results");
        }, what: "the first result");
        await Harness.Bus.Publish(Submitted(id));
        var results = await Eventually.Get(async () =>
        {
            var list = Harness.Published.Select<ArticleEventsExtracted>(m => m.Context.Message.ArticleId == id).Select(m => m.Context.Message).ToList();
            return (list.Count == 2, list, $"{list.Count} results");
        }, what: "the second result");
        Assert.Equal(results[0].ExtractedAt, results[1].ExtractedAt);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(results[0]), System.Text.Json.JsonSerializer.Serialize(results[1]));
    }

    [Fact]
    public async Task The_dry_run_reads_a_text_and_explains_on_request()
    {
        var response = await Client.PostObject("/api/extract?explain=true", new { text = "Am Montag trafen sich Sherman und Rjabkow in Genf.", language = "de", publishedAt = "2022-01-12" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.Read(response);
        var e = body.GetProperty("events")[0];
        Assert.Equal("2022-01-10", e.GetProperty("event").GetProperty("date").GetProperty("value").GetString());
        Assert.True(e.GetProperty("explanation").GetArrayLength() > 0);
        Assert.Equal("2022-01-10", body.GetProperty("timexes")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task The_dry_run_refuses_an_empty_text()
    {
        var response = await Client.PostObject("/api/extract", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
