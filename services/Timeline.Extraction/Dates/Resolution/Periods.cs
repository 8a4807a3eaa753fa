using System.Globalization;
using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Named periods of a calendar: months, seasons, halves and quarters of a year, decades and centuries.</summary>
internal sealed class Periods(ResolutionContext context)
{
    public Timex Month(Candidate c)
    {
        var month = context.Profile.Months[Key(c.Group("month")!)];
        if (context.YearOfCoordinatedDate(c) is { } joined)
            return context.MonthOf(c, joined, month, null, Direction.None, "the year of the date joined to it");
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.YearLess);
        if (anchor is null)
            return context.Make(c, "DATE", $"XXXX-{month:00}", Granularity.Month, null, null, null, Direction.None, "no anchor for the year");
        if (context.Anchors.IsTextYear(anchorName))
            return context.MonthOf(c, anchor.Value.Year, month, anchorName, Direction.Same, "the anchor's year");
        var (direction, why) = context.DirectionFor(c);
        var (year, chosen) = Calendar.ChooseYear(anchor.Value, direction, y => (new DateOnly(y, month, 1), Calendar.MonthEnd(y, month)));
        return context.MonthOf(c, year, month, anchorName, chosen, why);
    }

    public Timex Season(Candidate c)
    {
        var season = context.Profile.Seasons[Key(c.Group("season")!)];
        if (c.Group("year") is { } y)
        {
            var year = int.Parse(y, CultureInfo.InvariantCulture);
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
            var year = Calendar.SeasonRange(anchor.Value.Year - 1, season) is var (ps, pe) && anchor.Value >= ps && anchor.Value <= pe
                ? anchor.Value.Year - 1
                : anchor.Value.Year;
            var (cs, ce) = Calendar.SeasonRange(year, season);
            var same = anchor.Value >= cs && anchor.Value <= ce ? Direction.Same : anchor.Value < cs ? Direction.Future : Direction.Past;
            return context.Make(c, "DATE", $"{Calendar.Year(year)}-{season}", Granularity.Season, cs, ce, anchorName, same, why);
        }
        var reference = rel switch
        {
            -1 => anchor.Value.AddMonths(-3),
            1 => anchor.Value.AddMonths(3),
            _ => anchor.Value,
        };
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
        return context.Make(c, "DATE", $"{Calendar.Year(a.Year)}-{half}", Granularity.Season, from, from.AddMonths(6).AddDays(-1), anchorName, Direction.Same, "a half of the anchor's year");
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
        var from = new DateOnly(year, (number - 1) * 3 + 1, 1);
        return context.Make(c, "DATE", $"{Calendar.Year(year)}-{quarter}", Granularity.Season, from, from.AddMonths(3).AddDays(-1), anchorName, Direction.Same,
            anchorName is null ? "a quarter of the named year" : "a quarter of the anchor's year");
    }

    public Timex Decade(Candidate c)
    {
        string value;
        if (c.Group("decade") is { } full)
            value = full;
        else
        {
            var (anchor, _) = context.Anchors.For(c, AnchorKind.YearLess);
            var century = anchor is { } a ? a.Year / 100 : 19;
            // "die 90er" read in 2022 are the 1990s: a decade that has not begun by the anchor is the century before's.
            if (anchor is { } at && century * 100 + int.Parse(c.Group("decade2")!, CultureInfo.InvariantCulture) * 10 > at.Year)
                century--;
            value = $"{century}{c.Group("decade2")}";
        }
        var start = int.Parse(value, CultureInfo.InvariantCulture) * 10;
        return context.Make(c, "DATE", value, Granularity.Decade, new DateOnly(Math.Max(start, 1), 1, 1), new DateOnly(start + 9, 12, 31), null, Direction.None, "a decade");
    }

    public Timex Century(Candidate c)
    {
        var ordinal = int.Parse(c.Group("century")!, CultureInfo.InvariantCulture);
        var value = (ordinal - 1).ToString("00", CultureInfo.InvariantCulture);
        if (c.Group("era") is { } era && context.Profile.Eras.TryGetValue(Key(era), out var code) && code == "BC")
            return context.Make(c, "DATE", "BC" + value, Granularity.Century, null, null, null, Direction.None, "a century before Christ");
        var first = Math.Max((ordinal - 1) * 100, 1);
        return context.Make(c, "DATE", value, Granularity.Century, new DateOnly(first, 1, 1), new DateOnly(ordinal * 100 - 1, 12, 31), null, Direction.None, "a century");
    }
}
