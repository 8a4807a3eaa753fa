using System.Net;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Messaging;
using Timeline.Api.Timeline;
using Timeline.Contracts;

namespace Timeline.Services.Tests;

public sealed class TimelineApiTests : ServiceTest<Timeline.Api.Program, ITimelineStore, InMemoryTimelineStore>
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private async Task Deliver(ArticleEventsExtracted message)
    {
        var before = Harness.Consumed.Select<ArticleEventsExtracted>().Count();
        await Harness.Bus.Publish(message);
        await Eventually.Get(async () =>
        {
            var n = Harness.Consumed.Select<ArticleEventsExtracted>().Count();
            return (n > before, n, $"{n} consumed");
        }, what: "the timeline to consume the message");
    }

    private async Task<System.Text.Json.JsonElement> Timeline(string query = "") =>
        await Json.Read(await Client.GetAsync("/api/timeline" + query));

    [Fact]
    public async Task Events_become_entries_sorted_by_date_and_each_change_is_announced()
    {
        var a = Guid.NewGuid();
        await Deliver(TestEvents.Article(a, "One", new DateOnly(2022, 1, 14), "0.1.0", T0,
            TestEvents.Consult("e1", "2022-01-13", "vienna", "Vienna", "AT", parties: ["OSCE"]),
            TestEvents.Consult("e2", "2022-01-10", "geneva", "Geneva", "CH", parties: ["US", "RU"])));

        var items = (await Timeline()).GetProperty("items");
        Assert.Equal(["2022-01-10-consult-geneva", "2022-01-13-consult-vienna"], items.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.True(await Harness.Published.Any<TimelineEntryChanged>(m => m.Context.Message.EntryId == "2022-01-13-consult-vienna" && m.Context.Message.Change == "created"));
    }

    [Fact]
    public async Task The_same_delivery_twice_changes_nothing()
    {
        var message = TestEvents.Article(Guid.NewGuid(), "One", new DateOnly(2022, 1, 12), "0.1.0", T0, TestEvents.Consult("e1", "2022-01-12", "brussels", "Brussels", "BE"));
        await Deliver(message);
        await Deliver(message);
        Assert.Single(Harness.Published.Select<TimelineEntryChanged>());
        var entry = (await Timeline()).GetProperty("items")[0];
        Assert.Equal(1, entry.GetProperty("articleCount").GetInt32());
    }

    [Fact]
    public async Task A_change_written_before_a_crash_is_published_after_it_once_under_its_stable_id()
    {
        // The consumer wrote the entry and its pending change, then the process died before anything was published:
        // here the projector writes straight to the store, as the consumer would have.
        var message = TestEvents.Article(Guid.NewGuid(), "One", new DateOnly(2022, 1, 12), "0.1.0", T0, TestEvents.Consult("e1", "2022-01-12", "brussels", "Brussels", "BE"));
        await new TimelineProjector(Store, TimeProvider.System).ApplyAsync(message, default);

        var published = await Eventually.Get(async () =>
        {
            var p = Harness.Published.Select<TimelineEntryChanged>().FirstOrDefault();
            return (p is not null, p, "nothing published yet");
        }, what: "the dispatcher to publish the written change");
        Assert.Equal((1, "created"), (published!.Context.Message.Version, published.Context.Message.Change));
        Assert.Equal(TimelineOutboxDispatcher.MessageIdOf(published.Context.Message), published.Context.MessageId);

        // The message itself, redelivered, finds the entry written and announces nothing more.
        await Deliver(message);
        await Task.Delay(1500);
        Assert.Single(Harness.Published.Select<TimelineEntryChanged>());
        Assert.Equal(1, (await Json.Read(await Client.GetAsync("/api/timeline/2022-01-12-consult-brussels"))).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_dispatcher_that_dies_between_publishing_and_recording_sends_the_same_message_again()
    {
        var store = new ForgetfulStore();
        await new TimelineProjector(store, TimeProvider.System).ApplyAsync(
            TestEvents.Article(Guid.NewGuid(), "One", new DateOnly(2022, 1, 12), "0.1.0", T0, TestEvents.Consult("e1", "2022-01-12", "vienna", "Vienna", "AT")), default);
        var dispatcher = new TimelineOutboxDispatcher(Factory.Services.GetRequiredService<IServiceScopeFactory>(), store,
            new TimelineChangeFeed(), Microsoft.Extensions.Logging.Abstractions.NullLogger<TimelineOutboxDispatcher>.Instance);

        var sent = new SentChanges("2022-01-12-consult-vienna");
        using var observing = Factory.Services.GetRequiredService<MassTransit.IBus>().ConnectPublishObserver(sent);

        await Assert.ThrowsAsync<IOException>(() => dispatcher.DispatchAsync(default));
        Assert.Equal(1, await dispatcher.DispatchAsync(default));
        Assert.Equal(0, await dispatcher.DispatchAsync(default));

        Assert.Equal(2, sent.All.Count);
        Assert.Single(sent.All.Select(m => m.MessageId).Distinct());
        Assert.All(sent.All, m => Assert.Equal(1, m.Version));
    }

    /// <summary>Every sending of one entry's changes, copies included (the harness's own list keeps one per message id).</summary>
    private sealed class SentChanges(string entryId) : MassTransit.IPublishObserver
    {
        public List<(Guid? MessageId, int Version)> All { get; } = [];

        public Task PrePublish<T>(MassTransit.PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PostPublish<T>(MassTransit.PublishContext<T> context) where T : class
        {
            if (context.Message is TimelineEntryChanged change && change.EntryId == entryId)
                lock (All) All.Add((context.MessageId, change.Version));
            return Task.CompletedTask;
        }

        public Task PublishFault<T>(MassTransit.PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    /// <summary>A store whose first attempt to record a publication fails, as a process killed at that moment would.</summary>
    private sealed class ForgetfulStore : ITimelineStore
    {
        private readonly InMemoryTimelineStore inner = new();
        private int marks;

        public Task MarkNotifiedAsync(string id, int version, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref marks) == 1 ? throw new IOException("the process died here") : inner.MarkNotifiedAsync(id, version, cancellationToken);

        public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);
        public Task<ArticleState?> GetArticleStateAsync(Guid articleId, CancellationToken cancellationToken) => inner.GetArticleStateAsync(articleId, cancellationToken);
        public Task SaveArticleStateAsync(ArticleState state, CancellationToken cancellationToken) => inner.SaveArticleStateAsync(state, cancellationToken);
        public Task ReplaceArticleMentionsAsync(Guid articleId, IReadOnlyList<Mention> mentions, CancellationToken cancellationToken) => inner.ReplaceArticleMentionsAsync(articleId, mentions, cancellationToken);
        public Task<IReadOnlyList<Mention>> GetMentionsInBucketAsync(string bucket, CancellationToken cancellationToken) => inner.GetMentionsInBucketAsync(bucket, cancellationToken);
        public Task<IReadOnlyList<TimelineEntry>> GetEntriesInBucketAsync(string bucket, CancellationToken cancellationToken) => inner.GetEntriesInBucketAsync(bucket, cancellationToken);
        public Task WriteEntriesAsync(IReadOnlyList<EntryWrite> writes, CancellationToken cancellationToken) => inner.WriteEntriesAsync(writes, cancellationToken);
        public Task SetPossibleDuplicatesAsync(string id, IReadOnlyList<string> possibleDuplicates, CancellationToken cancellationToken) => inner.SetPossibleDuplicatesAsync(id, possibleDuplicates, cancellationToken);
        public Task<TimelineEntry?> GetEntryAsync(string id, CancellationToken cancellationToken) => inner.GetEntryAsync(id, cancellationToken);
        public Task<IReadOnlyList<TimelineEntry>> QueryAsync(TimelineQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);
        public Task<IReadOnlyList<TimelineEntry>> PendingAsync(int limit, CancellationToken cancellationToken) => inner.PendingAsync(limit, cancellationToken);
    }

    [Fact]
    public async Task Articles_about_the_same_meeting_merge_and_a_reextraction_can_take_a_mention_back()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        await Deliver(TestEvents.Article(a, "One", new DateOnly(2022, 1, 11), "0.1.0", T0, TestEvents.Consult("e1", "2022-01-12", "brussels", "Brussels", "BE", status: "scheduled")));
        await Deliver(TestEvents.Article(b, "Two", new DateOnly(2022, 1, 13), "0.1.0", T0, TestEvents.Consult("e1", "2022-01", "brussels", "Brussels", "BE")));

        var entry = await Json.Read(await Client.GetAsync("/api/timeline/2022-01-12-consult-brussels"));
        Assert.Equal(2, entry.GetProperty("articleCount").GetInt32());
        Assert.Equal(2, entry.GetProperty("sourceCount").GetInt32());
        Assert.Equal("occurred", entry.GetProperty("status").GetString());
        Assert.Equal("day", entry.GetProperty("date").GetProperty("granularity").GetString());
        Assert.Equal(2, entry.GetProperty("mentions").GetArrayLength());

        // A newer extractor reads nothing in article b, then a older reading of a arrives late: neither undoes the newer state.
        await Deliver(TestEvents.Article(b, "Two", new DateOnly(2022, 1, 13), "0.2.0", T0.AddDays(1)));
        await Deliver(TestEvents.Article(b, "Two", new DateOnly(2022, 1, 13), "0.1.0", T0.AddDays(2), TestEvents.Consult("e1", "2022-01", "brussels", "Brussels", "BE")));
        entry = await Json.Read(await Client.GetAsync("/api/timeline/2022-01-12-consult-brussels"));
        Assert.Equal(1, entry.GetProperty("articleCount").GetInt32());

        await Deliver(TestEvents.Article(a, "One", new DateOnly(2022, 1, 11), "0.2.0", T0.AddDays(1)));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/timeline/2022-01-12-consult-brussels")).StatusCode);
        Assert.True(await Harness.Published.Any<TimelineEntryChanged>(m => m.Context.Message.Change == "removed"));
    }

    [Fact]
    public async Task From_and_to_select_by_date_overlap_and_bad_values_are_problems()
    {
        await Deliver(TestEvents.Article(Guid.NewGuid(), "One", new DateOnly(2022, 1, 14), "0.1.0", T0,
            TestEvents.Consult("e1", "2022-01-10", "geneva", "Geneva", "CH"),
            TestEvents.Consult("e2", "2022-01-13", "vienna", "Vienna", "AT"),
            TestEvents.Consult("e3", "2021-12", "moscow", "Moscow", "RU")));

        var ids = (await Timeline("?from=2022-01-11&to=2022-01-31")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(["2022-01-13-consult-vienna"], ids);
        ids = (await Timeline("?from=2021-12-24&to=2022-01-10")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(["2021-12-consult-moscow", "2022-01-10-consult-geneva"], ids);

        var bad = await Client.GetAsync("/api/timeline?from=12.01.2022");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Json.Read(bad)).GetProperty("errors").TryGetProperty("from", out _));
        bad = await Client.GetAsync("/api/timeline?from=2022-02-01&to=2022-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Paging_with_the_cursor_walks_every_entry_once()
    {
        var events = Enumerable.Range(1, 7).Select(d => TestEvents.Consult($"e{d}", $"2022-01-{d:00}", "geneva", "Geneva", "CH")).ToArray();
        await Deliver(TestEvents.Article(Guid.NewGuid(), "One", new DateOnly(2022, 1, 14), "0.1.0", T0, events));
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Timeline("?limit=3" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").ValueKind == System.Text.Json.JsonValueKind.String ? page.GetProperty("nextCursor").GetString() : null;
        }
        while (cursor is not null);
        Assert.Equal(Enumerable.Range(1, 7).Select(d => $"2022-01-{d:00}-consult-geneva"), seen);
    }

    [Fact]
    public async Task An_unknown_entry_is_a_404_problem_and_the_page_and_swagger_are_served()
    {
        var missing = await Client.GetAsync("/api/timeline/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        var page = await Client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/page/timeline.js\"></script>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", page.Headers.GetValues("Content-Security-Policy").Single());
        var script = await Client.GetStringAsync("/page/timeline.js");
        Assert.Contains("/api/timeline", script);
        Assert.Contains("isWebAddress(m.url)", script);

        var swagger = await Json.Read(await Client.GetAsync("/swagger/v1/swagger.json"));
        Assert.True(swagger.GetProperty("paths").TryGetProperty("/api/timeline", out _));
        Assert.True(swagger.GetProperty("paths").TryGetProperty("/api/timeline/{id}", out _));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/swagger/index.html")).StatusCode);
    }
}
