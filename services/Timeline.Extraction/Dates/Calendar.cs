using System.Globalization;

namespace Timeline.Extraction.Dates;

/// <summary>Calendar arithmetic and TIMEX3 value formatting.</summary>
public static class Calendar
{
    /// <summary>YYYY-MM-DD, written digit by digit (the general date formatter is slow for this one shape).</summary>
    public static string Day(DateOnly d) => string.Create(10, d, static (text, d) =>
    {
        Digits(text[..4], d.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), d.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), d.Day);
    });

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10)
            into[i] = (char)('0' + value % 10);
    }

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Year(int year) => year >= 0 ? year.ToString("0000", CultureInfo.InvariantCulture) : "BC" + (-year).ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d) => $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}";

    public static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>ISO weekday number: Monday 1 ... Sunday 7.</summary>
    public static int IsoDay(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The first and last day of a season; the winter of year 9999 ends with the calendar, on its last day.</summary>
    public static (DateOnly Start, DateOnly End) SeasonRange(int year, string season) => season switch
    {
        "SP" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        "SU" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        "FA" => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        "WI" => (new DateOnly(year, 12, 1), year < MaxYear ? MonthEnd(year + 1, 2) : DateOnly.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(season), season, "unknown season code"),
    };

    /// <summary>The first and last year a calendar date can have.</summary>
    public const int MinYear = 1, MaxYear = 9999;

    public static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>A day shifted by some days, or null where that leaves the calendar.</summary>
    public static DateOnly? AddDays(DateOnly day, long days) =>
        day.DayNumber + days is var n && n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)n) : null;

    /// <summary>A day shifted by some months (or years, as twelve months), or null where that leaves the calendar.</summary>
    public static DateOnly? AddMonths(DateOnly day, long months)
    {
        var index = day.Year * 12L + day.Month - 1 + months;
        return index >= MinYear * 12L && index < (MaxYear + 1) * 12L ? day.AddMonths((int)months) : null;
    }

    /// <summary>
    /// The first and last day of the years <paramref name="first"/> to <paramref name="last"/>, cut to the calendar's
    /// years (a century or decade reaching before year 1 or after 9999); null where none of those years exists.
    /// </summary>
    public static (DateOnly Start, DateOnly End)? Years(long first, long last)
    {
        if (last < MinYear || first > MaxYear)
            return null;
        return (new DateOnly((int)Math.Max(first, MinYear), 1, 1), new DateOnly((int)Math.Min(last, MaxYear), 12, 31));
    }

    /// <summary>
    /// The day of a holiday in a year, from its code: "12-24" a fixed day, "E-2" days from Easter Sunday, "N11-4-4" the
    /// fourth (or "L" last) ISO weekday 4 of November. Null where the year cannot hold it.
    /// </summary>
    public static DateOnly? Holiday(string code, int year)
    {
        if (!IsValidYear(year))
            return null;
        if (code.StartsWith('E'))
            return AddDays(Easter(year), int.Parse(code[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (code.StartsWith('N'))
        {
            var parts = code[1..].Split('-');
            var month = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var weekday = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var first = new DateOnly(year, month, 1);
            var firstOfKind = first.AddDays((weekday - IsoDay(first) + 7) % 7);
            if (parts[1] == "L")
            {
                var last = firstOfKind;
                while (last.AddDays(7).Month == month)
                    last = last.AddDays(7);
                return last;
            }
            var nth = firstOfKind.AddDays(7 * (int.Parse(parts[1], CultureInfo.InvariantCulture) - 1));
            return nth.Month == month ? nth : null;
        }
        var fixedDay = code.Split('-');
        var (m, d) = (int.Parse(fixedDay[0], CultureInfo.InvariantCulture), int.Parse(fixedDay[1], CultureInfo.InvariantCulture));
        return IsValidDay(year, m, d) ? new DateOnly(year, m, d) : null;
    }

    public static bool IsValidDay(int year, int month, int day) =>
        IsValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Distance in days from a date to a range; zero when the range contains it.</summary>
    public static int Distance(DateOnly anchor, DateOnly start, DateOnly end) =>
        anchor < start ? start.DayNumber - anchor.DayNumber : anchor > end ? anchor.DayNumber - end.DayNumber : 0;

    /// <summary>
    /// Picks, among the yearly recurrences of a period, the one the direction asks for: the latest that has
    /// begun by the anchor (past), the first that has not yet ended (future), or the nearest (no direction).
    /// </summary>
    public static (int Year, Direction Chosen) ChooseYear(DateOnly anchor, Direction direction, Func<int, (DateOnly Start, DateOnly End)?> range)
    {
        // The recurrences in the year before the anchor's, in its year and in the year after, those that exist.
        Span<(int Year, DateOnly Start, DateOnly End)> options = stackalloc (int, DateOnly, DateOnly)[3];
        var count = 0;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (IsValidYear(y) && range(y) is { } r)
                options[count++] = (y, r.Start, r.End);
        }
        if (count == 0)
            return (anchor.Year, Direction.None);
        options = options[..count];
        var pick = direction switch
        {
            Direction.Past => LatestBegun(options, anchor),
            Direction.Future => FirstNotEnded(options, anchor),
            _ => Nearest(options, anchor),
        };
        var chosen = pick.Start <= anchor && pick.End >= anchor ? Direction.Same : pick.End < anchor ? Direction.Past : Direction.Future;
        return (pick.Year, chosen);
    }

    private static (int Year, DateOnly Start, DateOnly End) LatestBegun(ReadOnlySpan<(int Year, DateOnly Start, DateOnly End)> options, DateOnly anchor)
    {
        var pick = options[0];
        foreach (var o in options)
        {
            if (o.Start <= anchor)
                pick = o;
        }
        return pick;
    }

    private static (int Year, DateOnly Start, DateOnly End) FirstNotEnded(ReadOnlySpan<(int Year, DateOnly Start, DateOnly End)> options, DateOnly anchor)
    {
        foreach (var o in options)
        {
            if (o.End >= anchor)
                return o;
        }
        return options[^1];
    }

    /// <summary>The recurrence nearest the anchor; of two as near, the one that does not lie ahead; of those, the earlier.</summary>
    private static (int Year, DateOnly Start, DateOnly End) Nearest(ReadOnlySpan<(int Year, DateOnly Start, DateOnly End)> options, DateOnly anchor)
    {
        var pick = options[0];
        foreach (var o in options[1..])
        {
            var (distance, best) = (Distance(anchor, o.Start, o.End), Distance(anchor, pick.Start, pick.End));
            if (distance < best || (distance == best && o.Start <= anchor && pick.Start > anchor))
                pick = o;
        }
        return pick;
    }
}
