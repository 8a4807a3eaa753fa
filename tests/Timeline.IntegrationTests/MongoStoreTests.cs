using Articles.Api.Articles;
using Extraction.Worker.Extraction;
using Timeline.Api.Timeline;
using Timeline.Contracts;

namespace Timeline.IntegrationTests;

/// <summary>The stores against the MongoDB-wire server, over a real connection.</summary>
public sealed class MongoStoreTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_article_store_keeps_articles_finds_duplicates_and_records_extraction()
    {
        var store = new MongoArticleStore(Servers.FreshDatabase("articles"));
        await store.InitializeAsync(default);
        var article = new ArticleDocument { Id = Guid.NewGuid(), ContentHash = "abc", Text = "Text", Language = "de", PublishedAt = new DateOnly(2022, 1, 12), SubmittedAt = T0 };

        article.Submissions = [new ArticleSubmission("First", null, null, article.PublishedAt, T0)];
        article.SubmissionCount = 1;
        Assert.Null(await store.InsertAsync(article, default));
        var duplicate = new ArticleDocument { Id = Guid.NewGuid(), ContentHash = "abc", Text = "Text", SubmittedAt = T0 };
        var existing = await store.InsertAsync(duplicate, default);
        Assert.Equal(article.Id, existing!.Id);
        Assert.Equal("First", existing.Submission.Source);
        await store.AddSubmissionAsync(article.Id, new ArticleSubmission("Second", "https://second.example/a", null, new DateOnly(2022, 1, 13), T0.AddMinutes(1)), default);

        var unpublished = await store.UnpublishedAsync(T0.AddMinutes(1), 10, default);
        Assert.Equal(article.Id, Assert.Single(unpublished).Id);
        await store.MarkPublishedAsync(article.Id, default);
        Assert.Empty(await store.UnpublishedAsync(T0.AddMinutes(1), 10, default));

        var result = new ArticleEventsExtracted
        {
            ArticleId = article.Id,
            ExtractorVersion = "0.1.0",
            ExtractedAt = T0.AddMinutes(2),
            Article = new ArticleInfo { Language = "de", DocumentDate = new DateOnly(2022, 1, 12) },
            Events = [Event("e1", "2022-01-12", "brussels")],
        };
        await store.RecordExtractionAsync(result, default);
        await store.RecordExtractionAsync(result with { ExtractedAt = T0, Events = [] }, default);
        await store.RecordFailureAsync(article.Id, "late failure", default);

        var stored = await store.GetAsync(article.Id, default);
        Assert.Equal(ArticleStatus.Extracted, stored!.Status);
        Assert.Equal(1, stored.EventCount);
        Assert.Equal(new DateOnly(2022, 1, 12), stored.PublishedAt);
        Assert.Equal(T0.AddMinutes(2), stored.ExtractedAt);
        Assert.Single(await store.ListAsync(ArticleStatus.Extracted, 10, default));
        Assert.Equal(["First", "Second"], stored.Submissions.Select(s => s.Source));
        Assert.True(stored.Published, "recording the extraction must not reset the announcement flag");
    }

    [Fact]
    public async Task The_extraction_store_returns_what_it_saved_unchanged()
    {
        var store = new MongoExtractionStore(Servers.FreshDatabase("extraction"));
        await store.InitializeAsync(default);
        var id = Guid.NewGuid();
        var result = new ArticleEventsExtracted
        {
            ArticleId = id,
            ExtractorVersion = "0.1.0",
            ExtractedAt = T0,
            Article = new ArticleInfo { Language = "en", Title = "t" },
            Events = [Event("e1", "2022-01-13", "vienna")],
        };
        var outcome = new ExtractionOutcome(result, null);
        await store.SaveAsync(outcome, default);
        await store.SaveAsync(outcome with { Result = result with { ExtractedAt = T0.AddDays(1) } }, default);
        var back = await store.GetAsync(id, "0.1.0", default);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(result), System.Text.Json.JsonSerializer.Serialize(back!.Value.Outcome.Result));
        Assert.False(back.Value.Sent);
        Assert.Null(await store.GetAsync(id, "9.9.9", default));

        // Two dispatchers claim at once: each unsent outcome goes to one of them only, until it is sent or released.
        var first = await store.ClaimUnsentAsync(10, TimeSpan.FromMinutes(1), T0, default);
        var second = await store.ClaimUnsentAsync(10, TimeSpan.FromMinutes(1), T0, default);
        Assert.Equal(id, Assert.Single(first).ArticleId);
        Assert.Empty(second);
        await store.ReleaseAsync(first[0], default);
        Assert.Single(await store.ClaimUnsentAsync(10, TimeSpan.FromMinutes(1), T0, default));
        await store.MarkSentAsync(first[0], default);
        Assert.True((await store.GetAsync(id, "0.1.0", default))!.Value.Sent);
        Assert.Empty(await store.ClaimUnsentAsync(10, TimeSpan.FromMinutes(1), T0.AddHours(1), default));
    }

    [Fact]
    public async Task The_timeline_store_merges_replaces_and_answers_every_filter()
    {
        var store = new MongoTimelineStore(Servers.FreshDatabase("timeline"));
        await store.InitializeAsync(default);
        var projector = new TimelineProjector(store, TimeProvider.System);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        await projector.ApplyAsync(Article(a, "One", "de", Event("e1", "2022-01-12", "brussels", "NATO", "RU"), Event("e2", "2022-01-10", "geneva", "US", "RU")), default);
        var changes = await projector.ApplyAsync(Article(b, "Two", "en", Event("e1", "2022-01", "brussels", "NATO"), Event("e2", "2022-01-13", "vienna", "OSCE")), default);
        Assert.Equal(["updated", "created"], changes.Select(c => c.Message.Change).Order().Reverse());
        Assert.Empty(await projector.ApplyAsync(Article(b, "Two", "en", Event("e1", "2022-01", "brussels", "NATO"), Event("e2", "2022-01-13", "vienna", "OSCE")), default));

        async Task<string[]> Ids(TimelineQuery q) => (await store.QueryAsync(q, default)).Select(e => e.Id).ToArray();
        Assert.Equal(["2022-01-10-consult-geneva", "2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], await Ids(new TimelineQuery()));
        Assert.Equal(["2022-01-13-consult-vienna", "2022-01-12-consult-brussels", "2022-01-10-consult-geneva"], await Ids(new TimelineQuery { Descending = true }));
        Assert.Equal(["2022-01-12-consult-brussels"], await Ids(new TimelineQuery { From = new DateOnly(2022, 1, 11), To = new DateOnly(2022, 1, 12) }));
        Assert.Equal(["2022-01-10-consult-geneva"], await Ids(new TimelineQuery { PlaceIds = ["geneva", "lausanne"] }));
        Assert.Equal(["2022-01-13-consult-vienna"], await Ids(new TimelineQuery { CountryCodes = ["AT"] }));
        Assert.Equal(["2022-01-13-consult-vienna"], await Ids(new TimelineQuery { ActorIds = ["OSCE"] }));
        Assert.Equal(["2022-01-10-consult-geneva", "2022-01-12-consult-brussels"], await Ids(new TimelineQuery { ActorIds = ["RU"] }));
        Assert.Equal(["2022-01-12-consult-brussels"], await Ids(new TimelineQuery { MinSources = 2 }));
        Assert.Equal(["2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], await Ids(new TimelineQuery { Language = "en" }));
        Assert.Equal(["2022-01-13-consult-vienna"], await Ids(new TimelineQuery { Words = SearchText.Words("VIENNA  OSCE") }));
        Assert.Equal(3, (await Ids(new TimelineQuery { Type = "CONSULT", Status = "occurred" })).Length);
        Assert.Empty(await Ids(new TimelineQuery { Words = SearchText.Words("vienna geneva") }));
        Assert.Empty(await Ids(new TimelineQuery { Status = "cancelled" }));
        var first = await store.QueryAsync(new TimelineQuery { Limit = 2 }, default);
        Assert.Equal(["2022-01-13-consult-vienna"], await Ids(new TimelineQuery { After = new TimelineCursor(first[^1].Date.Start, first[^1].Id) }));

        var brussels = await store.GetEntryAsync("2022-01-12-consult-brussels", default);
        Assert.Equal(2, brussels!.ArticleCount);
        Assert.Equal("2022-01-12", brussels.Date.Value);

        // Article a re-read by a newer extractor finds nothing: its mentions go, Geneva with them, and Brussels
        // is left with article b's month, so the entry is now dated (and named) by the month.
        var removal = await projector.ApplyAsync(Article(a, "One", "de") with { ExtractorVersion = "0.2.0" }, default);
        Assert.Contains(removal, c => c.Message is { Change: "removed", EntryId: "2022-01-10-consult-geneva" });
        Assert.Null(await store.GetEntryAsync("2022-01-10-consult-geneva", default));
        Assert.Null(await store.GetEntryAsync("2022-01-12-consult-brussels", default));
        var month = await store.GetEntryAsync("2022-01-consult-brussels", default);
        Assert.Equal(1, month!.ArticleCount);
        Assert.Equal("month", month.Date.Granularity);
    }

    [Fact]
    public async Task Each_entry_change_is_stored_with_its_notification_and_versions_count_on_through_a_removal()
    {
        var store = new MongoTimelineStore(Servers.FreshDatabase("timeline-outbox"));
        await store.InitializeAsync(default);
        var projector = new TimelineProjector(store, TimeProvider.System);
        var a = Guid.NewGuid();
        var reading = Article(a, "One", "en", Event("e1", "2022-01-13", "vienna", "OSCE"));

        await projector.ApplyAsync(reading, default);
        var pending = Assert.Single(await store.PendingAsync(10, default));
        Assert.Equal((1, 0), (pending.Version, pending.NotifiedVersion));
        Assert.Equal(("created", 1), (pending.Pending.Single().Change, pending.Pending.Single().Version));

        // The same reading again (a redelivery after a crash) writes nothing and owes nothing more.
        Assert.Empty(await projector.ApplyAsync(reading, default));
        await store.MarkNotifiedAsync(pending.Id, 1, default);
        Assert.Empty(await store.PendingAsync(10, default));

        // The article withdrawn: the entry becomes a tombstone at version 2 that no query returns; back again, it is version 3.
        await projector.ApplyAsync(reading with { ExtractorVersion = "0.2.0", Events = [] }, default);
        Assert.Null(await store.GetEntryAsync(pending.Id, default));
        Assert.Empty(await store.QueryAsync(new TimelineQuery(), default));
        var tombstone = Assert.Single(await store.PendingAsync(10, default));
        Assert.Equal(("removed", 2, 1), (tombstone.Pending.Single().Change, tombstone.Version, tombstone.NotifiedVersion));
        await projector.ApplyAsync(reading with { ExtractorVersion = "0.3.0" }, default);
        var back = Assert.Single(await store.PendingAsync(10, default));
        Assert.Equal([("removed", 2), ("created", 3)], back.Pending.Select(p => (p.Change, p.Version)));
        Assert.Equal(3, (await store.GetEntryAsync(pending.Id, default))!.Version);

        // A writer that computed from an older version is refused, not merged over the newer one.
        await Assert.ThrowsAsync<TimelineWriteConflictException>(() => store.WriteEntriesAsync([new EntryWrite(back with { Version = 3 }, 1)], default));
        await store.MarkNotifiedAsync(back.Id, 2, default);
        Assert.Single(await store.PendingAsync(10, default));
        await store.MarkNotifiedAsync(back.Id, 3, default);
        Assert.Empty(await store.PendingAsync(10, default));
    }

    private static ArticleEventsExtracted Article(Guid id, string source, string language, params ExtractedEvent[] events) => new()
    {
        ArticleId = id,
        ExtractorVersion = "0.1.0",
        ExtractedAt = T0,
        Article = new ArticleInfo { Source = source, Language = language, DocumentDate = new DateOnly(2022, 1, 14) },
        Events = events,
    };

    private static ExtractedEvent Event(string key, string date, string place, params string[] parties)
    {
        var day = date.Length == 10;
        var start = DateOnly.ParseExact(day ? date : date + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var end = day ? start : start.AddMonths(1).AddDays(-1);
        return new ExtractedEvent
        {
            Key = key,
            Type = "CONSULT",
            Mode = "multilateral",
            Status = "occurred",
            Date = new EventDate(date, day ? "day" : "month", start, end),
            Place = new PlaceRef(place, char.ToUpperInvariant(place[0]) + place[1..], place == "vienna" ? "AT" : place == "geneva" ? "CH" : "BE", 1, 0, 0),
            Participants = parties.Select(p => new ParticipantRef(p.Length == 2 ? "country" : "organisation", p, p)).ToList(),
            Title = $"Meeting in {place}",
            Evidence = new Evidence($"They met in {place}.", 0, 10),
            Confidence = 0.8,
        };
    }
}
