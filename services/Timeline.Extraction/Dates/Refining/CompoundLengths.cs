using Timeline.Extraction.Dates.Resolution;

namespace Timeline.Extraction.Dates.Refining;

/// <summary>
/// Lengths joined into one: "fünf Jahre und sieben Monate" (P5Y7M), "two hours and 20 minutes" (PT2H20M), and a length
/// with a half added after it, "a year and a half" (P1.5Y). The rules find each length; this step joins them, so that
/// no rule has to begin with a number word, which the regex engine cannot search for quickly.
/// </summary>
internal static class CompoundLengths
{
    public static void Refine(ResolutionContext context, List<Timex> timexes)
    {
        var profile = context.Profile;
        if (profile.LengthJoiners.Count == 0 && profile.HalfAfter.Count == 0)
            return;
        var text = context.Document.Original;
        for (var i = 0; i < timexes.Count; i++)
        {
            var t = timexes[i];
            if (t.Type != "DURATION" || !Durations.TryRead(t.Value, out var amount, out var unit))
                continue;
            if (Half(profile.HalfAfter, text, t.End) is { } halfEnd)
            {
                var half = Durations.Write([((amount + 0.5m).ToString(System.Globalization.CultureInfo.InvariantCulture), unit)]);
                timexes[i] = Joined(t, text, halfEnd, half, "a length and a half");
                continue;
            }
            if (i + 1 < timexes.Count && timexes[i + 1] is { Type: "DURATION" } next && Durations.TryRead(next.Value, out var amount2, out var unit2)
                && Durations.Larger(unit, unit2) && JoinedBy(profile.LengthJoiners, text, t.End, next.Start))
            {
                var value = Durations.Write([(Written(amount), unit), (Written(amount2), unit2)]);
                timexes[i] = Joined(t, text, next.End, value, "two lengths joined into one");
                timexes.RemoveAt(i + 1);
            }
        }
    }

    private static string Written(decimal amount) => amount.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Timex Joined(Timex first, string text, int end, string value, string why) => first with
    {
        End = end,
        Text = text[first.Start..end],
        Value = value,
        Provenance = first.Provenance with { Reason = why },
    };

    /// <summary>Whether only a joining word ("und", "and") stands between two offsets.</summary>
    private static bool JoinedBy(IReadOnlySet<string> joiners, string text, int from, int to)
    {
        if (to - from > 6)
            return false;
        var between = text.AsSpan(from, to - from).Trim();
        foreach (var joiner in joiners)
        {
            if (between.Equals(joiner, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Where a half added after a length ends (" and a half"), or null.</summary>
    private static int? Half(IReadOnlyList<string> phrases, string text, int at)
    {
        foreach (var phrase in phrases)
        {
            var i = at;
            var matched = true;
            foreach (var word in phrase.Split(' '))
            {
                var start = i;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                    i++;
                if (i == start || string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0
                    || (i + word.Length < text.Length && char.IsLetter(text[i + word.Length])))
                {
                    matched = false;
                    break;
                }
                i += word.Length;
            }
            if (matched)
                return i;
        }
        return null;
    }
}
