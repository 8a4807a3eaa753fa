using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Finds temporal expressions with the rules of a language and resolves them to TIMEX3 values. In news mode
/// relative expressions resolve against the document date in the direction the clause's tense gives; in
/// narrative mode (no document date) they resolve against the last date the text mentioned.
/// </summary>
public static class TemporalTagger
{
    public static TaggerResult Tag(string text, string? language = null, DateOnly? documentDate = null, TaggerMode? mode = null)
    {
        var profile = LanguageProfile.For(language ?? LanguageDetector.Detect(text));
        var document = TextDocument.Analyse(text, profile);
        return Tag(document, profile, documentDate, mode);
    }

    public static TaggerResult Tag(TextDocument document, LanguageProfile profile, DateOnly? documentDate, TaggerMode? mode = null)
    {
        var candidates = FindCandidates(document, profile);
        var dct = documentDate is { } given
            ? new DocumentDate(given, true, "given with the article")
            : DocumentDateInference.Infer(document, profile, candidates);
        var effectiveMode = mode ?? (dct is null ? TaggerMode.Narrative : TaggerMode.News);
        var resolver = new TimexResolver(document, profile, dct?.Value, effectiveMode);
        var timexes = candidates.SelectMany(resolver.Resolve).ToList();
        return new TaggerResult(profile.Code, dct, effectiveMode, timexes);
    }

    /// <summary>Every rule match in article text (not furniture), overlaps removed: longest first, then earlier rule.</summary>
    internal static List<Candidate> FindCandidates(TextDocument document, LanguageProfile profile)
    {
        var found = new List<Candidate>();
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Role == ParagraphRole.Furniture)
                continue;
            var text = document.Text[..paragraph.End];
            for (var r = 0; r < profile.Rules.Count; r++)
            {
                var rule = profile.Rules[r];
                for (var m = rule.Pattern.Match(text, paragraph.Start); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0)
                        found.Add(new Candidate(rule, r, m, paragraph.Role));
                }
            }
        }
        var kept = new List<Candidate>();
        foreach (var c in found.OrderByDescending(c => c.Match.Length).ThenBy(c => c.RuleIndex).ThenBy(c => c.Match.Index))
        {
            if (!kept.Any(k => k.Start < c.End && c.Start < k.End))
                kept.Add(c);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}

internal sealed record Candidate(DateRule Rule, int RuleIndex, Match Match, ParagraphRole Role)
{
    public int Start => Match.Index;
    public int End => Match.Index + Match.Length;

    public string? Group(string name) => Match.Groups[name] is { Success: true } g ? g.Value : null;
}

/// <summary>Turns rule matches into values, one expression at a time, remembering the narrative anchor.</summary>
internal sealed class TimexResolver(TextDocument document, LanguageProfile profile, DateOnly? dct, TaggerMode mode)
{
    private readonly TenseDetector tense = new(profile);
    private DateOnly? narrativeAnchor;
    private int narrativeAnchorSentence = -1;

    public IEnumerable<Timex> Resolve(Candidate c)
    {
        var results = c.Rule.Kind switch
        {
            "range" => ResolveRange(c),
            _ => ResolveSingle(c, c.Start, c.End) is { } t ? [t] : [],
        };
        foreach (var t in results)
        {
            if (t.RangeStart is { } start && t.Granularity is >= Granularity.Year and <= Granularity.Day && ExplicitYear(c))
            {
                narrativeAnchor = start;
                narrativeAnchorSentence = SentenceIndex(t.Start);
            }
            yield return t;
        }
    }

    private static bool ExplicitYear(Candidate c) => c.Group("year") is not null;

