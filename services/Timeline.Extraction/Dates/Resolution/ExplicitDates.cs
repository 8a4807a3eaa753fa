using System.Globalization;
using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Dates the text writes out: days with their month (and year), ranges of days, years, year pairs and holidays.</summary>
internal sealed class ExplicitDates(ResolutionContext context)
{
    /// <summary>How many days from the anchor a yearless day in the anchor's year is taken as the near one, whatever the tense.</summary>
    private const int NearDays = 21;

    public Timex? Date(Candidate c)
    {
        var day = int.Parse(c.Group("day")!, CultureInfo.InvariantCulture);
        var month = Month(c);
        // "12/08/2014" on a page that also writes "19/08/2014": the page puts the day first.
        if (MonthBeforeDay(c) && day <= 12 && context.SlashesPutDayFirst)
            (day, month) = (month, day);
        if (month is < 1 or > 12)
            return null;
        var date = c.Group("year") is { } y
            ? FullySpecified(c, c.Start, c.End, context.FullYear(y), month, day)
            : DayMonth(c, c.Start, c.End, day, month);
        if (date?.RangeStart is not { } d)
            return date;
        // A part of the day or a clock time makes the date a time: "am Morgen des 22. Juni" -> 1941-06-22TMO.
        if (context.DayPart(c) is { } code)
            return WithDayPart(date, d, code);
        if (c.Group("hour") is { } hour)
        {
            var clock = WeekdaysAndTimes.Hour(int.Parse(hour, CultureInfo.InvariantCulture), c.Group("ampm"));
            var minute = c.Group("minute") ?? "00";
            return date with { Type = "TIME", Value = $"{Calendar.Day(d)}T{clock:00}:{minute}{context.Zone(c)}", Granularity = Granularity.Time };
        }
        return date;
    }

    /// <summary>
    /// "vom 10. bis 13. Januar", "May 7-8", "25-26/06/2015": in news, one expression from the first day to the last,
    /// whose value is its first day (the day such a meeting or visit begins) and whose range holds both. In narrative
    /// text, as TIMEX2 corpora annotate it, each end is an expression of its own.
    /// </summary>
    public IEnumerable<Timex> Range(Candidate c)
    {
        var first = c.Match.Groups["first"];
        var month = Month(c);
        var separate = context.Mode == TaggerMode.Narrative;
        var a = DayMonth(c, first.Index, separate ? first.Index + first.Length : c.End, int.Parse(c.Group("day")!, CultureInfo.InvariantCulture), month);
        var b = DayMonth(c, c.Match.Groups["day2"].Index, c.End, int.Parse(c.Group("day2")!, CultureInfo.InvariantCulture), month);
        // "in der Nacht vom 16. auf den 17. Juni 1945": the night is the first day's.
        if (a?.RangeStart is { } from && context.DayPart(c) is { } code)
            a = WithDayPart(a, from, code);
        if (separate)
            return new[] { a, b }.Where(t => t is not null).Select(t => t!);
        if (a?.RangeStart is not { } start)
            return a is null ? [] : [a];
        return [a with { RangeEnd = b?.RangeStart is { } last && last >= start ? last : start }];
    }

    /// <summary>Whether the month stands before the day in figures split by a slash ("08/12/2014").</summary>
    private static bool MonthBeforeDay(Candidate c) =>
        c.Match.Groups["monthnum"] is { Success: true } month && c.Match.Groups["day"] is { Success: true } day && month.Index < day.Index
        && c.Match.Value.Contains('/');

    /// <summary>The month a candidate names, as a word or in figures.</summary>
    private int Month(Candidate c) =>
        c.Group("monthnum") is { } num ? int.Parse(num, CultureInfo.InvariantCulture) : context.Profile.Months[Key(c.Group("month")!)];

    public Timex? MonthYear(Candidate c) => int.Parse(c.Group("year")!, CultureInfo.InvariantCulture) is var year && Calendar.IsValidYear(year)
        ? context.MonthOf(c, year, context.Profile.Months[Key(c.Group("month")!)], null, Direction.None, "fully specified")
        : null;

