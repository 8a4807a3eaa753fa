using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Timeline.Api.Timeline;

/// <summary>
/// A filtered, ordered page of the timeline, its filters resolved to what entries store (place ids, country codes,
/// actor ids, folded words): every filter is optional; all given filters must hold.
/// </summary>
public sealed record TimelineQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Entries at any of these places (a name can stand for several).</summary>
    public IReadOnlyList<string>? PlaceIds { get; init; }
    public IReadOnlyList<string>? CountryCodes { get; init; }

    /// <summary>Entries with any of these participants, or people acting for them.</summary>
    public IReadOnlyList<string>? ActorIds { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }

    /// <summary>Folded words (see <see cref="SearchText"/>): each must begin a word of an entry's search text.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
    public int? MinSources { get; init; }
    public string? Language { get; init; }
    public bool Descending { get; init; }
    public int Limit { get; init; } = 100;
    public TimelineCursor? After { get; init; }

    /// <summary>A name for what the query selects, for calendars and files: "in Vienna".</summary>
    public string? Description { get; init; }

    /// <summary>The same test the stores run as a query, for in-memory filtering and the live stream.</summary>
    public bool Matches(TimelineEntry e) =>
        (From is null || e.Date.End >= From)
        && (To is null || e.Date.Start <= To)
        && (PlaceIds is null || (e.Place is not null && PlaceIds.Contains(e.Place.Id)))
        && (CountryCodes is null || (e.Place is not null && CountryCodes.Contains(e.Place.CountryCode)))
        && (ActorIds is null || e.ActorIds.Any(ActorIds.Contains))
        && (Type is null || e.Type == Type)
        && (Status is null || e.Status == Status)
        && Words.All(w => SearchText.HasWordStartingWith(e.SearchText, w))
        && (MinSources is null || e.SourceCount >= MinSources)
        && (Language is null || e.Languages.Contains(Language));

    public bool IsAfterCursor(TimelineEntry e) => After is not { } c
        || (Descending
            ? e.Date.Start < c.Start || (e.Date.Start == c.Start && string.CompareOrdinal(e.Id, c.Id) < 0)
            : e.Date.Start > c.Start || (e.Date.Start == c.Start && string.CompareOrdinal(e.Id, c.Id) > 0));
}

/// <summary>What the text filter searches: text folded as the gazetteer folds names (lower case, no diacritics, "ß" as "ss").</summary>
public static class SearchText
{
    public static string Fold(IEnumerable<string?> parts) =>
        Extraction.Gazetteer.Gazetteer.Key(string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    public static IReadOnlyList<string> Words(string query) => Fold([query]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    /// <summary>
    /// Whether a word of the text begins with the given one: "gipfel" finds "Gipfeltreffen" and "rat" the
    /// "NATO-Russland-Rat" (hyphens fold to spaces), but "rat" does not find "Organization".
    /// </summary>
    public static bool HasWordStartingWith(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == ' ')
                return true;
        }
        return false;
    }

    /// <summary>The same test as a regular expression, for the database.</summary>
    public static string WordStartPattern(string word) => "(^| )" + System.Text.RegularExpressions.Regex.Escape(word);
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
