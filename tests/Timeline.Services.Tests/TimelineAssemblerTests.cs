using Timeline.Api.Timeline;
using Timeline.Contracts;

namespace Timeline.Services.Tests;

/// <summary>The pure merge: which mentions are one event, and that arrival order never matters.</summary>
public sealed class TimelineAssemblerTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static Mention M(string article, string date, string place = "brussels", string source = "S", int reportedDay = 14, string status = "occurred", params string[] parties)
    {
        var id = Guid.Parse($"00000000-0000-0000-0000-{article.PadLeft(12, '0')}");
        var message = TestEvents.Article(id, source, new DateOnly(2022, 1, reportedDay), "0.1.0", T0,
            TestEvents.Consult("e1", date, place, place, "XX", status, parties));
        return Mention.From(message, message.Events[0]);
    }

    private static IReadOnlyList<TimelineEntry> Assemble(params Mention[] mentions) =>
        mentions.GroupBy(m => m.Bucket).SelectMany(g => TimelineAssembler.Assemble(g.Key, g)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    [Fact]
    public void A_day_and_the_month_that_contains_it_are_one_entry_dated_by_the_day()
    {
        var entry = Assert.Single(Assemble(M("1", "2022-01"), M("2", "2022-01-12")));
        Assert.Equal("2022-01-12", entry.Date.Value);
        Assert.Equal(2, entry.Mentions.Count);
    }

    [Fact]
    public void Different_days_places_years_or_parties_stay_apart()
    {
        Assert.Equal(2, Assemble(M("1", "2022-01-12"), M("2", "2022-01-13")).Count);
        Assert.Equal(2, Assemble(M("1", "2022-01-12"), M("2", "2022-01-12", place: "geneva")).Count);
        Assert.Equal(2, Assemble(M("1", "2021-01-12"), M("2", "2022-01-12")).Count);
        var apart = Assemble(M("1", "2022-01-12", parties: ["EU", "CN"]), M("2", "2022-01-12", parties: ["NATO", "RU"]));
        Assert.Equal(["2022-01-12-consult-brussels", "2022-01-12-consult-brussels-2"], apart.Select(e => e.Id));
    }

    [Fact]
    public void The_latest_report_moves_the_status_on()
    {
        var entry = Assert.Single(Assemble(M("1", "2022-01-12", reportedDay: 10, status: "scheduled"), M("2", "2022-01-12", reportedDay: 13)));
        Assert.Equal("occurred", entry.Status);
        entry = Assert.Single(Assemble(M("1", "2022-01-12", reportedDay: 10, status: "scheduled")));
        Assert.Equal("scheduled", entry.Status);
    }

    [Fact]
    public void Confidence_grows_with_independent_sources_only()
    {
        var one = Assert.Single(Assemble(M("1", "2022-01-12", source: "A"))).Confidence;
        var sameSource = Assert.Single(Assemble(M("1", "2022-01-12", source: "A"), M("2", "2022-01-12", source: "A")));
        var twoSources = Assert.Single(Assemble(M("1", "2022-01-12", source: "A"), M("2", "2022-01-12", source: "B")));
        Assert.Equal(one, sameSource.Confidence);
        Assert.Equal(1, sameSource.SourceCount);
        Assert.Equal(2, twoSources.SourceCount);
        Assert.True(twoSources.Confidence > one);
    }

    [Fact]
    public void Any_order_and_any_repetition_of_the_same_mentions_gives_the_same_timeline()
    {
        var mentions = new[]
        {
            M("1", "2022-01"), M("2", "2022-01-12"), M("3", "2022-01-12", source: "B"), M("4", "2022-01-13"),
            M("5", "2022-01-12", parties: ["EU"]), M("6", "2022-01-10", place: "geneva"), M("7", "2022-W02"), M("8", "2021-01-12"),
        };
        var expected = Describe(Assemble(mentions));
        var random = new Random(20220112);
        for (var run = 0; run < 200; run++)
        {
            var shuffled = mentions.Concat(mentions.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, Describe(Assemble(shuffled)));
        }
    }

    private static string Describe(IEnumerable<TimelineEntry> entries) =>
        string.Join("\n", entries.Select(e => $"{e.Id} {e.Date.Value} {e.Status} {e.Confidence} [{string.Join(",", e.Mentions.Select(m => m.Id))}]"));
}