    private int SentenceIndex(int offset)
    {
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            if (document.Sentences[i].Contains(offset))
                return i;
        }
        return -1;
    }

    private IEnumerable<Timex> ResolveRange(Candidate c)
    {
        var first = c.Match.Groups["day"];
        var secondStart = c.Match.Groups["day2"].Index;
        var month = profile.Months[LanguageProfile.Normalize(c.Group("month")!)];
        var a = ResolveDayMonth(c, first.Index, first.Index + first.Length, int.Parse(first.Value, CultureInfo.InvariantCulture), month);
        var b = ResolveDayMonth(c, secondStart, c.End, int.Parse(c.Group("day2")!, CultureInfo.InvariantCulture), month);
        return new[] { a, b }.Where(t => t is not null).Select(t => t!);
    }

    private Timex? ResolveSingle(Candidate c, int start, int end) => c.Rule.Kind switch
    {
        "date" => ResolveDate(c, start, end),
        "monthyear" => ResolveMonthYear(c),
        "month" => ResolveMonth(c),
        "season" => ResolveSeason(c),
        "relunit" => ResolveRelativeUnit(c),
        "relword" => ResolveRelativeWord(c),
        "present" => Make(c, "DATE", "PRESENT_REF", Granularity.None, null, null, null, Direction.Same, "refers to the present"),
        "offset" => ResolveOffset(c),
        "weekday" => ResolveWeekday(c),
        "decade" => ResolveDecade(c),
        "century" => ResolveCentury(c),
        "year" => ResolveYear(c),
        "time" => ResolveTime(c),
        "duration" => ResolveDuration(c),
        "durationadj" => ResolveDurationAdjective(c),
        "vague" => Make(c, "DURATION", profile.VagueDurations[Key(c.Group("word") ?? c.Match.Value)], Granularity.None, null, null, null, Direction.None, "a length without a number"),
        "set" => ResolveSet(c),
        _ => null,
    };

    private static string Key(string phrase) => LanguageProfile.Normalize(phrase);

    private Timex Make(Candidate c, string type, string value, Granularity granularity, DateOnly? from, DateOnly? to,
        string? anchor, Direction direction, string reason, int? start = null, int? end = null, string? mod = null)
    {
        var s = start ?? c.Start;
        var e = end ?? c.End;
        return new Timex(s, e, document.Original[s..e], type, value, granularity, from, to,
            new Provenance(c.Rule.Name, anchor, direction, reason), mod ?? Mod(c));
    }

    private string? Mod(Candidate c) => c.Group("part") is { } part && profile.Parts.TryGetValue(Key(part), out var mod) ? mod : null;

    /// <summary>The date relative expressions count from here: the document date in news mode, the last mentioned date otherwise.</summary>
    private (DateOnly? Anchor, string Name) AnchorFor(Candidate c, bool preferNarrative)
    {
        if (mode == TaggerMode.Narrative || dct is null)
            return narrativeAnchor is { } n ? (n, $"last mentioned date {Calendar.Day(n)}") : dct is { } d0 ? (d0, $"document date {Calendar.Day(d0)}") : (null, "none");
        // In news, a background passage that names its year anchors the year-less dates right after it.
        if (preferNarrative && narrativeAnchor is { } recent && narrativeAnchorSentence >= 0)
        {
            var here = SentenceIndex(c.Start);
            if (here - narrativeAnchorSentence is 0 or 1 && recent.Year != dct.Value.Year)
                return (recent, $"year named just before ({recent.Year})");
        }
        return (dct, $"document date {Calendar.Day(dct.Value)}");
    }

    private (Direction Direction, string Why) DirectionFor(Candidate c)
    {
        if (mode == TaggerMode.Narrative)
            return (Direction.None, "narrative mode: nearest to the anchor");
        var sentence = document.SentenceAt(c.Start);
        if (sentence is null)
            return (Direction.None, "outside any sentence");
        var (direction, cue) = tense.DirectionAt(document.Text, sentence, c.Start, c.End - c.Start);
        return (direction, cue);
    }

    private Timex? ResolveDate(Candidate c, int start, int end)
    {
        var day = int.Parse(c.Group("day")!, CultureInfo.InvariantCulture);
        var month = c.Group("monthnum") is { } num ? int.Parse(num, CultureInfo.InvariantCulture) : profile.Months[Key(c.Group("month")!)];
        if (c.Group("year") is { } y)
        {
            var year = int.Parse(y, CultureInfo.InvariantCulture);
            if (y.Length == 2)
                year += year <= 40 ? 2000 : 1900;
            if (!Calendar.IsValidDay(year, month, day))
                return null;
            var d = new DateOnly(year, month, day);
            return Make(c, "DATE", Calendar.Day(d), Granularity.Day, d, d, null, Direction.None, "fully specified", start, end);
        }
        return ResolveDayMonth(c, start, end, day, month);
    }

    private Timex? ResolveDayMonth(Candidate c, int start, int end, int day, int month)
    {
        if (c.Group("year") is { } y)
        {
            var year = int.Parse(y, CultureInfo.InvariantCulture);
            if (!Calendar.IsValidDay(year, month, day))
                return null;
            var d = new DateOnly(year, month, day);
            return Make(c, "DATE", Calendar.Day(d), Granularity.Day, d, d, null, Direction.None, "fully specified", start, end);
        }
        if (day is < 1 or > 31)
            return null;
        var (anchor, anchorName) = AnchorFor(c, preferNarrative: true);
        if (anchor is null)
            return Make(c, "DATE", $"XXXX-{month:00}-{day:00}", Granularity.Day, null, null, null, Direction.None, "no anchor for the year", start, end);
        // A weekday beside the date ("Mittwoch, 12. Januar") settles the year by itself.
        if (c.Group("weekday") is { } wd && profile.Weekdays.TryGetValue(Key(wd), out var isoDay))
        {
            foreach (var year in new[] { anchor.Value.Year, anchor.Value.Year - 1, anchor.Value.Year + 1 })
            {
                if (Calendar.IsValidDay(year, month, day) && Calendar.IsoDay(new DateOnly(year, month, day)) == isoDay)
                {
                    var agreed = new DateOnly(year, month, day);
                    return Make(c, "DATE", Calendar.Day(agreed), Granularity.Day, agreed, agreed, anchorName, Direction.None, "the year in which the weekday fits", start, end);
                }
            }
        }
        var (direction, why) = DirectionFor(c);
        var (chosenYear, chosen) = Calendar.ChooseYear(anchor.Value, direction,
            yr => Calendar.IsValidDay(yr, month, day) ? (new DateOnly(yr, month, day), new DateOnly(yr, month, day)) : null);
        if (!Calendar.IsValidDay(chosenYear, month, day))
            return null;
        var date = new DateOnly(chosenYear, month, day);
        return Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, chosen, why, start, end);
    }

    private Timex ResolveMonthYear(Candidate c)
    {
        var month = profile.Months[Key(c.Group("month")!)];
        var year = int.Parse(c.Group("year")!, CultureInfo.InvariantCulture);
        return Make(c, "DATE", Calendar.Month(year, month), Granularity.Month, new DateOnly(year, month, 1), Calendar.MonthEnd(year, month), null, Direction.None, "fully specified");
    }

    private Timex ResolveMonth(Candidate c)
    {
        var month = profile.Months[Key(c.Group("month")!)];
        var (anchor, anchorName) = AnchorFor(c, preferNarrative: true);
        if (anchor is null)
            return Make(c, "DATE", $"XXXX-{month:00}", Granularity.Month, null, null, null, Direction.None, "no anchor for the year");
        var (direction, why) = DirectionFor(c);
        var (year, chosen) = mode == TaggerMode.Narrative || anchorName.StartsWith("year named", StringComparison.Ordinal)
            ? (anchor.Value.Year, Direction.Same)
            : Calendar.ChooseYear(anchor.Value, direction, y => (new DateOnly(y, month, 1), Calendar.MonthEnd(y, month)));
        return Make(c, "DATE", Calendar.Month(year, month), Granularity.Month, new DateOnly(year, month, 1), Calendar.MonthEnd(year, month), anchorName, chosen, why);
    }

    private Timex ResolveSeason(Candidate c)
    {
        var season = profile.Seasons[Key(c.Group("season")!)];
        if (c.Group("year") is { } y)
        {
            var year = int.Parse(y, CultureInfo.InvariantCulture);
            var (s, e) = Calendar.SeasonRange(year, season);
            return Make(c, "DATE", $"{Calendar.Year(year)}-{season}", Granularity.Season, s, e, null, Direction.None, "fully specified");
        }
        var (anchor, anchorName) = AnchorFor(c, preferNarrative: true);
        if (anchor is null)
            return Make(c, "DATE", $"XXXX-{season}", Granularity.Season, null, null, null, Direction.None, "no anchor for the year");
        var rel = c.Group("rel") is { } r ? profile.Relative[Key(r)] : (int?)null;
        var (direction, why) = rel switch
        {
            -1 => (Direction.Past, $"'{c.Group("rel")}' names the one before"),
            1 => (Direction.Future, $"'{c.Group("rel")}' names the one after"),
            0 => (Direction.None, $"'{c.Group("rel")}' names the current one"),
            _ => DirectionFor(c),
        };
        var reference = rel switch
        {
            -1 => anchor.Value.AddMonths(-3),
            1 => anchor.Value.AddMonths(3),
            _ => anchor.Value,
        };
        var (chosenYear, chosen) = Calendar.ChooseYear(reference, direction, yr => Calendar.SeasonRange(yr, season));
        var (from, to) = Calendar.SeasonRange(chosenYear, season);
        return Make(c, "DATE", $"{Calendar.Year(chosenYear)}-{season}", Granularity.Season, from, to, anchorName, chosen, why);
    }

    private Timex? ResolveRelativeUnit(Candidate c)
    {
        var unit = profile.Units.TryGetValue(Key(c.Group("unit")!), out var u) ? u : null;
        if (unit is null)
            return null;
        var rel = c.Group("rel") is { } r ? profile.Relative[Key(r)] : 0;
        var (anchor, anchorName) = AnchorFor(c, preferNarrative: false);
        return ShiftedPeriod(c, unit, rel, anchor, anchorName, rel == 0 ? "the current one" : rel < 0 ? "the one before" : "the one after");
    }

    private Timex? ShiftedPeriod(Candidate c, string unit, int offset, DateOnly? anchor, string anchorName, string why)
    {
        var direction = offset < 0 ? Direction.Past : offset > 0 ? Direction.Future : Direction.Same;
        if (anchor is not { } a)
        {
            var unknown = unit switch { "D" => "XXXX-XX-XX", "W" or "WE" => "XXXX-WXX", "M" => "XXXX-XX", _ => "XXXX" };
            return Make(c, "DATE", unknown, Granularity.None, null, null, null, direction, "no anchor");
        }
        switch (unit)
        {
            case "D":
            {
                var d = a.AddDays(offset);
                return Make(c, "DATE", Calendar.Day(d), Granularity.Day, d, d, anchorName, direction, why);
            }
            case "W":
            case "WE":
            {
                var weekStart = Calendar.WeekStart(a).AddDays(7 * offset);
                var value = Calendar.Week(weekStart) + (unit == "WE" ? "-WE" : "");
                var from = unit == "WE" ? weekStart.AddDays(5) : weekStart;
                return Make(c, "DATE", value, Granularity.Week, from, weekStart.AddDays(6), anchorName, direction, why);
            }
            case "M":
            {
                var first = new DateOnly(a.Year, a.Month, 1).AddMonths(offset);
                return Make(c, "DATE", Calendar.Month(first.Year, first.Month), Granularity.Month, first, Calendar.MonthEnd(first.Year, first.Month), anchorName, direction, why);
            }
            case "Y":
            {
                var year = a.Year + offset;
                return Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), anchorName, direction, why);
            }
            case "DE":
            {
                var decade = a.Year / 10 + offset;
                return Make(c, "DATE", decade.ToString("000", CultureInfo.InvariantCulture), Granularity.Decade, new DateOnly(decade * 10, 1, 1), new DateOnly(decade * 10 + 9, 12, 31), anchorName, direction, why);
            }
            default:
                return null;
        }
    }

    private Timex? ResolveRelativeWord(Candidate c)
    {
        var word = Key(c.Group("word") ?? c.Match.Value);
        if (!profile.RelativeWords.TryGetValue(word, out var code))
            return null;
        // Codes read "D-1": unit, then signed offset.
        var unit = code[..1];
        var offset = int.Parse(code[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var (anchor, anchorName) = AnchorFor(c, preferNarrative: false);
        return ShiftedPeriod(c, unit, offset, anchor, anchorName, $"'{word}' counts from the anchor");
    }

    private Timex? ResolveOffset(Candidate c)
    {
        var unit = profile.Units.TryGetValue(Key(c.Group("unit")!), out var u) ? u : null;
        var amount = Amount(c.Group("num"));
        if (unit is null)
            return null;
        var sign = c.Group("ago") is not null ? -1 : 1;
        var (anchor, anchorName) = AnchorFor(c, preferNarrative: false);
        if (amount is null)
            return Make(c, "DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", Granularity.None, null, null, anchorName, sign < 0 ? Direction.Past : Direction.Future, "an unnumbered distance");
        if (anchor is not { } a)
            return ShiftedPeriod(c, unit, 0, null, anchorName, "no anchor");
        var n = amount.Value * sign;
        // Count the distance in days, weeks, months or years, then name the period it lands in.
        var shifted = unit switch
        {
            "D" => a.AddDays(n),
            "W" => a.AddDays(7 * n),
            "M" => a.AddMonths(n),
            "Y" => a.AddYears(n),
            "DE" => a.AddYears(10 * n),
            _ => a,
        };
        return ShiftedPeriod(c, unit, 0, shifted, anchorName, $"{Math.Abs(n)} {unit} {(sign < 0 ? "before" : "after")} the anchor") is { } t
            ? t with { Provenance = t.Provenance with { Direction = sign < 0 ? Direction.Past : Direction.Future } }
            : null;
    }

    private int? Amount(string? word)
    {
        if (word is null)
            return null;
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return n;
        return profile.Numbers.TryGetValue(Key(word), out var v) && v != "X" ? int.Parse(v, CultureInfo.InvariantCulture) : null;
    }

    private Timex ResolveWeekday(Candidate c)
    {
        var isoDay = profile.Weekdays[Key(c.Group("weekday")!)];
        var (anchor, anchorName) = mode == TaggerMode.News && dct is { } d ? (d, $"document date {Calendar.Day(d)}") : AnchorFor(c, preferNarrative: false);
        var daypart = DayPart(c.Group("daypart"));
        if (anchor is not { } a)
            return Make(c, "DATE", $"XXXX-WXX-{isoDay}", Granularity.Day, null, null, null, Direction.None, "no anchor");
        var rel = c.Group("rel") is { } r ? profile.Relative[Key(r)] : (int?)null;
        var delta = isoDay - Calendar.IsoDay(a);
        DateOnly date;
        Direction direction;
        string why;
        switch (rel)
        {
            case -1:
                date = a.AddDays(delta < 0 ? delta : delta - 7);
                (direction, why) = (Direction.Past, $"'{c.Group("rel")}': the last one before the anchor");
                break;
            case 1:
                date = a.AddDays(delta > 0 ? delta : delta + 7);
                (direction, why) = (Direction.Future, $"'{c.Group("rel")}': the next one after the anchor");
                break;
            case 0:
                date = a.AddDays(delta);
                (direction, why) = (delta < 0 ? Direction.Past : delta > 0 ? Direction.Future : Direction.Same, $"'{c.Group("rel")}': in the anchor's week");
                break;
            default:
                var (tenseDirection, cue) = DirectionFor(c);
                if (mode == TaggerMode.Narrative)
                    tenseDirection = Direction.None;
                if (delta == 0)
                {
                    date = a;
                    (direction, why) = (Direction.Same, "the anchor's own weekday");
                }
                else if (tenseDirection == Direction.Future)
                {
                    date = a.AddDays(delta > 0 ? delta : delta + 7);
                    (direction, why) = (Direction.Future, cue);
                }
                else if (tenseDirection == Direction.Past)
                {
                    date = a.AddDays(delta < 0 ? delta : delta - 7);
                    (direction, why) = (Direction.Past, cue);
                }
                else
                {
                    // No tense to go by: the nearest such day, the past one on a tie (news reports what happened).
                    var back = delta < 0 ? delta : delta - 7;
                    var forward = delta > 0 ? delta : delta + 7;
                    date = a.AddDays(-back <= forward ? back : forward);
                    (direction, why) = (-back <= forward ? Direction.Past : Direction.Future, $"{cue}: the nearest one");
                }
                break;
        }
        if (daypart is not null)
            return Make(c, "TIME", $"{Calendar.Day(date)}T{daypart}", Granularity.Time, date, date, anchorName, direction, why);
        return Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, direction, why);
    }

    private static string? DayPart(string? part) => part?.ToLowerInvariant() switch
    {
        null or "" => null,
        "morgen" or "vormittag" or "morning" => "MO",
        "mittag" or "nachmittag" or "afternoon" => "AF",
        "abend" or "evening" => "EV",
        "nacht" or "night" => "NI",
        _ => null,
    };

    private Timex ResolveDecade(Candidate c)
    {
        string value;
        if (c.Group("decade") is { } full)
            value = full;
        else
        {
            var (anchor, _) = AnchorFor(c, preferNarrative: false);
            var century = anchor is { } a ? a.Year / 100 : 19;
            value = $"{century}{c.Group("decade2")}";
        }
        var start = int.Parse(value, CultureInfo.InvariantCulture) * 10;
        return Make(c, "DATE", value, Granularity.Decade, new DateOnly(Math.Max(start, 1), 1, 1), new DateOnly(start + 9, 12, 31), null, Direction.None, "a decade");
    }

    private Timex ResolveCentury(Candidate c)
    {
        var ordinal = int.Parse(c.Group("century")!, CultureInfo.InvariantCulture);
        var value = (ordinal - 1).ToString("00", CultureInfo.InvariantCulture);
        var first = Math.Max((ordinal - 1) * 100, 1);
        return Make(c, "DATE", value, Granularity.Century, new DateOnly(first, 1, 1), new DateOnly(ordinal * 100 - 1, 12, 31), null, Direction.None, "a century");
    }

    private Timex? ResolveYear(Candidate c)
    {
        var year = int.Parse(c.Group("year")!, CultureInfo.InvariantCulture);
        if (c.Group("era") is { } era && profile.Eras.TryGetValue(Key(era), out var code) && code == "BC")
            return Make(c, "DATE", Calendar.Year(-year), Granularity.Year, null, null, null, Direction.None, "a year before Christ");
        if (year < 1)
            return null;
        return Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, Direction.None, "a year");
    }

    private Timex ResolveTime(Candidate c)
    {
        var hour = int.Parse(c.Group("hour")!, CultureInfo.InvariantCulture);
        var minute = c.Group("minute") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : 0;
        if (c.Group("ampm") is { } ampm)
        {
            var pm = ampm.StartsWith('p') || ampm.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        var (anchor, anchorName) = AnchorFor(c, preferNarrative: false);
        var day = anchor is { } a ? Calendar.Day(a) : "XXXX-XX-XX";
        return Make(c, "TIME", $"{day}T{hour:00}:{minute:00}", Granularity.Time, anchor, anchor, anchorName, Direction.Same, "a clock time on the anchor's day");
    }

    private Timex? ResolveDuration(Candidate c)
    {
        var unit = profile.Units.TryGetValue(Key(c.Group("unit")!), out var u) ? u : null;
        if (unit is null)
            return null;
        var word = c.Group("num")!;
        var amount = Amount(word)?.ToString(CultureInfo.InvariantCulture) ?? (profile.Numbers.TryGetValue(Key(word), out var x) ? x : null);
        if (amount is null)
            return null;
        return Make(c, "DURATION", DurationValue(amount, unit), Granularity.None, null, null, null, Direction.None, "a length of time");
    }

    private Timex? ResolveDurationAdjective(Candidate c)
    {
        var amount = Amount(c.Group("num"));
        if (amount is null || !profile.DurationAdjectives.TryGetValue(Key(c.Group("durunit")!), out var unit))
            return null;
        var value = DurationValue(amount.Value.ToString(CultureInfo.InvariantCulture), unit);
        return Make(c, "DURATION", value, Granularity.None, null, null, null, Direction.None, "an adjective of length");
    }

    private static string DurationValue(string amount, string unit) => unit switch
    {
        "H" => $"PT{amount}H",
        "MIN" => $"PT{amount}M",
        "WE" => $"P{amount}WE",
        _ => $"P{amount}{unit}",
    };

    private Timex ResolveSet(Candidate c)
    {
        var isoDay = profile.Weekdays[Key(c.Group("weekday")!)];
        return Make(c, "SET", $"XXXX-WXX-{isoDay}", Granularity.Day, null, null, null, Direction.None, "every such weekday");
    }
}
