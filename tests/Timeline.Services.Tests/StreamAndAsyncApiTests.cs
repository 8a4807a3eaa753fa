using System.Text.Json;
using Timeline.Api.Timeline;

namespace Timeline.Services.Tests;

public sealed class StreamAndAsyncApiTests : ServiceTest<Timeline.Api.Program, ITimelineStore, InMemoryTimelineStore>
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_stream_sends_the_changes_its_filter_selects_as_server_sent_events()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/timeline/stream?place=vienna");
        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        await Harness.Bus.Publish(TestEvents.Article(Guid.NewGuid(), "One", new DateOnly(2022, 1, 14), "0.1.0", T0,
            TestEvents.Consult("e1", "2022-01-10", "geneva", "Geneva", "CH")), timeout.Token);
        await Harness.Bus.Publish(TestEvents.Article(Guid.NewGuid(), "Two", new DateOnly(2022, 1, 14), "0.1.0", T0,
            TestEvents.Consult("e1", "2022-01-13", "vienna", "Vienna", "AT", parties: ["OSCE"])), timeout.Token);

        string? eventName = null;
        JsonElement? data = null;
        while (data is null && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
                eventName = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
                data = JsonDocument.Parse(line["data: ".Length..]).RootElement;
        }
        Assert.Equal("timeline-entry", eventName);
        Assert.Equal("2022-01-13-consult-vienna", data!.Value.GetProperty("entryId").GetString());
        Assert.Equal("created", data.Value.GetProperty("change").GetString());
    }

    [Fact]
    public async Task A_bad_stream_filter_is_a_problem()
    {
        var response = await Client.GetAsync("/api/timeline/stream?from=yesterday");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_AsyncAPI_document_describes_each_exchange_with_the_envelope_and_the_contract_schema()
    {
        var document = await Json.Read(await Client.GetAsync("/asyncapi.json"));
        Assert.Equal("2.6.0", document.GetProperty("asyncapi").GetString());
        var channels = document.GetProperty("channels");
        foreach (var exchange in new[] { "Timeline.Contracts:ArticleSubmitted", "Timeline.Contracts:ArticleEventsExtracted", "Timeline.Contracts:ArticleExtractionFailed", "Timeline.Contracts:TimelineEntryChanged" })
        {
            Assert.True(channels.TryGetProperty(exchange, out var channel), exchange);
            Assert.Equal("fanout", channel.GetProperty("bindings").GetProperty("amqp").GetProperty("exchange").GetProperty("type").GetString());
        }
        var payload = document.GetProperty("components").GetProperty("messages").GetProperty("TimelineEntryChanged").GetProperty("payload");
        var message = payload.GetProperty("properties").GetProperty("message").GetProperty("properties");
        Assert.True(message.TryGetProperty("entryId", out _));
        Assert.True(message.TryGetProperty("version", out _));
        Assert.True(message.GetProperty("entry").GetProperty("properties").TryGetProperty("date", out _));
    }
}
