using System.Globalization;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Lengths of time ("zwei Wochen", "vierstündig", "wochenlang") and sets ("täglich", "jeden Montag").</summary>
internal sealed class LengthsAndSets(ResolutionContext context)
{
    /// <summary>
    /// "zwei Wochen", "2,5 Stunden", "eine halbe Stunde", "fünf Jahre und sieben Monate", "a year and a half": a length
    /// of one or two units.
    /// </summary>
    public Timex? Duration(Candidate c)
    {
        if (context.Unit(c) is not { } unit || Quantity(c.Group("num")) is not { } amount)
            return null;
        if (c.Group("andhalf") is not null)
            amount = amount == "X" ? amount : (decimal.Parse(amount, CultureInfo.InvariantCulture) + 0.5m).ToString(CultureInfo.InvariantCulture);
        var parts = new List<(string Amount, string Unit)> { (amount, unit) };
        if (c.Group("unit2") is { } second)
        {
            if (!context.Profile.Units.TryGetValue(Key(second), out var unit2) || Quantity(c.Group("num2")) is not { } amount2)
                return null;
            parts.Add((amount2, unit2));
        }
        return context.Make(c, "DURATION", DurationValue(parts), Granularity.None, null, null, null, Direction.None, "a length of time");
    }

    /// <summary>An amount as TIMEX3 writes it: "3", "2.5", "0.5", "X" for an unnamed one; one when the text names none ("the last year and a half").</summary>
    private string? Quantity(string? word)
    {
        if (word is null)
            return "1";
        return context.Amount(word)?.ToString(CultureInfo.InvariantCulture) ?? (context.Profile.Numbers.TryGetValue(Key(word), out var x) ? x : null)
            ?? Fraction(word);
    }

    /// <summary>"2,5" or "2.5" as TIMEX3 writes it ("2.5"), or null.</summary>
    private static string? Fraction(string word)
    {
        var normalised = word.Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    public Timex? DurationAdjective(Candidate c)
    {
        var amount = context.Amount(c.Group("num"));
        if (amount is null || !context.Profile.DurationAdjectives.TryGetValue(Key(c.Group("durunit")!), out var unit))
            return null;
        var value = DurationValue([(amount.Value.ToString(CultureInfo.InvariantCulture), unit)]);
        return context.Make(c, "DURATION", value, Granularity.None, null, null, null, Direction.None, "an adjective of length");
    }

    public Timex Vague(Candidate c) =>
        context.Make(c, "DURATION", context.Profile.VagueDurations[Key(c.Group("word") ?? c.Match.Value)], Granularity.None, null, null, null, Direction.None, "a length without a number");

    // Units from the largest to the smallest, as a TIMEX3 duration lists them; hours and minutes after the "T".
    private static readonly string[] UnitOrder = ["ML", "CE", "DE", "Y", "M", "W", "WE", "D", "H", "MIN"];

    // A fraction of a unit written in the next smaller one where that is exact: half a year is six months.
    private static readonly Dictionary<string, (string Unit, int Times)> Smaller = new()
    {
        ["ML"] = ("CE", 10), ["CE"] = ("DE", 10), ["DE"] = ("Y", 10), ["Y"] = ("M", 12), ["D"] = ("H", 24), ["H"] = ("MIN", 60),
    };

    /// <summary>"P2W", "PT1.5H", "P5Y7M", "P1DT2H"; weeks become days beside other units, as ISO 8601 asks.</summary>
    private static string DurationValue(IReadOnlyList<(string Amount, string Unit)> parts)
    {
        if (parts.Count == 1 && parts[0].Amount != "X" && decimal.Parse(parts[0].Amount, CultureInfo.InvariantCulture) is var fraction
            && fraction < 1 && Smaller.TryGetValue(parts[0].Unit, out var smaller) && fraction * smaller.Times % 1 == 0)
            parts = [((fraction * smaller.Times).ToString("0", CultureInfo.InvariantCulture), smaller.Unit)];
        if (parts.Count > 1)
        {
            parts = [.. parts.Select(p => p.Unit == "W" && p.Amount != "X"
                ? ((decimal.Parse(p.Amount, CultureInfo.InvariantCulture) * 7).ToString(CultureInfo.InvariantCulture), "D") : p)];
        }
        // "sechs Wochen und drei Tage": 42 and 3 days make 45.
        var ordered = parts.GroupBy(p => p.Unit)
            .Select(g => g.Count() == 1 || g.Any(p => p.Amount == "X") ? g.First()
                : (Amount: g.Sum(p => decimal.Parse(p.Amount, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), Unit: g.Key))
            .OrderBy(p => Array.IndexOf(UnitOrder, p.Unit)).ToList();
        var value = new System.Text.StringBuilder("P");
        var inTime = false;
        foreach (var (amount, unit) in ordered)
        {
            if (unit is "H" or "MIN" && !inTime)
            {
                value.Append('T');
                inTime = true;
            }
            value.Append(amount).Append(unit == "MIN" ? "M" : unit);
        }
        return value.ToString();
    }

    public Timex Weekly(Candidate c)
    {
        var isoDay = context.Profile.Weekdays[Key(c.Group("weekday")!)];
        return context.Make(c, "SET", $"XXXX-WXX-{isoDay}", Granularity.Day, null, null, null, Direction.None, "every such weekday");
    }

    /// <summary>"täglich", "jeden Montag", "einmal im Monat", "alle vier Jahre", "every other week": how often.</summary>
    public Timex? Every(Candidate c)
    {
        string value;
        if (c.Group("word") is { } word)
        {
            value = context.Profile.SetUnits[Key(word)];
            // "nachts" in a story of the past is a night of the day it speaks of, not every night.
            if (value.StartsWith("XXXX-XX-XXT", StringComparison.Ordinal) && context.Anchors.LastDay is { } day
                && (context.Mode == TaggerMode.Narrative || context.DirectionFor(c).Direction == Direction.Past))
                return context.Make(c, "TIME", $"{Calendar.Day(day)}{value[10..]}", Granularity.Time, day, day,
                    Named(day, "last mentioned day"), Direction.Same, "a part of the day the text speaks of");
        }
        else if (context.Unit(c) is { } unit)
        {
            var every = c.Group("other") is not null ? 2 : context.Amount(c.Group("num")) ?? 1;
            value = DurationValue([(every.ToString(CultureInfo.InvariantCulture), unit)]);
        }
        else
            return null;
        return context.Make(c, "SET", value, Granularity.None, null, null, null, Direction.None, "every such period");
    }
}
