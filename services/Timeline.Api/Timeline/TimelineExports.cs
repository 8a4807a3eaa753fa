using System.Globalization;
using System.Text;
using System.Text.Json;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>The filtered timeline in the formats people take it away in: JSON, CSV, iCalendar and TimelineJS.</summary>
public static class TimelineExports
{
    public static readonly string[] CsvColumns =
    [
        "id", "date", "granularity", "date_start", "date_end", "type", "mode", "status", "title", "place", "country", "geonames_id",
        "latitude", "longitude", "participants", "article_count", "source_count", "confidence", "languages", "possible_duplicates",
    ];

    /// <summary>An entry's title in a language, English where it has none in that language.</summary>
    public static string TitleIn(TimelineEntry e, string language) => e.Titles.GetValueOrDefault(language) ?? e.Title;

    private static string? NameIn(PlaceRef? place, string language) => place is null ? null : place.Names?.GetValueOrDefault(language) ?? place.Name;

    private static string NameIn(ParticipantRef party, string language) => party.Names?.GetValueOrDefault(language) ?? party.Name;

    /// <summary>RFC 4180 CSV with a header row; dates are ISO calendar dates; titles and names in the language asked for.</summary>
    public static string Csv(IEnumerable<TimelineEntry> entries, string language)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', CsvColumns)).Append("\r\n");
        foreach (var e in entries)
        {
            string?[] cells =
            [
                e.Id, e.Date.Value, e.Date.Granularity, Day(e.Date.Start), Day(e.Date.End), e.Type, e.Mode, e.Status, TitleIn(e, language),
                NameIn(e.Place, language), e.Place?.CountryCode, e.Place?.GeonamesId?.ToString(CultureInfo.InvariantCulture),
                e.Place?.Latitude?.ToString(CultureInfo.InvariantCulture), e.Place?.Longitude?.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", e.Participants.Select(p => NameIn(p, language))), e.ArticleCount.ToString(CultureInfo.InvariantCulture),
                e.SourceCount.ToString(CultureInfo.InvariantCulture), e.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                string.Join("; ", e.Languages), string.Join("; ", e.PossibleDuplicates),
            ];
            csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
            return "";
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// An iCalendar feed: every entry an all-day event over the days its date covers (a day is one day; a month
    /// spans the month), so no time zone can move it. Cancelled entries are marked cancelled.
    /// </summary>
    public static string ICalendar(IEnumerable<TimelineEntry> entries, string calendarName, string language)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Timeline//Diplomatic events//EN" };
        calendar.AddProperty("X-WR-CALNAME", CalendarText(calendarName));
        var words = ExportTexts.For(language);
        foreach (var e in entries)
        {
            var item = new CalendarEvent
            {
                Uid = $"{e.Id}@timeline",
                Summary = e.Date.Granularity == Granularities.Day ? TitleIn(e, language) : $"{TitleIn(e, language)} ({words.Date(e.Date)})",
                // A calendar takes a changed event only when its sequence grows; an entry's version grows with every change
                // (it is 1 when the entry is created, and a calendar's count starts at 0).
                Sequence = Math.Max(0, e.Version - 1),
                DtStart = new CalDateTime(e.Date.Start),
                DtEnd = new CalDateTime(e.Date.End.AddDays(1)),
                Location = e.Place is { } p ? $"{NameIn(p, language)}, {p.CountryCode}" : null,
                Description = Description(e, language, words),
                Status = e.Status == EventStatuses.Cancelled ? EventStatus.Cancelled : e.Status == EventStatuses.Scheduled ? EventStatus.Tentative : EventStatus.Confirmed,
                Categories = [e.Type],
            };
            if (e.Place is { Latitude: { } lat, Longitude: { } lon })
                item.GeographicLocation = new GeographicLocation(lat, lon);
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// A name fit for a calendar property whose text the library writes as it is: letters, digits, spaces and a few
    /// marks; anything else (control characters, the delimiters ; , : and quotes) becomes a space.
    /// </summary>
    public static string CalendarText(string text) =>
        string.Join(' ', new string(text.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '.' or '(' or ')' ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Description(TimelineEntry e, string language, ExportTexts words)
    {
        var text = new StringBuilder();
        text.Append(words.Type(e.Type)).Append(e.Mode is null ? "" : " (" + words.Mode(e.Mode) + ")").Append(", ").Append(words.Status(e.Status)).Append(". ");
        text.Append(words.Say("calendarParticipants", ("list", string.Join(", ", e.Participants.Select(p => NameIn(p, language)))))).Append('\n');
        text.Append(words.Say("calendarReported", ("articles", words.Count(e.ArticleCount, "article", "articles")),
            ("sources", words.Count(e.SourceCount, "source", "sources")), ("value", e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)))).Append('\n');
        foreach (var m in e.Mentions.Take(5))
        {
            var source = m.SourceKey == Mention.UnknownSource && m.Article.Source is null ? words.Say("unknownSource") : m.Article.Source ?? m.SourceKey;
            text.Append('\n').Append(source).Append(" (").Append(m.Article.PublishedAt is { } day ? words.Day(day) : words.Say("undated")).Append("): ").Append(m.Evidence.Sentence);
        }
        return text.ToString();
    }

    /// <summary>The JSON that TimelineJS reads: one slide per entry, grouped by event type.</summary>
    public static string TimelineJs(IEnumerable<TimelineEntry> entries, string title, string language)
    {
        var words = ExportTexts.For(language);
        var events = entries.Select(e => new Dictionary<string, object?>
        {
            ["unique_id"] = e.Id,
            ["start_date"] = Parts(e.Date.Start, e.Date.Granularity),
            ["end_date"] = e.Date.Granularity == Granularities.Day ? null : Parts(e.Date.End, e.Date.Granularity),
            ["text"] = new
            {
                headline = TitleIn(e, language),
                text = $"<p>{Html(NameIn(e.Place, language) ?? "")} · {Html(string.Join(", ", e.Participants.Select(p => NameIn(p, language))))} · {Html(words.Status(e.Status))}</p>" +
                       string.Concat(e.Mentions.Take(3).Select(m => $"<blockquote>{Html(m.Evidence.Sentence)}</blockquote>")),
            },
            ["group"] = e.Type,
        }.Where(kv => kv.Value is not null).ToDictionary());
        return JsonSerializer.Serialize(new { title = new { text = new { headline = title } }, events }, JsonSerializerOptions.Web);
    }

    private static Dictionary<string, string> Parts(DateOnly d, string granularity)
    {
        var parts = new Dictionary<string, string> { ["year"] = d.Year.ToString(CultureInfo.InvariantCulture) };
        if (granularity is Granularities.Day or Granularities.Time or Granularities.Week or Granularities.Month or Granularities.Season)
            parts["month"] = d.Month.ToString(CultureInfo.InvariantCulture);
        if (granularity is Granularities.Day or Granularities.Time or Granularities.Week)
            parts["day"] = d.Day.ToString(CultureInfo.InvariantCulture);
        return parts;
    }

    private static string Html(string s) => System.Net.WebUtility.HtmlEncode(s);
}
