using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Contracts;
using Timeline.ServiceDefaults.Security;

namespace Timeline.Api.Timeline;

public static class TimelineEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/timeline").WithTags("Timeline");

        group.MapGet("", List)
            .WithName("GetTimeline")
            .WithSummary("The timeline, filtered and paged")
            .WithDescription("Entries ordered by event date (ties broken by id, so paging is stable). An entry matches from/to when its " +
                "date range overlaps them. Dates are calendar dates with a granularity; no time zone applies.")
            .Produces<TimelinePage>()
            .ProducesValidationProblem();

        group.MapGet("/stream", Stream)
            .WithName("StreamTimeline")
            .WithSummary("Live timeline changes as Server-Sent Events")
            .WithDescription("Each change is an event named 'timeline-entry' whose data is a TimelineEntryChanged message. Takes the same filters as GET /api/timeline.")
            .Produces<TimelineEntryChanged>(contentType: "text/event-stream")
            .ProducesValidationProblem();

        group.MapGet("/export/{format}", Export)
            .WithName("ExportTimeline")
            .WithSummary("The filtered timeline as JSON, CSV, iCalendar or TimelineJS")
            .WithDescription("format is json, csv, ics or timelinejs. Takes the filters of GET /api/timeline and returns every matching entry " +
                $"(at most {MaxExport}). The ics form is a calendar to subscribe to: its URL with filters stays valid as the timeline grows; " +
                "day dates are all-day events, coarser dates span their days. lang (en or de) chooses the language of titles and names.")
            .Produces<IReadOnlyList<TimelineEntryView>>(contentType: "application/json")
            .Produces<string>(contentType: "text/csv")
            .Produces<string>(contentType: "text/calendar")
            .ProducesValidationProblem();

        app.MapGet("/api/timeline/calendar.ics", ([AsParameters] TimelineFilter filter, string? lang, FilterReader reader, ITimelineStore store, CancellationToken ct) =>
                Export("ics", filter, lang, reader, store, ct))
            .WithTags("Timeline")
            .WithName("TimelineCalendar")
            .WithSummary("The filtered timeline as a calendar to subscribe to (iCalendar)")
            .Produces<string>(contentType: "text/calendar")
            .ProducesValidationProblem();

        foreach (var (route, name, summary, facet) in new (string, string, string, Func<IEnumerable<TimelineEntry>, IReadOnlyList<FacetValue>>)[]
        {
            ("/api/places", "GetPlaces", "Places of the filtered timeline, with counts", TimelineFacets.Places),
            ("/api/actors", "GetActors", "Countries, organisations and people of the filtered timeline, with counts", TimelineFacets.Actors),
            ("/api/types", "GetTypes", "Event types of the filtered timeline, with counts", TimelineFacets.Types),
        })
        {
            app.MapGet(route, async ([AsParameters] TimelineFilter filter, FilterReader reader, ITimelineStore store, CancellationToken ct) =>
                {
                    var (query, problems) = await reader.ReadAsync(filter, null, ct);
                    if (problems.Any)
                        return problems.ToResult("The filter is not valid.");
                    return TypedResults.Ok(facet(await store.QueryAsync(query with { Limit = MaxExport }, ct)));
                })
                .WithTags("Facets")
                .WithName(name)
                .WithSummary(summary)
                .WithDescription("Takes the filters of GET /api/timeline; counts entries of the filtered timeline per value, most frequent first.")
                .Produces<IReadOnlyList<FacetValue>>()
                .ProducesValidationProblem();
        }

        group.MapGet("/{id}", Get)
            .WithName("GetTimelineEntry")
            .WithSummary("One timeline entry with every mention")
            .Produces<TimelineEntryView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> List([AsParameters] TimelineFilter filter, [AsParameters] TimelinePaging paging, FilterReader reader,
        ITimelineStore store, CancellationToken ct)
    {
        var (query, problems) = await reader.ReadAsync(filter, paging, ct);
        if (problems.Any)
            return problems.ToResult("The timeline query is not valid.");
        var page = await store.QueryAsync(query, ct);
        var next = page.Count == query.Limit ? new TimelineCursor(page[^1].Date.Start, page[^1].Id).Encode() : null;
        var includeMentions = paging.IncludeMentions?.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) == true;
        return TypedResults.Ok(new TimelinePage(page.Select(e => TimelineEntryView.From(e, includeMentions)).ToList(), next));
    }

    public const int MaxExport = 10_000;

    public static readonly ClosedVocabulary Formats = new("format", "an export format", ["json", "csv", "ics", "timelinejs"]);
    public static readonly ClosedVocabulary TitleLanguages = new("lang", "a language Timeline writes titles in", Languages.All);

    private static async Task<IResult> Export(string format, [AsParameters] TimelineFilter filter, string? lang, FilterReader reader,
        ITimelineStore store, CancellationToken ct)
    {
        var (query, problems) = await reader.ReadAsync(filter, null, ct);
        var chosen = Formats.Read(format, problems);
        var language = TitleLanguages.Read(lang, problems) ?? Languages.English;
        if (problems.Any)
            return problems.ToResult("The export is not valid.");
        var entries = await store.QueryAsync(query with { Limit = MaxExport }, ct);
        var name = "Timeline of diplomatic events" + (query.Description is null ? "" : $" {query.Description}");
        return chosen switch
        {
            "csv" => TypedResults.Text(TimelineExports.Csv(entries, language), "text/csv; charset=utf-8"),
            "ics" => TypedResults.Text(TimelineExports.ICalendar(entries, name, language), "text/calendar; charset=utf-8"),
            "timelinejs" => TypedResults.Text(TimelineExports.TimelineJs(entries, name, language), "application/json; charset=utf-8"),
            _ => TypedResults.Ok(entries.Select(e => TimelineEntryView.From(e, includeMentions: true)).ToList()),
        };
    }

    private static async Task<Results<Ok<TimelineEntryView>, ProblemHttpResult>> Get(string id, ITimelineStore store, CancellationToken ct)
    {
        var entry = id.Length > 200 ? null : await store.GetEntryAsync(id, ct);
        return entry is null
            ? TypedResults.Problem($"No timeline entry has the id '{Text.Printable(id)}'.", statusCode: StatusCodes.Status404NotFound, title: "Timeline entry not found.")
            : TypedResults.Ok(TimelineEntryView.From(entry, includeMentions: true));
    }

    private static async Task<IResult> Stream([AsParameters] TimelineFilter filter, FilterReader reader, TimelineChangeFeed feed, CancellationToken ct)
    {
        var (query, problems) = await reader.ReadAsync(filter, null, ct);
        if (problems.Any)
            return problems.ToResult("The stream's filter is not valid.");
        return new ServerSentEventStream(feed, query);
    }

    /// <summary>
    /// Subscribes first, then sends the headers at once (so a client knows it is listening), then each matching
    /// change as an event named "timeline-entry", and a comment every 15 seconds to keep proxies from closing it.
    /// </summary>
    private sealed class ServerSentEventStream(TimelineChangeFeed feed, TimelineQuery query) : IResult
    {
        private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

        public async Task ExecuteAsync(HttpContext context)
        {
            var ct = context.RequestAborted;
            using var subscription = feed.Subscribe();
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
            await context.Response.WriteAsync(": subscribed\n\n", ct);
            await context.Response.Body.FlushAsync(ct);
            var json = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    wait.CancelAfter(KeepAlive);
                    bool ready;
                    try
                    {
                        ready = await subscription.Reader.WaitToReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                    {
                        await context.Response.WriteAsync(": keep-alive\n\n", ct);
                        await context.Response.Body.FlushAsync(ct);
                        continue;
                    }
                    if (!ready)
                        return;
                    while (subscription.Reader.TryRead(out var change))
                    {
                        if (!query.Matches(change.Entry))
                            continue;
                        var data = System.Text.Json.JsonSerializer.Serialize(change.Message, json);
                        await context.Response.WriteAsync($"id: {change.Message.EntryId}@{change.Message.Version}\nevent: timeline-entry\ndata: {data}\n\n", ct);
                    }
                    await context.Response.Body.FlushAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The client went away.
            }
        }
    }
}
