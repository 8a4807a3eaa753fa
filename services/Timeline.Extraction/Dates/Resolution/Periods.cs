using System.Globalization;
using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Named periods of a calendar: months, seasons, halves and quarters of a year, decades and centuries.</summary>
internal sealed class Periods(ResolutionContext context)
{
    public Timex? Month(Candidate c)
    {
        var month = context.Profile.Months[Key(c.Group("month")!)];
        if (context.YearOfCoordinatedDate(c) is { } joined)
            return context.MonthOf(c, joined, month, null, Direction.None, "the year of the date joined to it");
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.YearLess);
        if (anchor is null)
            return context.Make(c, "DATE", $"XXXX-{month:00}", Granularity.Month, null, null, null, Direction.None, "no anchor for the year");
        if (c.Group("rel") is { } relWord)
        {
            // "vergangenen Juli", "next March": the last one before the anchor's month, the next one after it, or this year's.
            var a = anchor.Value;
            var (relYear, relDirection) = context.Profile.Relative[Key(relWord)] switch
            {
                < 0 => (a.Month > month ? a.Year : a.Year - 1, Direction.Past),
                > 0 => (a.Month < month ? a.Year : a.Year + 1, Direction.Future),
                _ => (a.Year, Direction.Same),
            };
            return Calendar.IsValidYear(relYear) ? context.MonthOf(c, relYear, month, anchorName, relDirection, $"'{relWord}' names the one before or after") : null;
        }
        if (context.Anchors.IsTextYear(anchorName))
            return context.MonthOf(c, anchor.Value.Year, month, anchorName, Direction.Same, "the anchor's year");
        var (direction, why) = context.DirectionFor(c);
        var (year, chosen) = Calendar.ChooseYear(anchor.Value, direction, y => (new DateOnly(y, month, 1), Calendar.MonthEnd(y, month)));
        return context.MonthOf(c, year, month, anchorName, chosen, why);
    }

    public Timex? Season(Candidate c)
    {
        var season = context.Profile.Seasons[Key(c.Group("season")!)];
        if (c.Group("year") is { } y)
        {
            var year = int.Parse(y, CultureInfo.InvariantCulture);
            if (!Calendar.IsValidYear(year))
                return null;
            var (s, e) = Calendar.SeasonRange(year, season);
            return context.Make(c, "DATE", $"{Calendar.Year(year)}-{season}", Granularity.Season, s, e, null, Direction.None, "fully specified");
        }
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.YearLess);
        if (anchor is null)
            return context.Make(c, "DATE", $"XXXX-{season}", Granularity.Season, null, null, null, Direction.None, "no anchor for the year");
        var rel = c.Group("rel") is { } r ? context.Profile.Relative[Key(r)] : (int?)null;
        if (rel is null && context.Anchors.IsTextYear(anchorName))
        {
            var (ns, ne) = Calendar.SeasonRange(anchor.Value.Year, season);
            return context.Make(c, "DATE", $"{Calendar.Year(anchor.Value.Year)}-{season}", Granularity.Season, ns, ne, anchorName, Direction.Same, "the anchor's year");
        }
        var (direction, why) = rel switch
        {
            -1 => (Direction.Past, $"'{c.Group("rel")}' names the one before"),
            1 => (Direction.Future, $"'{c.Group("rel")}' names the one after"),
            0 => (Direction.None, $"'{c.Group("rel")}' names the current one"),
            _ => context.DirectionFor(c),
        };
        if (rel == 0)
        {
            // "diesen Sommer", "this winter": the season the anchor falls in, else the one of the anchor's year (in
            // January "this summer" is the coming one, "this winter" the one under way).
            var year = Calendar.IsValidYear(anchor.Value.Year - 1) && Calendar.SeasonRange(anchor.Value.Year - 1, season) is var (ps, pe) && anchor.Value >= ps && anchor.Value <= pe
                ? anchor.Value.Year - 1
                : anchor.Value.Year;
            var (cs, ce) = Calendar.SeasonRange(year, season);
            var same = anchor.Value >= cs && anchor.Value <= ce ? Direction.Same : anchor.Value < cs ? Direction.Future : Direction.Past;
            return context.Make(c, "DATE", $"{Calendar.Year(year)}-{season}", Granularity.Season, cs, ce, anchorName, same, why);
        }
        if (Calendar.AddMonths(anchor.Value, 3 * (rel ?? 0)) is not { } reference)
            return null;
        var (chosenYear, chosen) = Calendar.ChooseYear(reference, direction, yr => Calendar.SeasonRange(yr, season));
        var (from, to) = Calendar.SeasonRange(chosenYear, season);
        return context.Make(c, "DATE", $"{Calendar.Year(chosenYear)}-{season}", Granularity.Season, from, to, anchorName, chosen, why);
    }

    public Timex? Half(Candidate c)
    {
        if (!context.Profile.Halves.TryGetValue(Key(c.Group("half")!), out var half))
            return null;
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.YearLess);
        if (anchor is not { } a)
            return context.Make(c, "DATE", $"XXXX-{half}", Granularity.None, null, null, null, Direction.None, "no anchor for the year");
        var from = new DateOnly(a.Year, half == "H1" ? 1 : 7, 1);
        return context.Make(c, "DATE", $"{Calendar.Year(a.Year)}-{half}", Granularity.Season, from, Calendar.MonthEnd(a.Year, from.Month + 5), anchorName, Direction.Same, "a half of the anchor's year");
    }

    /// <summary>"im dritten Quartal 2021", "the first quarter": a quarter of the named year, else of the anchor's.</summary>
    public Timex? Quarter(Candidate c)
    {
        if (!context.Profile.Quarters.TryGetValue(Key(c.Group("quarter")!), out var quarter))
            return null;
        var number = quarter[1] - '0';
        int year;
        string? anchorName = null;
        if (c.Group("year") is { } named)
            year = int.Parse(named, CultureInfo.InvariantCulture);
        else
        {
            var (anchor, name) = context.Anchors.For(c, AnchorKind.YearLess);
            if (anchor is not { } a)
                return context.Make(c, "DATE", $"XXXX-{quarter}", Granularity.None, null, null, null, Direction.None, "no anchor for the year");
            (year, anchorName) = (a.Year, name);
        }
        if (!Calendar.IsValidYear(year))
            return null;
        var from = new DateOnly(year, (number - 1) * 3 + 1, 1);
        return context.Make(c, "DATE", $"{Calendar.Year(year)}-{quarter}", Granularity.Season, from, Calendar.MonthEnd(year, from.Month + 2), anchorName, Direction.Same,
            anchorName is null ? "a quarter of the named year" : "a quarter of the anchor's year");
    }

    /// <summary>"die 1990er Jahre", "the 1990s"; "die 90er Jahre", "die Achtziger", "the late sixties" in the century that has begun them by the anchor.</summary>
    public Timex Decade(Candidate c)
    {
        string value;
        if (c.Group("decade") is { } full)
            value = full;
        else
        {
            var digit = c.Group("decade2") is { } written ? int.Parse(written, CultureInfo.InvariantCulture) : context.Profile.DecadeWords[Key(c.Group("decadeword")!)];
            var (anchor, _) = context.Anchors.For(c, AnchorKind.YearLess);
            var century = anchor is { } a ? a.Year / 100 : 19;
            // "die 90er" read in 2022 are the 1990s: a decade that has not begun by the anchor is the century before's.
            if (anchor is { } at && century * 100 + digit * 10 > at.Year)
                century--;
            value = $"{Math.Max(century, 0)}{digit}";
        }
        var start = int.Parse(value, CultureInfo.InvariantCulture) * 10;
        var years = Calendar.Years(start, start + 9);
        return context.Make(c, "DATE", value, Granularity.Decade, years?.Start, years?.End, null, Direction.None, "a decade");
    }

    /// <summary>"im 19. Jahrhundert", "the 21st century", "das dritte Jahrtausend": TIMEX3 writes the 19th century "18", the third millennium "2".</summary>
    public Timex? Century(Candidate c)
    {
        var millennium = c.Group("millennium") is not null;
        var written = c.Group("century") ?? c.Group("millennium")!;
        var ordinal = context.Amount(written.TrimEnd('.')) ?? (context.Profile.Ordinals.TryGetValue(Key(written), out var o) ? o : 0);
        if (ordinal < 1)
            return null;
        var value = millennium ? (ordinal - 1).ToString(CultureInfo.InvariantCulture) : (ordinal - 1).ToString("00", CultureInfo.InvariantCulture);
        if (c.Group("era") is { } era && context.Profile.Eras.TryGetValue(Key(era), out var code) && code == "BC")
            return context.Make(c, "DATE", "BC" + value, Granularity.Century, null, null, null, Direction.None, "a century before Christ");
        var span = millennium ? 1000 : 100;
        var years = Calendar.Years((ordinal - 1) * span, ordinal * span - 1);
        return context.Make(c, "DATE", value, Granularity.Century, years?.Start, years?.End, null, Direction.None, millennium ? "a millennium" : "a century");
    }
}
