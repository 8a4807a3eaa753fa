using System.Globalization;
using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>
/// Dates named relative to another: to the document date ("gestern", "vergangenen Monat", "vor zwei Tagen") or to the
/// date the text named last ("am selben Tag", "zwei Tage später", "im März des folgenden Jahres"), and words for
/// now, before and after ("derzeit", "damals", "bald").
/// </summary>
internal sealed class RelativeDates(ResolutionContext context)
{
    public Timex? RelativeUnit(Candidate c)
    {
        var unit = context.Unit(c);
        if (unit is null)
            return null;
        var rel = c.Group("rel") is { } r ? context.Profile.Relative[Key(r)] : 0;
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.Relative);
        // "traveled to Lithuania this weekend", on a Monday: in a past clause on a working day, this weekend is the one
        // just gone.
        if (unit == "WE" && rel == 0 && anchor is { } day && Calendar.IsoDay(day) < 6 && context.DirectionFor(c).Direction == Direction.Past)
            return ShiftedPeriod(c, unit, -1, anchor, anchorName, "the one just gone, for the clause tells of the past");
        return ShiftedPeriod(c, unit, rel, anchor, anchorName, rel == 0 ? "the current one" : rel < 0 ? "the one before" : "the one after");
    }

    public Timex? RelativeWord(Candidate c)
    {
        var word = Key(c.Group("word") ?? c.Match.Value);
        if (!context.Profile.RelativeWords.TryGetValue(word, out var code))
            return null;
        // Codes read "D-1": unit, then signed offset.
        var unit = code[..1];
        var offset = int.Parse(code[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (unit == "D" && offset == 0 && c.Group("daypart") is null && MeansThePresent(c, word))
        {
            // "die heutige Ukraine" in a story of the past names a place as it is now, no time of the story.
            return context.Mode == TaggerMode.Narrative && context.Profile.RelativeAdjectives.Contains(word) ? null : Reference(c, "PRESENT_REF");
        }
        // "im Vorjahr", "Folgejahr": in a story, the year before or after the one it has reached; "gestern" and "heute"
        // keep to the document date.
        var (anchor, anchorName) = context.Anchors.For(c, unit == "D" ? AnchorKind.Deictic : AnchorKind.Relative);
        var period = ShiftedPeriod(c, unit, offset, anchor, anchorName, $"'{word}' counts from the anchor");
        // "gestern Abend", "heute früh", "yesterday morning": a part of that day.
        if (period?.RangeStart is { } day && unit == "D" && context.DayPart(c) is { } partCode)
            return WithDayPart(period, day, partCode);
        // "heute Abend" with no day to count from is still an evening.
        if (anchor is null && unit == "D" && context.DayPart(c) is { } part)
            return context.Make(c, "TIME", $"XXXX-XX-XXT{part}", Granularity.Time, null, null, null, Direction.None, "no anchor");
        return period;
    }

    /// <summary>
    /// Whether "heute" or "today" speaks of the present rather than of the day: as an attribute of a noun that does not
    /// happen on a day ("das heutige Europa", "today's Europe", but "today's meeting"), after a word such as "von" ("die
    /// Welt von heute"), or in a clause that compares with other times ("heute besser als je zuvor").
    /// </summary>
    private bool MeansThePresent(Candidate c, string word)
    {
        var profile = context.Profile;
        var text = context.Document.Text;
        var possessive = c.End + 1 < text.Length && text[c.End] == '\'' && text[c.End + 1] is 's' or 'S';
        if (possessive || profile.RelativeAdjectives.Contains(word))
            return !NamesADay(text, possessive ? c.End + 2 : c.End);
        if (WordBefore(text, c.Start) is { } before && profile.GenericPresentBefore.Contains(before))
            return true;
        var sentence = context.Document.SentenceAt(c.Start);
        if (sentence is null)
            return false;
        var (from, to) = sentence.Clauses.FirstOrDefault(k => c.Start >= k.Start && c.Start < k.End, (sentence.Start, sentence.End));
        var clause = text.AsSpan(from, to - from);
        foreach (var cue in profile.GenericPresentCues)
        {
            if (clause.Contains(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Whether one of the next three words names something that happens on a day ("Treffen", "meeting").</summary>
    private bool NamesADay(string text, int from)
    {
        var i = from;
        for (var words = 0; words < 3; words++)
        {
            while (i < text.Length && text[i] == ' ')
                i++;
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
                i++;
            if (i == start)
                return false;
            if (context.Profile.DayNouns.Contains(text[start..i]))
                return true;
        }
        return false;
    }

    private static string? WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return end > start ? text[start..end] : null;
    }

    public Timex? Present(Candidate c)
    {
        var word = Key(c.Group("word") ?? c.Match.Value);
        // "diesmal" in a story told in the past is the story's own occasion, which the text does not date; "jetzt" is the
        // story's now, the date it has reached.
        if (context.Mode == TaggerMode.Narrative && context.Profile.OccasionWords.Contains(word))
            return null;
        if (context.Mode == TaggerMode.Narrative && context.Profile.StoryNow.Contains(word) && context.Anchors.LastMentioned is { } reached)
            return StoryDate(c, reached, "the story's now: the date it has reached");
        return Reference(c, context.Profile.Present[word]);
    }

    public Timex? RelativeReference(Candidate c) =>
        Reference(c, context.Profile.Relative[Key(c.Group("rel")!)] switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" });

    /// <summary>Whether one of the six words before an offset is a superlative or an ordinal ("first", "highest", "third trip to the region").</summary>
    private bool SuperlativeBefore(int at)
    {
        var text = context.Document.Text;
        var i = at;
        for (var words = 0; words < 6; words++)
        {
            while (i > 0 && !char.IsLetter(text[i - 1]))
            {
                if (text[i - 1] is '.' or ';' or ':' or '!' or '?')
                    return false;
                i--;
            }
            var end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
                i--;
            if (end == i)
                return false;
            if (context.Profile.Superlatives.Contains(text[i..end]))
                return true;
        }
        return false;
    }

    /// <summary>The date a story has reached, as precisely as the text named it.</summary>
    private Timex StoryDate(Candidate c, (DateOnly Date, Granularity Granularity) reached, string why)
    {
        var (d, granularity) = reached;
        var anchorName = Named(d, "last mentioned date");
        return granularity switch
        {
            >= Granularity.Day => context.Make(c, "DATE", Calendar.Day(d), Granularity.Day, d, d, anchorName, Direction.Same, why),
            Granularity.Month or Granularity.Week => context.MonthOf(c, d.Year, d.Month, anchorName, Direction.Same, why),
            _ => context.Make(c, "DATE", Calendar.Year(d.Year), Granularity.Year, new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31), anchorName, Direction.Same, why),
        };
    }

    /// <summary>"derzeit", "damals", "bald", "in den kommenden Tagen": now, some time before it, some time after it.</summary>
    private Timex? Reference(Candidate c, string value)
    {
        // In a story told in the past, "damals" and "bald" mean its own time, which the reader infers and the words
        // do not state: they are left untagged there rather than given a value the text does not carry.
        if (context.Mode == TaggerMode.Narrative && value is "PAST_REF" or "FUTURE_REF")
            return null;
        var (direction, why) = value switch
        {
            "PAST_REF" => (Direction.Past, "refers to some time before the present"),
            "FUTURE_REF" => (Direction.Future, "refers to some time after the present"),
            _ => (Direction.Same, "refers to the present"),
        };
        return context.Make(c, "DATE", value, Granularity.None, null, null, null, direction, why);
    }

    public Timex? Offset(Candidate c)
    {
        var profile = context.Profile;
        var unit = context.Unit(c);
        var amount = Steps(c.Group("num"), ref unit);
        if (unit is null && c.Group("unit") is { } phrase)
        {
            // "nach einem Monat": the number is inside the unit's phrase.
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            unit = words.Length == 2 && profile.Units.TryGetValue(words[1], out var inner) ? inner : null;
            amount = words.Length == 2 ? context.Amount(words[0]) : amount;
        }
        if (unit is null)
            return null;
        // "their first formal meeting in seven years", "the fastest pace in a decade": how long since, not a date ahead.
        // "In his second round of talks in two days, Bush met ...": told in the past, "in two days" is how long it took, not a
        // date ahead of the report.
        if (c.Group("within") is not null && amount is { } span && (SuperlativeBefore(c.Start) || context.DirectionFor(c).Direction == Direction.Past))
        {
            var number = c.Match.Groups["num"];
            return context.Make(c, "DURATION", Durations.Write([(span.ToString(CultureInfo.InvariantCulture), unit)]), Granularity.None, null, null, null,
                Direction.None, SuperlativeBefore(c.Start) ? "a span since, after a superlative" : "a span: its clause tells of the past", number.Index, c.End);
        }
        var anaphoric = c.Group("later") is not null || c.Group("earlier") is not null;
        var sign = c.Group("ago") is not null || c.Group("earlier") is not null ? -1 : 1;
        var (anchor, anchorName) = context.Anchors.For(c, anaphoric ? AnchorKind.Anaphoric : AnchorKind.Deictic);
        if (amount is null)
        {
            // "wenige Tage später" in a story: TIMEX2 gives it the date the story has reached, the nearest the text allows.
            if (anaphoric && context.Mode == TaggerMode.Narrative && context.Anchors.LastMentioned is { } reached)
                return StoryDate(c, reached, "an unnumbered distance from the date the story has reached");
            return context.Make(c, "DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", Granularity.None, null, null, anchorName, sign < 0 ? Direction.Past : Direction.Future, "an unnumbered distance");
        }
        if (anchor is not { } a)
            return ShiftedPeriod(c, unit, 0, null, anchorName, "no anchor");
        var n = amount.Value * sign;
        var shifted = unit switch
        {
            "D" => Calendar.AddDays(a, n),
            "W" => Calendar.AddDays(a, 7L * n),
            "M" => Calendar.AddMonths(a, n),
            "Y" => Calendar.AddMonths(a, 12L * n),
            "DE" => Calendar.AddMonths(a, 120L * n),
            _ => a,
        };
        if (shifted is null)
            return null;
        // Counted from a day the text named, the result is a day too ("drei Monate später" -> 1944-05-18).
        var finest = anaphoric && context.Anchors.LastMentioned is { Granularity: >= Granularity.Day } ? Granularity.Day : (Granularity?)null;
        return ShiftedPeriod(c, unit, 0, shifted, anchorName, $"{Math.Abs(n)} {unit} {(sign < 0 ? "before" : "after")} the anchor", finest) is { } t
            ? t with { Provenance = t.Provenance with { Direction = sign < 0 ? Direction.Past : Direction.Future } }
            : null;
    }

    /// <summary>
    /// How many calendar steps a number names, in a smaller unit where it is a fraction: "zwei" is two; "ein halbes
    /// (Jahr)" six months, "anderthalb (Jahre)" eighteen.
    /// </summary>
    private int? Steps(string? word, ref string? unit)
    {
        if (context.Amount(word) is { } whole)
            return whole;
        if (word is null || unit is not ("Y" or "W") || !context.Profile.Numbers.TryGetValue(Key(word), out var written)
            || !decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction))
            return null;
        var (smaller, times) = unit == "Y" ? ("M", 12) : ("D", 7);
        var steps = fraction * times;
        if (steps % 1 != 0)
            return null;
        unit = smaller;
        return (int)steps;
    }

    /// <summary>"im März des folgenden Jahres", "am 8. Mai desselben Jahres", "im Frühjahr des nächsten Jahres".</summary>
    public Timex? MonthOfRelativeYear(Candidate c)
    {
        var profile = context.Profile;
        var word = Key(c.Group("rel")!);
        var anaphoric = profile.Anaphoric.TryGetValue(word, out var offset);
        if (!anaphoric)
            offset = profile.Relative[word];
        var (anchor, anchorName) = context.Anchors.For(c, anaphoric ? AnchorKind.Anaphoric : AnchorKind.Relative);
        if (anchor is null)
            return null;
        var year = anchor.Value.Year + offset;
        if (!Calendar.IsValidYear(year))
            return null;
        var direction = offset < 0 ? Direction.Past : offset > 0 ? Direction.Future : Direction.Same;
        if (c.Group("season") is { } seasonWord)
        {
            var season = profile.Seasons[Key(seasonWord)];
            var (from, to) = Calendar.SeasonRange(year, season);
            return context.Make(c, "DATE", $"{Calendar.Year(year)}-{season}", Granularity.Season, from, to, anchorName, direction, $"'{word}' year");
        }
        var month = profile.Months[Key(c.Group("month")!)];
        if (c.Group("day") is { } dayText)
        {
            var day = int.Parse(dayText, CultureInfo.InvariantCulture);
            return Calendar.IsValidDay(year, month, day)
                ? context.Make(c, "DATE", Calendar.Day(new DateOnly(year, month, day)), Granularity.Day, new DateOnly(year, month, day), new DateOnly(year, month, day), anchorName, direction, $"'{word}' year")
                : null;
        }
        return context.MonthOf(c, year, month, anchorName, direction, $"'{word}' year");
    }

    public Timex? Anaphor(Candidate c)
    {
        var (anchor, anchorName) = context.Anchors.For(c, AnchorKind.Anaphoric);
        if (c.Group("word") is { } phrase)
            return AnaphoricWord(c, Key(phrase), anchor, anchorName);
        if (c.Group("unit") is null)
            return DayPartOfAnchor(c, anchor, anchorName);
        var unit = context.Unit(c);
        if (unit is null)
            return null;
        var rel = context.Profile.Anaphoric[Key(c.Group("rel")!)];
        if (unit == "D" && context.Anchors.LastDay is { } knownDay)
            (anchor, anchorName) = (knownDay, Named(knownDay, "last mentioned day"));
        var period = ShiftedPeriod(c, unit, rel, anchor, anchorName, $"'{c.Group("rel")}' counts from the last mentioned date");
        if (period?.RangeStart is { } day && context.DayPart(c) is { } partCode)
            return WithDayPart(period, day, partCode);
        return period;
    }

    /// <summary>
    /// In news, whether the last named day lies on the other side of the document date than the clause's tense points
    /// ("Die Übungen dauern bis zum 20. Februar. Wie das Ministerium am Abend mitteilte, ..."): then "am Abend" is not
    /// that day's.
    /// </summary>
    private bool AcrossTheDocumentDate(Candidate c, DateOnly day) =>
        context.Mode == TaggerMode.News && context.Today(c.Start) is { } today && day != today && context.PointsAway(c, day < today ? Direction.Past : Direction.Future);

    /// <summary>"Jahresende", "am Tag darauf", "Mitternacht": a word that names a period of the last mentioned date.</summary>
    private Timex? AnaphoricWord(Candidate c, string word, DateOnly? anchor, string anchorName)
    {
        var profile = context.Profile;
        if (profile.Midnight.TryGetValue(word, out var clock))
        {
            return anchor is { } m
                ? context.Make(c, "TIME", $"{Calendar.Day(m)}{clock}", Granularity.Time, m, m, anchorName, Direction.Same, "midnight of the last mentioned day")
                : context.Make(c, "TIME", $"XXXX-XX-XX{clock}", Granularity.Time, null, null, null, Direction.None, "no anchor");
        }
        if (!profile.AnaphoricWords.TryGetValue(word, out var code))
            return null;
        // In news, "im Laufe des Tages", "an diesem Tag" mean the last day the article named, and today if it named none.
        if (context.Mode == TaggerMode.News && code[..1] == "D")
        {
            if (context.Anchors.LastDay is { } knownDay)
                (anchor, anchorName) = (knownDay, Named(knownDay, "last mentioned day"));
            else if (context.Today(c.Start) is { } today)
                (anchor, anchorName) = (today, context.TodayName(c.Start));
        }
        var offset = int.Parse(code[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return ShiftedPeriod(c, code[..1], offset, anchor, anchorName, $"'{word}' counts from the last mentioned date");
    }

    /// <summary>"am Abend", "am selben Abend", "am Morgen darauf": a part of the last mentioned day, or of the day after.</summary>
    private Timex? DayPartOfAnchor(Candidate c, DateOnly? anchor, string anchorName)
    {
        if (context.Anchors.LastDay is { } knownDay)
        {
            (anchor, anchorName) = AcrossTheDocumentDate(c, knownDay)
                ? (context.Today(c.Start)!.Value, context.TodayName(c.Start))
                : (knownDay, Named(knownDay, "last mentioned day"));
        }
        else if (context.Anchors.LastMentioned is { Granularity: < Granularity.Day } coarse && anchor == coarse.Date)
        {
            // "Während ihrer Reise letzte Woche ... in der Früh": the morning of a day the week does not name.
            (anchor, anchorName) = (null, "none");
        }
        if (context.DayPart(c) is not { } part)
            return null;
        if (anchor is not { } day)
            return context.Make(c, "TIME", $"XXXX-XX-XXT{part}", Granularity.Time, null, null, null, Direction.None, "no anchor");
        var shift = c.Group("later") is not null ? 1 : c.Group("rel") is { } r && context.Profile.Anaphoric.TryGetValue(Key(r), out var k) ? k : 0;
        if (Calendar.AddDays(day, shift) is not { } date)
            return null;
        return context.Make(c, "TIME", $"{Calendar.Day(date)}T{part}", Granularity.Time, date, date, anchorName,
            shift > 0 ? Direction.Future : shift < 0 ? Direction.Past : Direction.Same, "a part of the last mentioned day");
    }

    /// <summary>The period of a unit that lies <paramref name="offset"/> steps from the anchor's: a day, week, weekend, month, year or decade.</summary>
    private Timex? ShiftedPeriod(Candidate c, string unit, int offset, DateOnly? anchor, string anchorName, string why, Granularity? finest = null)
    {
        var direction = offset < 0 ? Direction.Past : offset > 0 ? Direction.Future : Direction.Same;
        if (anchor is not { } a)
        {
            var unknown = unit switch { "D" => "XXXX-XX-XX", "W" or "WE" => "XXXX-WXX", "M" => "XXXX-XX", _ => "XXXX" };
            return context.Make(c, "DATE", unknown, Granularity.None, null, null, null, direction, "no anchor");
        }
        switch (unit)
        {
            case "D":
            {
                if (Calendar.AddDays(a, offset) is not { } d)
                    return null;
                return context.Make(c, "DATE", Calendar.Day(d), Granularity.Day, d, d, anchorName, direction, why);
            }
            case "W" when finest == Granularity.Day:
            case "M" when finest == Granularity.Day:
                return context.Make(c, "DATE", Calendar.Day(a), Granularity.Day, a, a, anchorName, direction, why);
            case "W":
            case "WE":
            {
                if (Calendar.AddDays(Calendar.WeekStart(a), 7L * offset) is not { } weekStart || Calendar.AddDays(weekStart, 6) is not { } weekEnd)
                    return null;
                var value = Calendar.Week(weekStart) + (unit == "WE" ? "-WE" : "");
                var from = unit == "WE" ? weekEnd.AddDays(-1) : weekStart;
                return context.Make(c, "DATE", value, Granularity.Week, from, weekEnd, anchorName, direction, why);
            }
            case "M":
            {
                if (Calendar.AddMonths(new DateOnly(a.Year, a.Month, 1), offset) is not { } first)
                    return null;
                return context.Make(c, "DATE", Calendar.Month(first.Year, first.Month), Granularity.Month, first, Calendar.MonthEnd(first.Year, first.Month), anchorName, direction, why);
            }
            case "Y":
            {
                var year = a.Year + offset;
                if (!Calendar.IsValidYear(year))
                    return null;
                return context.Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), anchorName, direction, why);
            }
            case "DE":
                return Span(a.Year / 10 + offset, 10, "000", Granularity.Decade);
            case "CE":
                return Span(a.Year / 100 + offset, 100, "00", Granularity.Century);
            case "ML":
                return Span(a.Year / 1000 + offset, 1000, "0", Granularity.Century);
            default:
                return null;
        }

        // A decade, century or millennium by its number: the 1990s are decade 199, the 20th century "19".
        Timex? Span(int index, int years, string format, Granularity granularity)
        {
            if (index < 0 || Calendar.Years((long)index * years, (long)index * years + years - 1) is not { } range)
                return null;
            return context.Make(c, "DATE", index.ToString(format, CultureInfo.InvariantCulture), granularity, range.Start, range.End, anchorName, direction, why);
        }
    }
}
