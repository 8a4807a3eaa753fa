using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Gazetteer;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Events.Reading;

/// <summary>
/// The publication date of a copy that lost its date line, read from what the text still says: "returns tomorrow
/// (Thursday 14 September)" names the day after the release and its weekday but not its year, and the office holders it
/// names ("The Foreign Secretary, Boris Johnson", "Secretary of State Rex Tillerson") were in office together in a few
/// years only. When the weekday falls on that day in exactly one of those years, the day before is the publication date.
/// </summary>
public static partial class DateFromOfficeHolders
{
    /// <summary>The publication date so inferred, or null where the text does not pin one down.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="dates">What the tagger read in it; nothing is inferred when it found a publication date.</param>
    /// <param name="profile">The article's language.</param>
    /// <param name="gazetteer">The office holders to look up; <see cref="Gazetteer.Gazetteer.Default"/> when null, loaded only
    /// if the text names a day with its weekday beside a word for today, tomorrow or yesterday.</param>
    public static DocumentDate? Infer(string text, TaggerResult dates, LanguageProfile profile, Gazetteer.Gazetteer? gazetteer = null)
    {
        if (dates.DocumentDate is not null)
            return null;
        var timexes = dates.Timexes;
        for (var i = 1; i < timexes.Count; i++)
        {
            var day = timexes[i];
            if (YearlessDay().Match(day.Value) is not { Success: true } m || WeekdayIn(day.Text, profile) is not { } weekday)
                continue;
            var word = timexes[i - 1];
            if (!Adjacent(text, word, day) || OffsetOf(word.Text, profile) is not { } offset)
                continue;
            var (years, people) = YearsInOffice(text, gazetteer ?? Gazetteer.Gazetteer.Default);
            if (people.Count == 0)
                return null;
            var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
            var dayOfMonth = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var fits = years
                .Where(y => dayOfMonth <= DateTime.DaysInMonth(y, month) && (int)new DateOnly(y, month, dayOfMonth).DayOfWeek == weekday % 7)
                .ToList();
            if (fits.Count != 1)
                return null;
            var published = new DateOnly(fits[0], month, dayOfMonth).AddDays(-offset);
            return new DocumentDate(published, false,
                $"inferred from '{word.Text}' and '{day.Text}': that weekday falls on that day in {fits[0]} only, of the years in which {string.Join(", ", people)} held office together");
        }
        return null;
    }

    /// <summary>"tomorrow (Thursday 14 September)", "heute, Donnerstag, 9. Dezember": a day word, then the day it names.</summary>
    private static bool Adjacent(string text, Timex word, Timex day) =>
        word.End <= day.Start && day.Start - word.End <= 3 && text.AsSpan(word.End, day.Start - word.End).Trim(" ,(".AsSpan()).IsEmpty;

    /// <summary>The days a word for today, tomorrow or yesterday lies after the publication date ("D+1" in dates.txt).</summary>
    private static int? OffsetOf(string word, LanguageProfile profile) =>
        profile.RelativeWords.TryGetValue(word, out var value) && DayOffset().Match(value) is { Success: true } m
            ? int.Parse(m.Groups["offset"].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The ISO weekday (1 = Monday) named in a date's text, if any.</summary>
    private static int? WeekdayIn(string text, LanguageProfile profile)
    {
        foreach (var word in Vocabulary.Tokenizer.Words(text))
        {
            if (profile.Weekdays.TryGetValue(word, out var weekday))
                return weekday;
        }
        return null;
    }

    /// <summary>
    /// The years in which every office holder the text names by full name was in office, in any of their offices, and
    /// their names. A surname alone names nobody here: without a date, it could be any holder of that name.
    /// </summary>
    private static (IReadOnlyList<int> Years, IReadOnlyList<string> People) YearsInOffice(string text, Gazetteer.Gazetteer gazetteer)
    {
        var people = new Dictionary<string, (string Name, List<TermOfOffice> Terms)>(StringComparer.Ordinal);
        foreach (var mention in gazetteer.Find(text, 0, text.Length))
        {
            if (mention.Actor is not { Kind: ActorKind.Person } || !mention.Text.Contains(' ', StringComparison.Ordinal))
                continue;
            var rows = gazetteer.ActorsNamed(mention.Text).Where(a => a is { Kind: ActorKind.Person, Terms.Count: > 0 }).ToList();
            if (rows.Count == 0 || rows.Select(r => r.PersonId ?? r.Id).Distinct(StringComparer.Ordinal).Count() != 1)
                continue;
            people.TryAdd(rows[0].PersonId ?? rows[0].Id, (rows[0].Name, [.. rows.SelectMany(r => r.Terms)]));
        }
        if (people.Count == 0)
            return ([], []);
        var from = people.Values.Max(p => p.Terms.Min(t => t.From));
        var to = Math.Min(DateOnly.MaxValue.Year, people.Values.Min(p => p.Terms.Max(t => t.LastYear)));
        var years = Enumerable.Range(from, Math.Max(0, to - from + 1))
            .Where(y => people.Values.All(p => p.Terms.Any(t => t.Includes(y))))
            .ToList();
        return (years, people.Values.Select(p => p.Name).ToList());
    }

    [GeneratedRegex(@"^XXXX-(?<month>\d\d)-(?<day>\d\d)$")]
    private static partial Regex YearlessDay();

    [GeneratedRegex(@"^D(?<offset>[+-]\d+)$")]
    private static partial Regex DayOffset();
}
