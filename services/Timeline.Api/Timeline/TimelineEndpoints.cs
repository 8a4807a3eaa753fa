using System.Globalization;
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
                "day dates are all-day events, coarser dates span their days.")
            .Produces<IReadOnlyList<TimelineEntryView>>(contentType: "application/json")
            .Produces<string>(contentType: "text/csv")
            .Produces<string>(contentType: "text/calendar")
            .ProducesValidationProblem();

        app.MapGet("/api/timeline/calendar.ics", (ITimelineStore store, string? from, string? to, string? place, string? country, string? actor,
                string? type, string? status, string? q, int? minSources, string? language, CancellationToken ct) =>
                Export("ics", store, from, to, place, country, actor, type, status, q, minSources, language, ct))
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
            app.MapGet(route, async (ITimelineStore store, string? from, string? to, string? place, string? country, string? actor,
                    string? type, string? status, string? q, int? minSources, string? language, CancellationToken ct) =>
                {
                    var (query, errors) = Parse(from, to, place, country, actor, type, status, q, minSources, language, null, null, null);
                    if (errors.Count > 0)
                        return (IResult)TypedResults.ValidationProblem(errors, title: "The filter is not valid.");
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

    /// <param name="store">The timeline store.</param>
    /// <param name="from">First day of interest (YYYY-MM-DD).</param>
    /// <param name="to">Last day of interest (YYYY-MM-DD).</param>
    /// <param name="place">A place id or English name ("geneva", "The Hague").</param>
    /// <param name="country">ISO 3166 code of the place's country ("CH").</param>
    /// <param name="actor">A participant id: "RU", "NATO", "jens-stoltenberg".</param>
    /// <param name="type">Event type: CONSULT, AGREE, REQUEST, REJECT, REDUCE_RELATIONS, MOBILIZE, SANCTION, STATEMENT.</param>
    /// <param name="status">occurred, scheduled, cancelled or postponed.</param>
    /// <param name="q">Text to find in titles, places, participants and evidence.</param>
    /// <param name="minSources">Only entries reported by at least this many distinct sources.</param>
    /// <param name="language">Only entries with a mention in this language ("de", "en").</param>
    /// <param name="sort">"asc" (default) or "desc" by date.</param>
    /// <param name="limit">Entries per page, 1 to 500 (default 100).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="includeMentions">Include each entry's mentions.</param>
    /// <param name="ct">Cancellation.</param>
    private static async Task<IResult> List(ITimelineStore store, string? from, string? to, string? place, string? country, string? actor,
        string? type, string? status, string? q, int? minSources, string? language, string? sort, int? limit, string? cursor,
        bool? includeMentions, CancellationToken ct)
    {
        var (query, errors) = Parse(from, to, place, country, actor, type, status, q, minSources, language, sort, limit, cursor);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The timeline query is not valid.");
        var page = await store.QueryAsync(query, ct);
        var next = page.Count == query.Limit ? new TimelineCursor(page[^1].Date.Start, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new TimelinePage(page.Select(e => TimelineEntryView.From(e, includeMentions == true)).ToList(), next));
    }

    public const int MaxExport = 10_000;

    private static async Task<IResult> Export(string format, ITimelineStore store, string? from, string? to, string? place, string? country,
        string? actor, string? type, string? status, string? q, int? minSources, string? language, CancellationToken ct)
    {
        var (query, errors) = Parse(from, to, place, country, actor, type, status, q, minSources, language, null, null, null);
        if (format is not ("json" or "csv" or "ics" or "timelinejs"))
            errors["format"] = [$"'{Text.Printable(format)}' is not an export format; use json, csv, ics or timelinejs."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The export is not valid.");
        var entries = await store.QueryAsync(query with { Limit = MaxExport }, ct);
        var name = "Timeline of diplomatic events" + (query.Place is null ? "" : $" in {query.Place}");
        return format switch
        {
            "csv" => TypedResults.Text(TimelineExports.Csv(entries), "text/csv; charset=utf-8"),
            "ics" => TypedResults.Text(TimelineExports.ICalendar(entries, name), "text/calendar; charset=utf-8"),
            "timelinejs" => TypedResults.Text(TimelineExports.TimelineJs(entries, name), "application/json; charset=utf-8"),
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

    private static IResult Stream(TimelineChangeFeed feed, string? from, string? to, string? place, string? country, string? actor,
        string? type, string? status, string? q, int? minSources, string? language)
    {
        var (query, errors) = Parse(from, to, place, country, actor, type, status, q, minSources, language, null, null, null);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The stream's filter is not valid.");
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

    internal static (TimelineQuery Query, Dictionary<string, string[]> Errors) Parse(string? from, string? to, string? place, string? country,
        string? actor, string? type, string? status, string? q, int? minSources, string? language, string? sort, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>();
        Cap(errors, "q", q, MaxText);
        foreach (var (name, value) in new[] { ("place", place), ("country", country), ("actor", actor), ("type", type), ("status", status), ("language", language), ("sort", sort) })
            Cap(errors, name, value, MaxName);
        Cap(errors, "cursor", cursor, MaxCursor);
        Cap(errors, "from", from, MaxName);
        Cap(errors, "to", to, MaxName);
        if (errors.Count > 0)
            return (new TimelineQuery(), errors);
        var fromDate = Date(from, "from", errors);
        var toDate = Date(to, "to", errors);
        if (fromDate > toDate)
            errors["to"] = [$"'to' ({to}) comes before 'from' ({from})."];
        if (limit is < 1 or > 500)
            errors["limit"] = ["Use a limit from 1 to 500."];
        if (minSources is < 1)
            errors["minSources"] = ["minSources counts sources: use 1 or more."];
        if (sort is not null and not "asc" and not "desc")
            errors["sort"] = [$"'{Text.Printable(sort)}' is not a sort order; use 'asc' or 'desc'."];
        if (status is not null && status.ToLowerInvariant() is not ("occurred" or "scheduled" or "cancelled" or "postponed"))
            errors["status"] = [$"'{Text.Printable(status)}' is not a status; use occurred, scheduled, cancelled or postponed."];
        TimelineCursor? after = null;
        if (cursor is not null && (after = TimelineCursor.TryDecode(cursor)) is null)
            errors["cursor"] = ["The cursor is not one this API gave out; start again without it."];
        var query = new TimelineQuery
        {
            From = fromDate,
            To = toDate,
            Place = Blank(place),
            Country = Blank(country),
            Actor = Blank(actor),
            Type = Blank(type),
            Status = Blank(status),
            Text = Blank(q),
            MinSources = minSources,
            Language = Blank(language)?.ToLowerInvariant(),
            Descending = sort == "desc",
            Limit = limit ?? 100,
            After = after,
        };
        return (query, errors);
    }

    /// <summary>Longest text filter: a search of a few words, not a document (a long one costs a scan per character).</summary>
    public const int MaxText = 200;

    /// <summary>Longest name filter (place, actor, type and the like).</summary>
    public const int MaxName = 100;

    public const int MaxCursor = 400;

    private static void Cap(Dictionary<string, string[]> errors, string name, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
            errors[name] = [$"'{name}' has {length:N0} characters; at most {max} are taken."];
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateOnly? Date(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        errors[name] = [$"'{Text.Printable(value)}' is not a date; use YYYY-MM-DD."];
        return null;
    }
}
