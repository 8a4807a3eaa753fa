using System.Globalization;
using Timeline.Contracts;

namespace Timeline.Services.Tests;

public static class TestEvents
{
    public static ExtractedEvent Consult(string key, string date, string placeId, string placeName, string country, string status = "occurred",
        params string[] parties)
    {
        var (start, end, granularity) = Range(date);
        return new ExtractedEvent
        {
            Key = key,
            Type = "CONSULT",
            Mode = "multilateral",
            Status = status,
            Date = new EventDate(date, granularity, start, end),
            Place = new PlaceRef(placeId, placeName, country, 1, 0, 0),
            Participants = (parties.Length == 0 ? ["NATO", "RU"] : parties).Select(p => new ParticipantRef(p.Length == 2 ? "country" : "organisation", p, p)).ToList(),
            Title = $"Meeting in {placeName}",
            Evidence = new Evidence($"They met in {placeName}.", 0, 10),
            Confidence = 0.8,
        };
    }

    public static (DateOnly Start, DateOnly End, string Granularity) Range(string value)
    {
        if (value.Contains("-W", StringComparison.Ordinal))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(value[..4], CultureInfo.InvariantCulture), int.Parse(value[6..], CultureInfo.InvariantCulture), DayOfWeek.Monday));
            return (monday, monday.AddDays(6), "week");
        }
        if (value.Length == 10)
        {
            var d = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (d, d, "day");
        }
        var first = DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (first, first.AddMonths(1).AddDays(-1), "month");
    }

    public static ArticleEventsExtracted Article(Guid id, string source, DateOnly reportedOn, string version, DateTimeOffset at, params ExtractedEvent[] events) => new()
    {
        ArticleId = id,
        ExtractorVersion = version,
        ExtractedAt = at,
        Article = new ArticleInfo { Source = source, Language = "en", DocumentDate = reportedOn, PublishedAt = reportedOn, DocumentDateSource = "given" },
        Events = events,
    };
}
