using System.Globalization;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Lengths of time ("zwei Wochen", "vierstündig", "wochenlang") and sets ("täglich", "jeden Montag").</summary>
internal sealed class LengthsAndSets(ResolutionContext context)
{
    /// <summary>"zwei Wochen", "2,5 Stunden", "eine halbe Stunde", "the last year and a half": a length of one unit.</summary>
    public Timex? Duration(Candidate c)
    {
        if (context.Unit(c) is not { } unit || Quantity(c.Group("num")) is not { } amount)
            return null;
        // "im Alter von 83 Jahren": an age, not a length of time.
        if (context.Profile.AgeOpenings.Any(opening => Follows(context.Document.Text, c.Start, opening)))
            return null;
        if (c.Group("andhalf") is not null)
            amount = amount == "X" ? amount : (decimal.Parse(amount, CultureInfo.InvariantCulture) + 0.5m).ToString(CultureInfo.InvariantCulture);
        return context.Make(c, "DURATION", Durations.Write([(amount, unit)]), Granularity.None, null, null, null, Direction.None, "a length of time");
    }

    /// <summary>Whether the words right before an offset are a phrase ("Alter von"), single spaces between them.</summary>
    private static bool Follows(string text, int at, string phrase)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        var start = end - phrase.Length;
        return start >= 0 && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
            && (start == 0 || !char.IsLetter(text[start - 1]));
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
        var value = Durations.Write([(amount.Value.ToString(CultureInfo.InvariantCulture), unit)]);
        return context.Make(c, "DURATION", value, Granularity.None, null, null, null, Direction.None, "an adjective of length");
    }

    public Timex Vague(Candidate c) =>
        context.Make(c, "DURATION", context.Profile.VagueDurations[Key(c.Group("word") ?? c.Match.Value)], Granularity.None, null, null, null, Direction.None, "a length without a number");

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
            value = Durations.Write([(every.ToString(CultureInfo.InvariantCulture), unit)]);
        }
        else
            return null;
        return context.Make(c, "SET", value, Granularity.None, null, null, null, Direction.None, "every such period");
    }
}
