using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>
/// What every resolver of one text shares: the text, its language, its document date and mode, the anchors read so
/// far, the tense of each clause, and how an expression is written down with its provenance.
/// </summary>
internal sealed partial class ResolutionContext
{
    private readonly TenseDetector tense;
    private TenseDetector.CueCache? cues;
    private string? documentDateName;

    public ResolutionContext(TextDocument document, LanguageProfile profile, DateOnly? dct, TaggerMode mode, ItemDates? items = null)
    {
        Document = document;
        Profile = profile;
        Dct = dct;
        Mode = mode;
        Items = items;
        tense = TenseDetector.For(profile);
        Anchors = new AnchorTracker(this);
    }

    public TextDocument Document { get; }
    public LanguageProfile Profile { get; }
    public DateOnly? Dct { get; }
    public TaggerMode Mode { get; }
    public AnchorTracker Anchors { get; }

    /// <summary>How provenance names the document date, made once per text.</summary>
    public string DocumentDateName => documentDateName ??= Named(Dct!.Value, "document date");

    /// <summary>
    /// Whether the text writes a date in figures with the day first that cannot be read month first ("19/08/2014"): then
    /// its other such dates put the day first too ("12/08/2014" is 12 August).
    /// </summary>
    public bool SlashesPutDayFirst => slashesPutDayFirst ??= DayFirstSlashDate().IsMatch(Document.Text);

    private bool? slashesPutDayFirst;

