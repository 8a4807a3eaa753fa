using System.Globalization;

namespace Timeline.Extraction.Dates;

/// <summary>Reads a publication date as submitters and web pages write it.</summary>
public static class PublicationDate
{
    /// <summary>
    /// "2022-01-12", or an ISO 8601 timestamp whose own offset decides the day: 23:30-05:00 is still that evening's
    /// date, not the next day in UTC. Anything else is not a date.
    /// </summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        return value.Contains('T') && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }
}
