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
        Text = "Das dritte Treffen dieser Woche ist am Donnerstag in Wien geplant, wo die OSZE mit den Vereinigten Staaten und Russland berät.",
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
    public async Task The_same_message_twice_announces_the_result_once_with_a_stable_message_id()
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(Submitted(id));
        var first = await Eventually.Get(async () =>
        {
            var list = Harness.Published.Select<ArticleEventsExtracted>(m => m.Context.Message.ArticleId == id).ToList();
            return (list.Count == 1, list.FirstOrDefault(), $"{list.Count} results");
        }, what: "the first result");
        await Harness.Bus.Publish(Submitted(id));
        await Eventually.Get(async () =>
        {
            var n = Harness.Consumed.Select<ArticleSubmitted>(m => m.Context.Message.ArticleId == id).Count();
            return (n == 2, n, $"{n} deliveries consumed");
        }, what: "the second delivery to be consumed");

        var stored = await Store.GetAsync(id, Timeline.Extraction.ArticleExtractor.Version, default);
        Assert.True(stored!.Value.Sent);
        Assert.Equal(stored.Value.Outcome.MessageId, first!.Context.MessageId);
        Assert.Single(Harness.Published.Select<ArticleEventsExtracted>(m => m.Context.Message.ArticleId == id));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task An_article_the_extractor_must_not_read_fails_at_once_without_retries(string published)
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(Submitted(id) with { PublishedAt = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) });
        var failure = await Eventually.Get(async () =>
        {
            var f = Harness.Published.Select<ArticleExtractionFailed>(m => m.Context.Message.ArticleId == id).FirstOrDefault();
            return (f is not null, f, "no failure yet");
        }, what: "the failure");
        Assert.Contains("publication date", failure!.Context.Message.Reason);
        Assert.Single(Harness.Consumed.Select<ArticleSubmitted>(m => m.Context.Message.ArticleId == id));
        Assert.False(Harness.Published.Select<ArticleEventsExtracted>(m => m.Context.Message.ArticleId == id).Any());
        Assert.False(Harness.Published.Select<MassTransit.Fault<ArticleSubmitted>>().Any());
    }

    [Fact]
    public async Task The_dry_run_reads_a_text_and_explains_on_request()
    {
        var response = await Client.PostObject("/api/extract?explain=true", new { text = "Am Montag trafen sich Sherman und Rjabkow in Genf.", language = "de", publishedAt = "2022-01-12" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.Read(response);
        var e = body.GetProperty("events")[0];
        Assert.Equal("2022-01-10", e.GetProperty("date").GetProperty("value").GetString());
        Assert.True(e.GetProperty("explanation").GetArrayLength() > 0);
        Assert.Equal("2022-01-10", body.GetProperty("timexes")[0].GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("{\"text\":\"Am Montag in Genf.\",\"publishedAt\":\"9999-12-31\"}", 400, "publishedAt")]
    [InlineData("{\"text\":\"Am Montag in Genf.\",\"publishedAt\":\"0001-01-01\"}", 400, "publishedAt")]
    [InlineData("{\"text\":\"Am Montag in Genf.\",\"publishedAt\":\"2022-13-01\"}", 400, "publishedAt")]
    [InlineData("{\"text\":\"Am \\u0000 Montag.\"}", 400, "text")]
    public async Task The_dry_run_refuses_dates_out_of_range_and_control_characters_by_field(string body, int status, string field)
    {
        var response = await Client.PostRaw("/api/extract", body);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.True((await Json.Read(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_dry_run_refuses_an_empty_text()
    {
        var response = await Client.PostObject("/api/extract", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
