using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Contracts;
using Timeline.ServiceDefaults.Security;

namespace Timeline.Api.Timeline;

/// <summary>
/// Reads the filters of a request into a <see cref="TimelineQuery"/>: dates in any of the timeline's own forms, names
/// in any language the gazetteer knows, closed vocabularies through one check, numbers as numbers. Whatever it cannot
/// read it reports by parameter, with what it knows that comes near.
/// </summary>
public sealed partial class FilterReader(Names names, ITimelineStore store)
{
    /// <summary>Longest text filter: a search of a few words, not a document (a long one costs a scan per character).</summary>
    public const int MaxText = 200;

    /// <summary>Longest name filter (place, actor, type and the like).</summary>
    public const int MaxName = 100;

    public const int MaxCursor = 400;

    public static readonly ClosedVocabulary Types = new("type", "an event type", EventTypes.All);
    public static readonly ClosedVocabulary Statuses = new("status", "a status", EventStatuses.All);
    public static readonly ClosedVocabulary MentionLanguages = new("language", "a language of articles", Languages.All);
    public static readonly ClosedVocabulary SortOrders = new("sort", "a sort order", ["asc", "desc"]);
    public static readonly ClosedVocabulary YesNo = new("includeMentions", "true or false", ["true", "false"]);

    public async Task<(TimelineQuery Query, QueryProblems Problems)> ReadAsync(TimelineFilter filter, TimelinePaging? paging, CancellationToken ct)
    {
        var problems = new QueryProblems();
        Cap(problems, "q", filter.Q, MaxText);
        foreach (var (name, values) in new[] { ("place", filter.Place), ("country", filter.Country), ("actor", filter.Actor) })
        {
            foreach (var value in values ?? [])
                Cap(problems, name, value, MaxName);
        }
        foreach (var (name, value) in new[] { ("type", filter.Type), ("status", filter.Status), ("language", filter.Language), ("minSources", filter.MinSources), ("from", filter.From), ("to", filter.To),
                     ("sort", paging?.Sort), ("limit", paging?.Limit), ("includeMentions", paging?.IncludeMentions) })
            Cap(problems, name, value, MaxName);
        Cap(problems, "cursor", paging?.Cursor, MaxCursor);
        if (problems.Any)
            return (new TimelineQuery(), problems);

        var from = Bound(filter.From, "from", end: false, problems);
        var to = Bound(filter.To, "to", end: true, problems);
        if (from > to)
            problems.Add("to", $"'to' ({filter.To}) comes before 'from' ({filter.From}).");
        var minSources = Count(filter.MinSources, "minSources", 1, int.MaxValue, "minSources counts sources: use a whole number of 1 or more", problems);
        var limit = Count(paging?.Limit, "limit", 1, 500, "Use a limit from 1 to 500", problems);
        var sort = SortOrders.Read(paging?.Sort, problems);
        YesNo.Read(paging?.IncludeMentions, problems);
        TimelineCursor? after = null;
        if (!string.IsNullOrWhiteSpace(paging?.Cursor) && (after = TimelineCursor.TryDecode(paging.Cursor)) is null)
            problems.Add("cursor", "The cursor is not one this API gave out; start again without it.");

        var query = new TimelineQuery
        {
            From = from,
            To = to,
            PlaceIds = await ResolveAsync("place", filter.Place, "a place", names.PlaceIds, Slug, names.NearestPlaces, problems, ct),
            CountryCodes = await ResolveAsync("country", filter.Country, "a country", names.CountryCodes, v => v.Trim().ToUpperInvariant(), names.NearestCountries, problems, ct),
            ActorIds = await ResolveAsync("actor", filter.Actor, "a country, organisation or person", names.ActorIds, v => v.Trim(), names.NearestActors, problems, ct),
            Type = Types.Read(filter.Type, problems),
            Status = Statuses.Read(filter.Status, problems),
            Words = string.IsNullOrWhiteSpace(filter.Q) ? [] : SearchText.Words(filter.Q),
            MinSources = minSources,
            Language = MentionLanguages.Read(filter.Language, problems),
            Descending = sort == "desc",
            Limit = limit ?? 100,
            After = after,
            Description = Given(filter.Place) is { Count: > 0 } places ? $"in {string.Join(" or ", places.Select(p => names.PlaceName(p) ?? p.Trim()))}" : null,
        };
        return (query, problems);
    }