    [GeneratedRegex(@"\b(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstSlashDate();

    /// <summary>The dates of the items of a page that lists several, when one differs from the document date.</summary>
    public ItemDates? Items { get; }

    /// <summary>The day "today" means at an offset: the date of its item on a page of dated items, else the document date.</summary>
    public DateOnly? Today(int offset) => Items?.At(offset) ?? Dct;

    /// <summary>How provenance names <see cref="Today(int)"/>.</summary>
    public string TodayName(int offset) => Items?.At(offset) is { } item && item != Dct ? Named(item, "date line of its item") : DocumentDateName;

    public static string Named(DateOnly d, string what) => $"{what} {Calendar.Day(d)}";

    /// <summary>
    /// "Donnerstag (21.6.)", "Dienstag, 19.6.", "Donnerstagmorgen (09.12.)": the day and month written in figures right after
    /// a weekday, in the year around the anchor's in which they fall on that weekday.
    /// </summary>
    public DateOnly? DateBesideWeekday(int weekdayEnd, int isoDay, DateOnly anchor)
    {
        var match = FiguresAfterWeekday().Match(Document.Text, weekdayEnd);
        if (!match.Success)
            return null;
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        return YearOfWeekday(day, month, isoDay, anchor);
    }

    /// <summary>The weekday written right before a day and month in figures ("Donnerstag (21.6.)", "Dienstag, 19.6."), if any.</summary>
    public int? WeekdayBefore(int dateStart)
    {
        var text = Document.Text;
        var i = dateStart - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        if (i < 0 || text[i] is not ('(' or ','))
            return null;
        i--;
        while (i >= 0 && text[i] == ' ')
            i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
            i--;
        var word = Key(text[(i + 1)..end]);
        // "Donnerstagmorgen": a weekday with a part of the day joined to it.
        foreach (var (name, iso) in Profile.Weekdays)
        {
            if (word.StartsWith(name, StringComparison.Ordinal) && (word.Length == name.Length || Profile.DayParts.ContainsKey(word[name.Length..])))
                return iso;
        }
        return null;
    }

    /// <summary>
    /// The year before, of or after the anchor's in which a day of a month falls on a weekday, within half a year of the
    /// anchor: a weekday that fits no such day is a slip of the pen and moves nothing.
    /// </summary>
    public static DateOnly? YearOfWeekday(int day, int month, int isoDay, DateOnly anchor)
    {
        foreach (var year in new[] { anchor.Year, anchor.Year - 1, anchor.Year + 1 })
        {
            if (Calendar.IsValidDay(year, month, day) && new DateOnly(year, month, day) is var date && Calendar.IsoDay(date) == isoDay
                && Math.Abs(date.DayNumber - anchor.DayNumber) <= HalfAYear)
                return date;
        }
        return null;
    }

    private const int HalfAYear = 183;

    [GeneratedRegex(@"\G\s*(?:\(\s*|,\s+)(?<day>[0-3]?\d)\.(?<month>[01]?\d)\.(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FiguresAfterWeekday();

    /// <summary>A matched phrase as the language's word lists key it.</summary>
    public static string Key(string phrase) => LanguageProfile.Normalize(phrase);

    public int SentenceIndex(int offset) => Document.SentenceIndex(offset);

    public Timex Make(Candidate c, string type, string value, Granularity granularity, DateOnly? from, DateOnly? to,
        string? anchor, Direction direction, string reason, int? start = null, int? end = null, string? mod = null)
    {
        var s = start ?? c.Start;
        var e = end ?? c.End;
        return new Timex(s, e, Document.Original[s..e], type, value, granularity, from, to,
            new Provenance(c.Rule.Name, anchor, direction, reason), mod ?? Mod(c));
    }

    private string? Mod(Candidate c) => c.Group("part") is { } part && Profile.Parts.TryGetValue(Key(part), out var mod) ? mod : null;

    /// <summary>The direction the clause's tense gives an expression, and the cue that decided it; none in narrative mode.</summary>
    public (Direction Direction, string Why) DirectionFor(Candidate c)
    {
        if (Mode == TaggerMode.Narrative)
            return (Direction.None, "narrative mode: nearest to the anchor");
        var sentence = Document.SentenceAt(c.Start);
        if (sentence is null)
            return (Direction.None, "outside any sentence");
        return tense.DirectionAt(Document.Text, sentence, c.Start, c.End - c.Start, cues ??= new());
    }

    /// <summary>Whether the clause's tense points away from <paramref name="side"/> of the document date.</summary>
    public bool PointsAway(Candidate c, Direction side) => DirectionFor(c).Direction is var d
        && ((side == Direction.Past && d == Direction.Future) || (side == Direction.Future && d == Direction.Past));

    /// <summary>A year as written: four digits, or two digits put in the century that brings it nearest the anchor.</summary>
    public int FullYear(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length != 2)
            return year;
        var reference = (Anchors.LastMentioned?.Date ?? Dct)?.Year ?? 2000;
        var candidates = new[] { reference / 100 - 1, reference / 100, reference / 100 + 1 }.Select(century => century * 100 + year);
        return candidates.OrderBy(y => Math.Abs(y - reference)).First();
    }

    /// <summary>The UTC offset of a time zone written after a clock time, or nothing.</summary>
    public string Zone(Candidate c) => c.Group("zone") is { } z && Profile.Zones.TryGetValue(Key(z), out var offset) ? offset : "";

    public Timex MonthOf(Candidate c, int year, int month, string? anchor, Direction direction, string why) =>
        Make(c, "DATE", Calendar.Month(year, month), Granularity.Month, new DateOnly(year, month, 1), Calendar.MonthEnd(year, month), anchor, direction, why);

    /// <summary>The year of a date joined right after this one ("Juni und Juli 1944", "Mai/Juni 1940"), if any.</summary>
    public int? YearOfCoordinatedDate(Candidate c)
    {
        var match = Profile.CoordinatedYear.Match(Document.Text, c.End);
        return match.Success && match.Index == c.End ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A whole number written in figures or words, or null ("X" for an unnamed quantity and fractions count no calendar steps).</summary>
    public int? Amount(string? word)
    {
        if (word is null)
            return null;
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return n;
        return Profile.Numbers.TryGetValue(Key(word), out var v) && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : null;
    }

    /// <summary>The calendar unit the candidate's "unit" group names ("D", "W", "M", "Y", "DE", "H", "MIN", "WE"), or null.</summary>
    public string? Unit(Candidate c) => c.Group("unit") is { } unit && Profile.Units.TryGetValue(Key(unit), out var code) ? code : null;

    /// <summary>A part of the day given as a TIMEX3 code, if the candidate names one the language knows.</summary>
    public string? DayPart(Candidate c, string group = "daypart") =>
        c.Group(group) is { } part && Profile.DayParts.TryGetValue(Key(part), out var code) ? code : null;

    /// <summary>A day made a part of that day: "2022-01-11" becomes "2022-01-11TEV".</summary>
    public static Timex WithDayPart(Timex day, DateOnly date, string code) =>
        day with { Type = "TIME", Value = $"{Calendar.Day(date)}T{code}", Granularity = Granularity.Time };
}
