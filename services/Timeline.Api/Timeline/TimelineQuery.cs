using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Timeline.Api.Timeline;

/// <summary>A filtered, ordered page of the timeline. Every filter is optional; all given filters must hold.</summary>
public sealed record TimelineQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Place { get; init; }
    public string? Country { get; init; }
    public string? Actor { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public string? Text { get; init; }
    public int? MinSources { get; init; }
    public string? Language { get; init; }
    public bool Descending { get; init; }
    public int Limit { get; init; } = 100;
    public TimelineCursor? After { get; init; }

    public string? PlaceId => Place?.Trim().ToLowerInvariant().Replace(' ', '-');
    public string? CountryCode => Country?.Trim().ToUpperInvariant();
    public string? TypeCode => Type?.Trim().ToUpperInvariant();
    public string? StatusCode => Status?.Trim().ToLowerInvariant();
    public string? TextLower => string.IsNullOrWhiteSpace(Text) ? null : Text.Trim().ToLowerInvariant();

    /// <summary>Actor ids are upper case for countries and organisations, lower case for people: try what was given and both.</summary>
    public IReadOnlyList<string> ActorIds => Actor is null ? [] : new[] { Actor.Trim(), Actor.Trim().ToUpperInvariant(), Actor.Trim().ToLowerInvariant() }.Distinct().ToList();

    /// <summary>The same test the stores run as a query, for in-memory filtering and the live stream.</summary>
    public bool Matches(TimelineEntry e) =>
        (From is null || e.Date.End >= From)
        && (To is null || e.Date.Start <= To)
        && (PlaceId is null || e.Place?.Id == PlaceId)
        && (CountryCode is null || e.Place?.CountryCode == CountryCode)
        && (Actor is null || e.ActorIds.Any(ActorIds.Contains))
        && (TypeCode is null || e.Type == TypeCode)
        && (StatusCode is null || e.Status == StatusCode)
        && (TextLower is null || e.SearchText.Contains(TextLower, StringComparison.Ordinal))
        && (MinSources is null || e.SourceCount >= MinSources)
        && (Language is null || e.Languages.Contains(Language));

    public bool IsAfterCursor(TimelineEntry e) => After is not { } c
        || (Descending
            ? e.Date.Start < c.Start || (e.Date.Start == c.Start && string.CompareOrdinal(e.Id, c.Id) < 0)
            : e.Date.Start > c.Start || (e.Date.Start == c.Start && string.CompareOrdinal(e.Id, c.Id) > 0));
}

/// <summary>Where a page ended: the last entry's date and id (ids break ties, so paging is stable).</summary>
public sealed record TimelineCursor(DateOnly Start, string Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Start:yyyy-MM-dd}|{Id}"));

    public static TimelineCursor? TryDecode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var bar = text.IndexOf('|');
            return bar == 10 && DateOnly.TryParseExact(text[..bar], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                ? new TimelineCursor(start, text[(bar + 1)..])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
