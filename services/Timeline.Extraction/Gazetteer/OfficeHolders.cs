using System.Globalization;

namespace Timeline.Extraction.Gazetteer;

/// <summary>
/// Years in office, both ends included. <see cref="To"/> is null where the people table knows no end. A year counts
/// whole: someone who took or left office in it was in office that year.
/// </summary>
public readonly record struct TermOfOffice(int From, int? To)
{
    public bool Includes(int year) => year >= From && (To is null || year <= To);

    /// <summary>How many years lie between this term and <paramref name="year"/>; 0 within it.</summary>
    public int YearsFrom(int year) => year < From ? From - year : To is { } to && year > to ? year - to : 0;

    /// <summary>The last year in office; an open term counts as lasting.</summary>
    public int LastYear => To ?? int.MaxValue;

    /// <summary>Reads the years column of people.tsv: "2005-2010, 2012-2014", "2024", "2017-".</summary>
    public static IReadOnlyList<TermOfOffice> ParseList(string text)
    {
        var terms = new List<TermOfOffice>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-');
            var from = Year(dash < 0 ? part : part[..dash], text);
            int? to = dash < 0 ? from : part[(dash + 1)..].Trim() is { Length: > 0 } end ? Year(end, text) : null;
            if (to < from)
                throw new FormatException($"years '{text}': {part} ends before it begins.");
            if (terms.Count > 0 && (terms[^1].To is not { } previous || from < previous))
                throw new FormatException($"years '{text}': {part} does not follow the term before it.");
            terms.Add(new TermOfOffice(from, to));
        }
        return terms;
    }

    private static int Year(string s, string text) =>
        int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year
            : throw new FormatException($"years '{text}': '{s.Trim()}' is not a year.");
}

/// <summary>
/// Which office holder a name means at a date. A name of several words ("George W. Bush", "Kim Jong-un") always names
/// its person: the row in office that year, else the office nearest in time. A name of one word ("Bush", "Kim",
/// "Medwedew") is ambiguous across the years: it names someone only in a year they held office, and only when the
/// people in office that year under that name are one person. Without a date, a name that belongs to one person names
/// that person's main office; a name of several words shared by several people names the one in office last; a name of
/// one word shared by several people names nobody.
/// </summary>
internal static class OfficeHolders
{
    /// <summary>One word as <see cref="Gazetteer.Key"/> folds it: "Putin", "Sa'ar"; not "Dlamini-Zuma" nor "Van Rompuy".</summary>
    public static bool IsOneWord(string name) => !Gazetteer.Key(name).Contains(' ');

    /// <param name="candidates">The rows a name may mean, in the order of the people table.</param>
    /// <param name="oneWord">Whether the name is one word (<see cref="IsOneWord"/>).</param>
    /// <param name="year">The year of the document, if known.</param>
    public static Actor? Resolve(IReadOnlyList<Actor> candidates, bool oneWord, int? year)
    {
        if (candidates.Count == 0)
            return null;
        if (year is not { } y)
        {
            if (OnePerson(candidates))
                return MainRow(candidates, candidates[0].PersonId);
            return oneWord ? null : MainRow(candidates, candidates.MaxBy(c => c.Terms[^1].LastYear)!.PersonId);
        }
        // Index loops: this runs for every office holder's name found in a text, and an enumerator over the
        // interface would be allocated each time.
        Actor? serving = null;
        var severalPeople = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!c.InOffice(y))
                continue;
            severalPeople |= serving is not null && serving.PersonId != c.PersonId;
            serving ??= c;
        }
        if (serving is not null)
            return severalPeople && oneWord ? null : MainRow(candidates, serving.PersonId, y);
        return oneWord ? null : Nearest(candidates, y);
    }

    /// <summary>Out of office: the office nearest in time to <paramref name="year"/>, and between two equally near, the later one.</summary>
    private static Actor Nearest(IReadOnlyList<Actor> candidates, int year)
    {
        Actor? nearest = null;
        var (bestDistance, bestLast) = (int.MaxValue, int.MinValue);
        for (var i = 0; i < candidates.Count; i++)
        {
            var terms = candidates[i].Terms;
            var distance = int.MaxValue;
            for (var t = 0; t < terms.Count; t++)
                distance = Math.Min(distance, terms[t].YearsFrom(year));
            var last = terms[^1].LastYear;
            if (distance < bestDistance || (distance == bestDistance && last > bestLast))
                (nearest, bestDistance, bestLast) = (candidates[i], distance, last);
        }
        return nearest!;
    }

    private static bool OnePerson(IReadOnlyList<Actor> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].PersonId != rows[0].PersonId)
                return false;
        }
        return true;
    }

    /// <summary>
    /// Of one person's rows, the one with the plain id (the office the person is best known for) if it qualifies, else
    /// the first that does: in office in <paramref name="year"/> where a year is given, any row where none is.
    /// </summary>
    private static Actor? MainRow(IReadOnlyList<Actor> rows, string? personId, int? year = null)
    {
        Actor? first = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.PersonId != personId || (year is { } y && !r.InOffice(y)))
                continue;
            if (r.Id == personId)
                return r;
            first ??= r;
        }
        return first;
    }
}