    /// <summary>
    /// The ids a name stands for: those the gazetteer gives, and the name as an id itself (entries may hold people
    /// the gazetteer does not list). A name that is neither is a problem, with the nearest names the gazetteer knows.
    /// </summary>
    private async Task<IReadOnlyList<string>?> ResolveAsync(string parameter, string[]? values, string what, Func<string, IReadOnlyList<string>> known,
        Func<string, string> asId, Func<string, IReadOnlyList<string>> nearest, QueryProblems problems, CancellationToken ct)
    {
        // A parameter given more than once matches any of its values; each is read, and each that cannot be is reported.
        var given = Given(values);
        if (given.Count == 0)
            return null;
        var ids = new List<string>();
        foreach (var value in given)
            ids.AddRange(await ResolveOneAsync(parameter, value, what, known, asId, nearest, problems, ct) ?? []);
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> Given(string[]? values) => (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();

    private async Task<IReadOnlyList<string>?> ResolveOneAsync(string parameter, string given, string what, Func<string, IReadOnlyList<string>> known,
        Func<string, string> asId, Func<string, IReadOnlyList<string>> nearest, QueryProblems problems, CancellationToken ct)
    {
        var literal = new[] { given.Trim(), asId(given), Slug(given), given.Trim().ToUpperInvariant() }.Distinct(StringComparer.Ordinal).ToList();
        var ids = known(given);
        if (ids.Count > 0)
            return ids.Concat(literal).Distinct(StringComparer.Ordinal).ToList();
        var probe = parameter switch
        {
            "place" => new TimelineQuery { PlaceIds = literal, Limit = 1 },
            "country" => new TimelineQuery { CountryCodes = literal, Limit = 1 },
            _ => new TimelineQuery { ActorIds = literal, Limit = 1 },
        };
        if ((await store.QueryAsync(probe, ct)).Count > 0)
            return literal;
        var near = nearest(given);
        problems.Add(parameter, $"'{Text.Printable(given)}' is not {what} Timeline knows by any name, in English, German or another language." +
            (near.Count > 0 ? $" Did you mean {string.Join(", ", near)}?" : ""), near);
        return null;
    }

    private static string Slug(string value) => SlugSpaces().Replace(value.Trim().ToLowerInvariant(), "-");

    [GeneratedRegex(@"\s+")]
    private static partial Regex SlugSpaces();

    private static void Cap(QueryProblems problems, string name, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
            problems.Add(name, $"'{name}' has {length:N0} characters; at most {max} are taken.");
    }

    private static int? Count(string? value, string name, int min, int max, string rule, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        problems.Add(name, $"{rule}; '{Text.Printable(value)}' is not.");
        return null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?|-W(?<week>\d{2}))?$")]
    private static partial Regex DateForm();

    /// <summary>
    /// A day, ISO week, month or year, as the timeline writes dates: the first day it covers for 'from', the last for
    /// 'to'. Dates are calendar dates; no time zone applies.
    /// </summary>
    public static DateOnly? Bound(string? value, string name, bool end, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var m = DateForm().Match(value.Trim());
        if (m.Success && ParseRange(m) is { } range)
            return end ? range.Last : range.First;
        problems.Add(name, $"'{Text.Printable(value)}' is not a date; use a day (2022-01-12), a week (2022-W02), a month (2022-01) or a year (2022).");
        return null;
    }

    private static (DateOnly First, DateOnly Last)? ParseRange(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
            return null;
        if (m.Groups["week"].Success)
        {
            var week = int.Parse(m.Groups["week"].Value, CultureInfo.InvariantCulture);
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year) || (year == 1 && week == 1) || (year == 9999 && week == 52))
                return null;
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }
        if (!m.Groups["month"].Success)
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return null;
        if (!m.Groups["day"].Success)
            return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var date = new DateOnly(year, month, day);
        return (date, date);
    }
}
