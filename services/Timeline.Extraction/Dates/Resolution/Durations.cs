using System.Globalization;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>TIMEX3 values of lengths of time: written from their parts, and read back where they have one part.</summary>
internal static class Durations
{
    // Units from the largest to the smallest, as a TIMEX3 duration lists them; hours and minutes after the "T".
    private static readonly string[] UnitOrder = ["ML", "CE", "DE", "Y", "M", "W", "WE", "D", "H", "MIN"];

    // A fraction of a unit written in the next smaller one where that is exact: half a year is six months.
    private static readonly Dictionary<string, (string Unit, int Times)> Smaller = new()
    {
        ["ML"] = ("CE", 10), ["CE"] = ("DE", 10), ["DE"] = ("Y", 10), ["Y"] = ("M", 12), ["D"] = ("H", 24), ["H"] = ("MIN", 60),
    };

    /// <summary>"P2W", "PT1.5H", "P5Y7M", "P1DT2H"; weeks become days beside other units, as ISO 8601 asks.</summary>
    public static string Write(IReadOnlyList<(string Amount, string Unit)> parts)
    {
        // Most lengths have one whole unit: "P2W", "PT3H", "PXY".
        if (parts.Count == 1 && !(parts[0].Amount.StartsWith("0.", StringComparison.Ordinal) && Smaller.ContainsKey(parts[0].Unit)))
        {
            var (amount, unit) = parts[0];
            return unit switch
            {
                "H" => $"PT{amount}H",
                "MIN" => $"PT{amount}M",
                _ => $"P{amount}{unit}",
            };
        }
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

    /// <summary>Whether a unit is larger than another, as "Jahre" before "Monate" in "fünf Jahre und sieben Monate".</summary>
    public static bool Larger(string unit, string than) => Array.IndexOf(UnitOrder, unit) < Array.IndexOf(UnitOrder, than);

    /// <summary>The amount and unit of a length of one numbered unit ("P5Y" is 5 and "Y", "PT30M" 30 and "MIN"); false for any other value.</summary>
    public static bool TryRead(string value, out decimal amount, out string unit)
    {
        (amount, unit) = (0, "");
        var time = value.StartsWith("PT", StringComparison.Ordinal);
        var body = value.AsSpan(time ? 2 : 1);
        var digits = 0;
        while (digits < body.Length && (char.IsAsciiDigit(body[digits]) || body[digits] == '.'))
            digits++;
        if (!value.StartsWith('P') || digits == 0 || !decimal.TryParse(body[..digits], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
            return false;
        var letters = body[digits..].ToString();
        unit = time && letters == "M" ? "MIN" : letters;
        return Array.IndexOf(UnitOrder, unit) >= 0 && (time == unit is "H" or "MIN");
    }
}