/// <summary>Entries that may be one event but did not merge are flagged for a person to review.</summary>
public sealed class PossibleDuplicateTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static ExtractedEvent Event(string key, string type, string date, string place) =>
        TestEvents.Consult(key, date, place, place, "XX") with { Type = type };

    [Fact]
    public async Task Same_place_on_the_same_or_next_day_is_flagged_both_ways_and_unflagged_when_one_goes()
    {
        var store = new InMemoryTimelineStore();
        var projector = new TimelineProjector(store, TimeProvider.System);
        var a = Guid.NewGuid();
        await projector.ApplyAsync(TestEvents.Article(a, "One", new DateOnly(2022, 1, 14), "0.1.0", T0,
            Event("e1", "CONSULT", "2022-01-12", "brussels"), Event("e2", "STATEMENT", "2022-01-12", "brussels"),
            Event("e3", "CONSULT", "2022-01-13", "brussels"), Event("e4", "CONSULT", "2022-01-20", "brussels"),
            Event("e5", "CONSULT", "2022-01-12", "geneva")), default);

        async Task<IReadOnlyList<string>> Flags(string id) => (await store.GetEntryAsync(id, default))!.PossibleDuplicates;
        Assert.Equal(["2022-01-12-statement-brussels", "2022-01-13-consult-brussels"], await Flags("2022-01-12-consult-brussels"));
        Assert.Equal(["2022-01-12-consult-brussels", "2022-01-12-statement-brussels"], await Flags("2022-01-13-consult-brussels"));
        Assert.Empty(await Flags("2022-01-20-consult-brussels"));
        Assert.Empty(await Flags("2022-01-12-consult-geneva"));

        // A newer reading without the statement: the flag goes with it.
        await projector.ApplyAsync(TestEvents.Article(a, "One", new DateOnly(2022, 1, 14), "0.2.0", T0,
            Event("e1", "CONSULT", "2022-01-12", "brussels"), Event("e3", "CONSULT", "2022-01-13", "brussels")), default);
        Assert.Equal(["2022-01-13-consult-brussels"], await Flags("2022-01-12-consult-brussels"));
        Assert.Equal(["2022-01-12-consult-brussels"], await Flags("2022-01-13-consult-brussels"));
    }

    [Fact]
    public async Task The_flags_do_not_depend_on_the_order_articles_arrive_in()
    {
        var deliveries = new[]
        {
            TestEvents.Article(Guid.Parse("00000000-0000-0000-0000-000000000001"), "A", new DateOnly(2022, 1, 14), "0.1.0", T0, Event("e1", "CONSULT", "2022-01-12", "brussels")),
            TestEvents.Article(Guid.Parse("00000000-0000-0000-0000-000000000002"), "B", new DateOnly(2022, 1, 14), "0.1.0", T0, Event("e1", "STATEMENT", "2022-01-12", "brussels")),
            TestEvents.Article(Guid.Parse("00000000-0000-0000-0000-000000000003"), "C", new DateOnly(2022, 1, 14), "0.1.0", T0, Event("e1", "CONSULT", "2022-01-13", "brussels")),
        };
        string? expected = null;
        foreach (var order in new[] { new[] { 0, 1, 2 }, [2, 1, 0], [1, 0, 2, 1], [2, 0, 1, 0] })
        {
            var store = new InMemoryTimelineStore();
            var projector = new TimelineProjector(store, TimeProvider.System);
            foreach (var i in order)
                await projector.ApplyAsync(deliveries[i], default);
            var all = await store.QueryAsync(new TimelineQuery(), default);
            var described = string.Join("\n", all.Select(e => $"{e.Id} [{string.Join(",", e.PossibleDuplicates)}]"));
            expected ??= described;
            Assert.Equal(expected, described);
        }
    }
}
