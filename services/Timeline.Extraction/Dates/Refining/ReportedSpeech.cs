using Timeline.Extraction.Dates.Resolution;

namespace Timeline.Extraction.Dates.Refining;

/// <summary>
/// A "gestern", "heute" or "tomorrow" inside a quotation counts from the day the speaker spoke, when the text gives
/// it: a day named outside the quotation beside a verb of saying, in the quote's sentence ("„Wir haben gestern
/// verhandelt“, sagte der Minister am Montag") or in an earlier one ("Juncker sagte am Dienstag ... „gestern ...“").
/// </summary>
internal static class ReportedSpeech
{
    public static void Refine(ResolutionContext context, List<Timex> timexes)
    {
        if (context.Mode != TaggerMode.News || context.Dct is not { } today || context.Profile.SpeechVerbs.Count == 0 || !timexes.Exists(IsDeicticDay))
            return;
        var text = context.Document.Text;
        var quotes = Quotations(text);
        if (quotes.Count == 0)
            return;
        var sentences = context.Document.Sentences;
        DateOnly? lastSpeechDay = null;
        var next = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var first = next;
            while (next < timexes.Count && timexes[next].Start < sentence.End)
                next++;
            var speechDay = SpeakersDay(context, text, quotes, sentence, timexes, first, next);
            var day = speechDay ?? lastSpeechDay;
            for (var i = first; i < next && day is { } spoken; i++)
            {
                var t = timexes[i];
                // On a page of dated items a quoted "heute" already counts from its item's date.
                var itemToday = context.Today(t.Start) ?? today;
                if (spoken != itemToday && Inside(quotes, t.Start) && IsDeicticDay(t) && Recount(t, itemToday, spoken) is { } recounted)
                    timexes[i] = recounted;
            }
            lastSpeechDay = speechDay ?? lastSpeechDay;
        }
    }

    /// <summary>A day named outside quotation marks in a sentence with a verb of saying outside them, if any.</summary>
    private static DateOnly? SpeakersDay(ResolutionContext context, string text, List<(int Start, int End)> quotes,
        Text.Sentence sentence, List<Timex> timexes, int first, int end)
    {
        DateOnly? day = null;
        for (var i = first; i < end && day is null; i++)
        {
            var t = timexes[i];
            if (t.Granularity is Granularity.Day or Granularity.Time && t.RangeStart is { } d && !Inside(quotes, t.Start))
                day = d;
        }
        if (day is null)
            return null;
        for (var i = sentence.Start; i < sentence.End;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < sentence.End && char.IsLetter(text[j]))
                j++;
            if (!Inside(quotes, i) && context.Profile.SpeechVerbs.Contains(text[i..j]))
                return day;
            i = j;
        }
        return null;
    }

    /// <summary>A day named by a word relative to the document date ("gestern", "today", "gestern Abend").</summary>
    private static bool IsDeicticDay(Timex t) =>
        t.Provenance.Rule.StartsWith("relword@", StringComparison.Ordinal) && t.RangeStart is not null && t.Granularity is Granularity.Day or Granularity.Time;

    private static Timex? Recount(Timex t, DateOnly today, DateOnly spoken)
    {
        if (Calendar.AddDays(t.RangeStart!.Value, spoken.DayNumber - today.DayNumber) is not { } day)
            return null;
        var value = Calendar.Day(day) + t.Value[10..];
        return t with
        {
            Value = value,
            RangeStart = day,
            RangeEnd = day,
            Provenance = t.Provenance with
            {
                Anchor = ResolutionContext.Named(spoken, "day the speaker spoke"),
                Reason = "in a quotation: counts from the day its speaker spoke",
            },
        };
    }

    private static bool Inside(List<(int Start, int End)> quotes, int offset)
    {
        foreach (var (start, end) in quotes)
        {
            if (offset > start && offset < end)
                return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("„“”\"»«\n");

    /// <summary>Where quotations are: „…“, “…”, "…", »…« and «…», each closed by the end of its paragraph at the latest.</summary>
    private static List<(int Start, int End)> Quotations(string text)
    {
        var quotes = new List<(int, int)>();
        var open = -1;
        var closer = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(QuoteMarks);
            if (skip < 0)
                break;
            i += skip;
            var c = text[i];
            if (open >= 0)
            {
                if (c == closer || (c == '\n'))
                {
                    quotes.Add((open, i));
                    open = -1;
                }
                continue;
            }
            (open, closer) = c switch
            {
                '„' => (i, '“'),
                '“' => (i, '”'),
                '"' => (i, '"'),
                '»' => (i, '«'),
                '«' => (i, '»'),
                _ => (-1, '\0'),
            };
        }
        if (open >= 0)
            quotes.Add((open, text.Length));
        return quotes;
    }
}
