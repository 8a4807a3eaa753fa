using System.Net;
using Ical.Net;
using Timeline.Api.Timeline;
using Timeline.Contracts;

namespace Timeline.Services.Tests;

public sealed class ExportAndFacetTests : ServiceTest<Timeline.Api.Program, ITimelineStore, InMemoryTimelineStore>
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private async Task SeedTimeline()
    {
        var projector = new TimelineProjector(Store, TimeProvider.System);
        await projector.ApplyAsync(TestEvents.Article(Guid.NewGuid(), "One", new DateOnly(2022, 1, 14), "0.1.0", T0,
            TestEvents.Consult("e1", "2022-01-10", "geneva", "Geneva", "CH", parties: ["US", "RU"]),
            TestEvents.Consult("e2", "2022-01-12", "brussels", "Brussels", "BE", parties: ["NATO", "RU"]),
            TestEvents.Consult("e3", "2022-01", "vienna", "Vienna", "AT", status: "cancelled", parties: ["OSCE"])), default);
        await projector.ApplyAsync(TestEvents.Article(Guid.NewGuid(), "Two", new DateOnly(2022, 1, 13), "0.1.0", T0,
            TestEvents.Consult("e1", "2022-01-12", "brussels", "Brussels", "BE", parties: ["NATO", "RU"])), default);
    }

    [Fact]
    public async Task The_calendar_parses_back_with_all_day_events_over_the_days_each_date_covers()
    {
        await SeedTimeline();
        var response = await Client.GetAsync("/api/timeline/calendar.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(3, events.Count);

        var geneva = events.Single(e => e.Uid!.StartsWith("2022-01-10", StringComparison.Ordinal));
        Assert.Equal("2022-01-10-consult-geneva@timeline", geneva.Uid);
        Assert.False(geneva.DtStart!.HasTime);
        Assert.Equal(new DateTime(2022, 1, 10), geneva.DtStart.Value);
        Assert.Equal(new DateTime(2022, 1, 11), geneva.DtEnd!.Value);
        Assert.Equal("Geneva, CH", geneva.Location);

        var vienna = events.Single(e => e.Uid!.Contains("vienna", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2022, 1, 1), vienna.DtStart!.Value);
        Assert.Equal(new DateTime(2022, 2, 1), vienna.DtEnd!.Value);
        Assert.Equal("CANCELLED", vienna.Status);
        Assert.Equal("Meeting in Vienna (January 2022)", vienna.Summary);
    }

    [Fact]
    public async Task The_calendar_in_German_writes_summary_and_description_in_German_with_readable_coarse_dates()
    {
        await SeedTimeline();
        var projector = new TimelineProjector(Store, TimeProvider.System);
        var autumn = TestEvents.Consult("e9", "2021-11", "minsk", "Minsk", "BY", parties: ["RU", "UA"]) with
        {
            Date = new EventDate("2021-FA", Granularities.Season, new DateOnly(2021, 9, 1), new DateOnly(2021, 11, 30)),
        };
        await projector.ApplyAsync(TestEvents.Article(Guid.NewGuid(), "Three", new DateOnly(2022, 1, 14), "0.1.0", T0, autumn), default);

        var german = Calendar.Load(await Client.GetStringAsync("/api/timeline/calendar.ics?lang=de"))!;
        var minsk = german.Events.Single(e => e.Uid!.Contains("minsk", StringComparison.Ordinal));
        Assert.EndsWith("(Herbst 2021)", minsk.Summary);
        Assert.DoesNotContain("FA", minsk.Summary);
        Assert.Equal("Meeting in Vienna (Januar 2022)", german.Events.Single(e => e.Uid!.Contains("vienna", StringComparison.Ordinal)).Summary);
        var description = german.Events.Single(e => e.Uid!.Contains("brussels", StringComparison.Ordinal)).Description!;
        Assert.StartsWith("Gespräche und Treffen (multilateral), stattgefunden. Beteiligte: NATO, RU", description);
        Assert.Contains("Berichtet in 2 Artikel aus 2 Quellen", description);
        Assert.Contains("(13. Januar 2022)", description);
        foreach (var word in new[] { "Participants", "Reported by", "occurred", "CONSULT", "2022-01-13" })
            Assert.DoesNotContain(word, description);

        var english = Calendar.Load(await Client.GetStringAsync("/api/timeline/calendar.ics?lang=en"))!;
        Assert.EndsWith("(autumn 2021)", english.Events.Single(e => e.Uid!.Contains("minsk", StringComparison.Ordinal)).Summary);
        Assert.StartsWith("Talks and meetings (multilateral), occurred. Participants: NATO, RU",
            english.Events.Single(e => e.Uid!.Contains("brussels", StringComparison.Ordinal)).Description);
    }

    [Fact]
    public async Task A_calendar_event_s_sequence_follows_its_entry_s_version()
    {
        await SeedTimeline();
        var calendar = Calendar.Load(await Client.GetStringAsync("/api/timeline/calendar.ics"))!;
        foreach (var item in calendar.Events)
        {
            var id = item.Uid![..item.Uid!.IndexOf('@', StringComparison.Ordinal)];
            var version = (await Json.Read(await Client.GetAsync("/api/timeline/" + id))).GetProperty("version").GetInt32();
            Assert.Equal(version - 1, item.Sequence);
        }
        // Brussels was reported again by a second article, so its entry changed after it was made.
        Assert.True(calendar.Events.Single(e => e.Uid!.Contains("brussels", StringComparison.Ordinal)).Sequence > 0);
    }

    [Fact]
    public async Task The_calendar_takes_the_timeline_filters()
    {
        await SeedTimeline();
        var calendar = Calendar.Load(await Client.GetStringAsync("/api/timeline/export/ics?place=brussels"))!;
        Assert.Equal("2022-01-12-consult-brussels@timeline", Assert.Single(calendar.Events).Uid);
    }

    [Fact]
    public async Task The_csv_has_its_columns_and_one_row_per_entry()
    {
        await SeedTimeline();
        var response = await Client.GetAsync("/api/timeline/export/csv?from=2022-01-01&to=2022-01-31");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(TimelineExports.CsvColumns, rows[0]);
        Assert.Equal(4, rows.Count);
        var brussels = rows.Single(r => r[0] == "2022-01-12-consult-brussels");
        string Cell(string column) => brussels[Array.IndexOf(TimelineExports.CsvColumns, column)];
        Assert.Equal("2022-01-12", Cell("date"));
        Assert.Equal("Brussels", Cell("place"));
        Assert.Equal("2", Cell("article_count"));
        Assert.Equal("NATO; RU", Cell("participants"));
    }

    [Fact]
    public async Task Json_and_TimelineJS_exports_carry_every_matching_entry()
    {
        await SeedTimeline();
        var json = await Json.Read(await Client.GetAsync("/api/timeline/export/json?type=CONSULT"));
        Assert.Equal(3, json.GetArrayLength());
        Assert.True(json[0].GetProperty("mentions").GetArrayLength() > 0);

        var timelineJs = await Json.Read(await Client.GetAsync("/api/timeline/export/timelinejs"));
        var events = timelineJs.GetProperty("events");
        Assert.Equal(3, events.GetArrayLength());
        var first = events.EnumerateArray().Single(e => e.GetProperty("unique_id").GetString() == "2022-01-10-consult-geneva");
        Assert.Equal("2022", first.GetProperty("start_date").GetProperty("year").GetString());
        Assert.Equal("10", first.GetProperty("start_date").GetProperty("day").GetString());
        Assert.Equal("CONSULT", first.GetProperty("group").GetString());
        Assert.Contains("occurred", first.GetProperty("text").GetProperty("text").GetString());

        var german = (await Json.Read(await Client.GetAsync("/api/timeline/export/timelinejs?lang=de"))).GetProperty("events").EnumerateArray()
            .Single(e => e.GetProperty("unique_id").GetString() == "2022-01-10-consult-geneva");
        Assert.Contains("stattgefunden", german.GetProperty("text").GetProperty("text").GetString());
        Assert.DoesNotContain("occurred", german.GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_problem()
    {
        var response = await Client.GetAsync("/api/timeline/export/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json.Read(response)).GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task Facets_count_places_actors_and_types_of_the_current_filter()
    {
        await SeedTimeline();
        var places = await Json.Read(await Client.GetAsync("/api/places"));
        Assert.Equal(3, places.GetArrayLength());
        var actors = await Json.Read(await Client.GetAsync("/api/actors?from=2022-01-10&to=2022-01-12"));
        var russia = actors.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "RU");
        Assert.Equal(2, russia.GetProperty("count").GetInt32());
        Assert.Equal("RU", actors[0].GetProperty("id").GetString());
        var filtered = await Json.Read(await Client.GetAsync("/api/places?actor=OSCE"));
        Assert.Equal("vienna", Assert.Single(filtered.EnumerateArray()).GetProperty("id").GetString());
        var types = await Json.Read(await Client.GetAsync("/api/types"));
        Assert.Equal(3, types[0].GetProperty("count").GetInt32());
    }

    /// <summary>An RFC 4180 reader: quoted cells, doubled quotes, CRLF rows.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }
        return rows;
    }
}