    public Timex? Year(Candidate c)
    {
        var year = int.Parse(c.Group("year")!, CultureInfo.InvariantCulture);
        if (c.Group("era") is { } era && context.Profile.Eras.TryGetValue(Key(era), out var code) && code == "BC")
            return context.Make(c, "DATE", Calendar.Year(-year), Granularity.Year, null, null, null, Direction.None, "a year before Christ");
        if (year < 1)
            return null;
        return context.Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, Direction.None, "a year");
    }

    public IEnumerable<Timex> YearPair(Candidate c)
    {
        var first = c.Match.Groups["year"];
        var second = c.Match.Groups["short"];
        var year = int.Parse(first.Value, CultureInfo.InvariantCulture);
        var next = year / 100 * 100 + int.Parse(second.Value, CultureInfo.InvariantCulture);
        if (next <= year)
            next += 100;
        if (!Calendar.IsValidYear(year) || !Calendar.IsValidYear(next))
            yield break;
        yield return context.Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, Direction.None, "a year", first.Index, first.Index + first.Length);
        yield return context.Make(c, "DATE", Calendar.Year(next), Granularity.Year, new DateOnly(next, 1, 1), new DateOnly(next, 12, 31), null, Direction.None,
            "the second year of a pair, written short", second.Index, second.Index + second.Length);
    }

    public IEnumerable<Timex> EraRange(Candidate c)
    {
        var era = context.Profile.Eras.TryGetValue(Key(c.Group("era")!), out var code) ? code : "AD";
        var first = c.Match.Groups["first"];
        var second = c.Match.Groups["second"];
        var sign = era == "BC" ? -1 : 1;
        foreach (var (number, start, end) in new[] { (first.Value, c.Start, first.Index + first.Length), (second.Value, second.Index, c.End) })
        {
            var year = int.Parse(number, CultureInfo.InvariantCulture);
            if (year < 1)
                continue;
            yield return context.Make(c, "DATE", Calendar.Year(sign * year), Granularity.Year, sign > 0 ? new DateOnly(year, 1, 1) : null, sign > 0 ? new DateOnly(year, 12, 31) : null,
                null, Direction.None, era == "BC" ? "a year before Christ, in a range" : "a year, in a range", start, end);
        }
    }

    public Timex? ShortYear(Candidate c)
    {
        var previous = int.Parse(c.Group("previous")!, CultureInfo.InvariantCulture);
        var year = previous / 100 * 100 + int.Parse(c.Group("short")!, CultureInfo.InvariantCulture);
        if (year <= previous)
            year += 100;
        if (!Calendar.IsValidYear(year))
            return null;
        return context.Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, Direction.None, "a year written short after a full one");
    }

    /// <summary>
    /// "Ostern", "Heiligabend", "Thanksgiving": the holiday of the year written beside it; else, in a year the text
    /// named, of that year; else the one the clause's tense points to ("An Heiligabend kam ..." in January is last
    /// year's).
    /// </summary>
    public Timex? Holiday(Candidate c)
    {
        if (!context.Profile.Holidays.TryGetValue(Key(c.Group("holiday")!), out var code))
            return null;
        if (c.Group("year") is { } y)
        {
            var year = int.Parse(y, CultureInfo.InvariantCulture);
            return Calendar.Holiday(code, year) is { } named
                ? context.Make(c, "DATE", Calendar.Day(named), Granularity.Day, named, named, "its year", Direction.None, "a holiday")
                : null;
        }
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.YearLess);
        if (anchor is not { } a)
            return code.Length == 5 && code[2] == '-' ? context.Make(c, "DATE", $"XXXX-{code}", Granularity.Day, null, null, null, Direction.None, "no anchor for the year") : null;
        if (context.Anchors.IsTextYear(anchorName))
        {
            return Calendar.Holiday(code, a.Year) is { } same
                ? context.Make(c, "DATE", Calendar.Day(same), Granularity.Day, same, same, anchorName, Direction.Same, "a holiday of the anchor's year")
                : null;
        }
        var (direction, why) = context.DirectionFor(c);
        var (chosenYear, chosen) = Calendar.ChooseYear(a, direction, yr => Calendar.Holiday(code, yr) is { } day ? (day, day) : null);
        return Calendar.Holiday(code, chosenYear) is { } date
            ? context.Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, chosen, $"a holiday; {why}")
            : null;
    }

    private Timex? FullySpecified(Candidate c, int start, int end, int year, int month, int day)
    {
        if (!Calendar.IsValidDay(year, month, day))
            return null;
        var d = new DateOnly(year, month, day);
        return context.Make(c, "DATE", Calendar.Day(d), Granularity.Day, d, d, null, Direction.None, "fully specified", start, end);
    }

    /// <summary>A day of a month: with the year written, joined to it ("Juni und Juli 1944"), or chosen from the anchor and the tense.</summary>
    private Timex? DayMonth(Candidate c, int start, int end, int day, int month)
    {
        if (c.Group("year") is { } y)
            return FullySpecified(c, start, end, context.FullYear(y), month, day);
        if (day is < 1 or > 31)
            return null;
        if (context.YearOfCoordinatedDate(c) is { } joined)
            return Calendar.IsValidDay(joined, month, day)
                ? context.Make(c, "DATE", Calendar.Day(new DateOnly(joined, month, day)), Granularity.Day, new DateOnly(joined, month, day), new DateOnly(joined, month, day), null, Direction.None, "the year of the date joined to it", start, end)
                : null;
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.YearLess);
        if (anchor is null)
            return context.Make(c, "DATE", $"XXXX-{month:00}-{day:00}", Granularity.Day, null, null, null, Direction.None, "no anchor for the year", start, end);
        // A weekday beside the date ("Mittwoch, 12. Januar", "Donnerstag (21.6.)") settles the year by itself.
        if (c.Group("weekday") is null && c.Group("monthnum") is not null && context.WeekdayBefore(start) is { } before
            && YearOfWeekday(day, month, before, anchor.Value) is { } fits)
            return context.Make(c, "DATE", Calendar.Day(fits), Granularity.Day, fits, fits, anchorName, Direction.None, "the year in which the weekday before it fits", start, end);
        if (c.Group("weekday") is { } wd && context.Profile.Weekdays.TryGetValue(Key(wd), out var isoDay))
        {
            foreach (var year in new[] { anchor.Value.Year, anchor.Value.Year - 1, anchor.Value.Year + 1 })
            {
                if (Calendar.IsValidDay(year, month, day) && Calendar.IsoDay(new DateOnly(year, month, day)) == isoDay)
                {
                    var agreed = new DateOnly(year, month, day);
                    return context.Make(c, "DATE", Calendar.Day(agreed), Granularity.Day, agreed, agreed, anchorName, Direction.None, "the year in which the weekday fits", start, end);
                }
            }
        }
        if (context.Anchors.IsTextYear(anchorName))
        {
            if (!Calendar.IsValidDay(anchor.Value.Year, month, day))
                return null;
            var same = new DateOnly(anchor.Value.Year, month, day);
            return context.Make(c, "DATE", Calendar.Day(same), Granularity.Day, same, same, anchorName, Direction.Same, "the anchor's year", start, end);
        }
        var (direction, why) = context.DirectionFor(c);
        // A day within a week of the anchor is that one, whatever the tense says: "am 21.6." in a report of 17 June beside a
        // verb in the past is far likelier a slip of tense or a verb of another clause than a day a year back. So is one
        // within three weeks in the anchor's own year ("erläuterte die Ziele der Geberkonferenz am 4. Februar" in a report of
        // 20 January); across the turn of the year a review's "Am 8. Januar reiste" of 28 December is that January. (With no
        // tense the nearest day is chosen below anyway.)
        if (direction != Direction.None)
        {
            foreach (var year in new[] { anchor.Value.Year, anchor.Value.Year - 1, anchor.Value.Year + 1 })
            {
                if (Calendar.IsValidDay(year, month, day) && new DateOnly(year, month, day) is var near
                    && Math.Abs(near.DayNumber - anchor.Value.DayNumber) is var distance && (distance <= 7 || (distance <= NearDays && year == anchor.Value.Year)))
                {
                    var towards = near < anchor.Value ? Direction.Past : near > anchor.Value ? Direction.Future : Direction.Same;
                    return context.Make(c, "DATE", Calendar.Day(near), Granularity.Day, near, near, anchorName, towards, distance <= 7 ? $"within a week of the anchor, whatever {why}" : $"within three weeks of the anchor in its year, whatever {why}", start, end);
                }
            }
        }
        var (chosenYear, chosen) = Calendar.ChooseYear(anchor.Value, direction,
            yr => Calendar.IsValidDay(yr, month, day) ? (new DateOnly(yr, month, day), new DateOnly(yr, month, day)) : null);
        if (!Calendar.IsValidDay(chosenYear, month, day))
            return null;
        var date = new DateOnly(chosenYear, month, day);
        return context.Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, chosen, why, start, end);
    }
}
