using System.Globalization;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Lengths of time ("zwei Wochen", "vierstündig", "wochenlang") and sets ("täglich", "jeden Montag").</summary>
internal sealed class LengthsAndSets(ResolutionContext context)
{
    public Timex? Duration(Candidate c)
    {
        var unit = context.Unit(c);
        if (unit is null)
            return null;
        var word = c.Group("num")!;
        var amount = context.Amount(word)?.ToString(CultureInfo.InvariantCulture) ?? (context.Profile.Numbers.TryGetValue(Key(word), out var x) ? x : null)
            ?? Fraction(word);
        if (amount is null)
            return null;
        return context.Make(c, "DURATION", DurationValue(amount, unit), Granularity.None, null, null, null, Direction.None, "a length of time");
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
        var value = DurationValue(amount.Value.ToString(CultureInfo.InvariantCulture), unit);
        return context.Make(c, "DURATION", value, Granularity.None, null, null, null, Direction.None, "an adjective of length");
    }

    public Timex Vague(Candidate c) =>
        context.Make(c, "DURATION", context.Profile.VagueDurations[Key(c.Group("word") ?? c.Match.Value)], Granularity.None, null, null, null, Direction.None, "a length without a number");

    private static string DurationValue(string amount, string unit) => unit switch
    {
        "H" => $"PT{amount}H",
        "MIN" => $"PT{amount}M",
        "WE" => $"P{amount}WE",
        _ => $"P{amount}{unit}",
    };

    public Timex Weekly(Candidate c)
    {
        var isoDay = context.Profile.Weekdays[Key(c.Group("weekday")!)];
        return context.Make(c, "SET", $"XXXX-WXX-{isoDay}", Granularity.Day, null, null, null, Direction.None, "every such weekday");
    }

    public Timex Every(Candidate c) =>
        context.Make(c, "SET", context.Profile.SetUnits[Key(c.Group("word")!)], Granularity.None, null, null, null, Direction.None, "every such period");
}
