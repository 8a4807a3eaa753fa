using System.Buffers;
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
        var timexes = new List<Timex>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i + 1 < candidates.Count && resolver.TakesDayAfter(candidates[i], candidates[i + 1]))
            {
                // "at 6 a.m. on Sunday": the day first, so that the clock time is that day's; output stays in text order.
                var before = timexes.Count;
                resolver.Resolve(candidates[i + 1], timexes);
                resolver.Resolve(candidates[i], timexes);
                timexes.Sort(before, timexes.Count - before, Comparer<Timex>.Create((a, b) => a.Start.CompareTo(b.Start)));
                i++;
                continue;
            }
            resolver.Resolve(candidates[i], timexes);
        }
        return new TaggerResult(profile.Code, dct, effectiveMode, timexes);
    }

    /// <summary>
    /// Every rule match in article text (not furniture), overlaps removed: longest first, then earlier rule. Rules
    /// with key lists are tried only on sentences where a key occurs; the others on every sentence.
    /// </summary>
    internal static List<Candidate> FindCandidates(TextDocument document, LanguageProfile profile, bool useKeys = true)
    {
        var found = new List<Candidate>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Furniture)
                continue;
            var present = useKeys ? profile.Keywords.Scan(document.Text, sentence.Start, sentence.End) : ulong.MaxValue;
            var length = sentence.End - sentence.Start;
            var rules = profile.Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                if (!rule.MayMatch(present))
                    continue;
                for (var m = rule.Pattern.Match(document.Text, sentence.Start, length); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0)
                        found.Add(new Candidate(rule, r, m, sentence.Role));
                }
            }
        }
        found.Sort((a, b) => b.Match.Length != a.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.RuleIndex != b.RuleIndex ? a.RuleIndex.CompareTo(b.RuleIndex) : a.Match.Index.CompareTo(b.Match.Index));
        var kept = new List<Candidate>(found.Count);
        // Which characters an accepted expression already covers.
        var taken = ArrayPool<bool>.Shared.Rent(document.Text.Length);
        try
        {
            taken.AsSpan(0, document.Text.Length).Clear();
            foreach (var c in found)
            {
                var span = taken.AsSpan(c.Start, c.End - c.Start);
                if (span.Contains(true))
                    continue;
                span.Fill(true);
                kept.Add(c);
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(taken);
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

/// <summary>
/// Turns rule matches into values, one expression at a time in text order. It remembers the last date the
/// text mentioned (the anchor of narrative text and of "zwei Tage später" in any text) and the last date with
/// an explicit year (which anchors a news article's background passages).
/// </summary>
internal sealed class TimexResolver(TextDocument document, LanguageProfile profile, DateOnly? dct, TaggerMode mode)
{
    private readonly TenseDetector tense = TenseDetector.For(profile);
    private TenseDetector.CueCache? cues;
    private (DateOnly Date, Granularity Granularity)? lastMentioned;
    private DateOnly? lastDay;
    private int lastDaySentence = -1;
    private DateOnly? lastExplicitYear;
    private int lastExplicitSentence = -1;

    // Narrative structure: the year of the latest heading that names one, and the last date of the current paragraph.
    private int? sectionYear;
    private bool sectionYearOutlivesSubheadings;
    private int currentParagraph = -1;
    private DateOnly? paragraphAnchor;

    /// <summary>Adds what a candidate resolves to (nothing, one expression, or the two ends of a range) to <paramref name="timexes"/>.</summary>
    public void Resolve(Candidate c, List<Timex> timexes)
    {
        EnterParagraphOf(c.Start);
        if (c.Rule.Kind is "range" or "yearpair" or "erarange")
        {
            var results = c.Rule.Kind switch
            {
                "range" => ResolveRange(c),
                "yearpair" => ResolveYearPair(c),
                _ => ResolveEraRange(c),
            };
            foreach (var t in results)
                Add(c, t, timexes);
        }
        else if (ResolveSingle(c) is { } single)
        {
            Add(c, single, timexes);
        }
    }

    private void Add(Candidate c, Timex t, List<Timex> timexes)
    {
        Remember(c, t);
        timexes.Add(t);
    }

    /// <summary>
    /// Moves the anchor on. Narrative runs forward: a bare year earlier than the anchor is an aside ("wie schon
    /// 1871"), not a new point in the story, so only more precise dates may move the anchor back. Words that point
    /// at the document date ("heute") never move it.
    /// </summary>
    private void EnterParagraphOf(int offset)
    {
        var index = document.ParagraphIndex(offset);
        if (index == currentParagraph)
            return;
        currentParagraph = index;
        paragraphAnchor = null;
        // "Balkanfeldzug 1941" names its own section only; a bare "1862" heads the subsections under it too.
        if (index >= 0 && document.IsHeading(document.Paragraphs[index]) && !sectionYearOutlivesSubheadings)
            sectionYear = null;
    }

    private void Remember(Candidate c, Timex t)
    {
        if (t.RangeStart is not { } start || t.Type is "DURATION" or "SET" || t.Granularity is < Granularity.Year)
            return;
        if (c.Rule.Kind is "relword" or "present")
        {
            // "gestern um 10 Uhr", "gestern ... am Abend": in news a day named by a deictic word is the day of what follows it.
            if (mode == TaggerMode.News && t.Granularity >= Granularity.Day)
                (lastDay, lastDaySentence) = (start, SentenceIndex(t.Start));
            return;
        }
        if (currentParagraph >= 0 && document.IsHeading(document.Paragraphs[currentParagraph]))
        {
            // A heading that is a year ("1862", "Kriegsjahr 1914") sets the year of its section; one that names a
            // span or a place beside a year ("Nordafrika 1940–1943") does not.
            var heading = document.Paragraphs[currentParagraph];
            var words = document.Text[heading.Start..heading.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (t.Granularity == Granularity.Year && words <= 2 && c.Rule.Kind == "year")
            {
                sectionYear = start.Year;
                sectionYearOutlivesSubheadings = words == 1;
            }
        }
        else if (!(t.Granularity == Granularity.Year && IsAside(t.Start)))
        {
            paragraphAnchor = start;
        }
        // News goes back and forth ("He was elected in 2019 and took office the following year"); only narrative text
        // treats a coarse date before the anchor as an aside.
        var backwardAside = mode == TaggerMode.Narrative && lastMentioned is { } last && t.Granularity <= Granularity.Season && start.Year < last.Date.Year;
        if (!backwardAside && !(t.Granularity == Granularity.Year && IsAside(t.Start)))
            lastMentioned = (start, t.Granularity);
        if (t.Granularity >= Granularity.Day)
            (lastDay, lastDaySentence) = (start, SentenceIndex(t.Start));
        if (c.Group("year") is not null)
        {
            lastExplicitYear = start;
            lastExplicitSentence = SentenceIndex(t.Start);
        }
    }

    /// <summary>A bare year after "seit", "bis", "von"..., or in parentheses, is a reference point, not a step of the story.</summary>
    private bool IsAside(int start)
    {
        var i = start - 1;
        while (i >= 0 && document.Text[i] == ' ')
            i--;
        if (i >= 0 && document.Text[i] is '(' or '[')
            return true;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(document.Text[i]))
            i--;
        return end > i + 1 && profile.AsidePrepositions.Contains(document.Text[(i + 1)..end]);
    }

    /// <summary>The year of a date joined right after this one ("Juni und Juli 1944", "Mai/Juni 1940"), if any.</summary>
    private int? YearOfCoordinatedDate(Candidate c)
    {
        var match = profile.CoordinatedYear.Match(document.Text, c.End);
        return match.Success && match.Index == c.End ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    private int SentenceIndex(int offset) => document.SentenceIndex(offset);

    private Timex? ResolveSingle(Candidate c) => c.Rule.Kind switch
    {
        "date" => ResolveDate(c, c.Start, c.End),
        "monthyear" => ResolveMonthYear(c),
        "monthrel" => ResolveMonthOfRelativeYear(c),
        "month" => ResolveMonth(c),
        "season" => ResolveSeason(c),
        "relunit" => ResolveRelativeUnit(c),
        "anaphor" => ResolveAnaphor(c),
        "relword" => ResolveRelativeWord(c),
        "present" => Reference(c, profile.Present[Key(c.Group("word") ?? c.Match.Value)]),
        "offset" => ResolveOffset(c),
        "weekday" => ResolveWeekday(c),
        "decade" => ResolveDecade(c),
        "yearshort" => ResolveShortYear(c),
        "half" => ResolveHalf(c),
        "quarter" => ResolveQuarter(c),
        "holiday" => ResolveHoliday(c),
        "century" => ResolveCentury(c),
        "year" => ResolveYear(c),
        "time" => ResolveTime(c),
        "duration" => ResolveDuration(c),
        "durationadj" => ResolveDurationAdjective(c),
        "vague" => Make(c, "DURATION", profile.VagueDurations[Key(c.Group("word") ?? c.Match.Value)], Granularity.None, null, null, null, Direction.None, "a length without a number"),
        "set" => ResolveSet(c),
        "setunit" => Make(c, "SET", profile.SetUnits[Key(c.Group("word")!)], Granularity.None, null, null, null, Direction.None, "every such period"),
        "weekend" => ResolveWeekend(c),
        "refrel" => Reference(c, profile.Relative[Key(c.Group("rel")!)] switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" }),
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

    private static string Named(DateOnly d, string what) => $"{what} {Calendar.Day(d)}";

    /// <summary>How provenance names the document date, made once per text.</summary>
    private string DocumentDateName => documentDateName ??= Named(dct!.Value, "document date");

    private string? documentDateName;

    /// <summary>
    /// Where a year-less or relative expression counts from. Deictic words ("heute", "vergangenen Monat") count
    /// from the document date; in narrative text, and for anaphoric words everywhere, from the last date mentioned.
    /// </summary>
    private (DateOnly? Anchor, string Name) AnchorFor(Candidate c, AnchorKind kind)
    {
        // Narrative text: a year-less date belongs to its paragraph's last date, else to its section's year.
        if (mode == TaggerMode.Narrative && kind == AnchorKind.YearLess)
        {
            if (paragraphAnchor is { } inParagraph)
                return (inParagraph, Named(inParagraph, "last date of the paragraph"));
            if (sectionYear is { } year)
                return (new DateOnly(year, 1, 1), $"year of the section heading ({year})");
        }
        if (kind == AnchorKind.Anaphoric || (mode == TaggerMode.Narrative && kind != AnchorKind.Deictic))
        {
            if (lastMentioned is { } last)
                return (last.Date, Named(last.Date, "last mentioned date"));
            return dct is { } d ? (d, DocumentDateName) : (null, "none");
        }
        if (dct is not { } documentDate)
            return lastMentioned is { } fallback ? (fallback.Date, Named(fallback.Date, "last mentioned date")) : (null, "none");
        // In news, a background passage that names its year anchors the year-less dates right after it, unless the
        // clause's tense points the other way ("Kroatien war 2013 beigetreten. Das Parlament stimmt im März ab.").
        if (kind == AnchorKind.YearLess && lastExplicitYear is { } recent && lastExplicitSentence >= 0
            && SentenceIndex(c.Start) - lastExplicitSentence is 0 or 1 && recent.Year != documentDate.Year
            && !PointsAway(c, recent.Year < documentDate.Year ? Direction.Past : Direction.Future))
            return (recent, $"year named just before ({recent.Year})");
        return (documentDate, DocumentDateName);
    }

    private enum AnchorKind { Deictic, YearLess, Anaphoric, Relative }

    /// <summary>Whether the clause's tense points away from <paramref name="side"/> of the document date.</summary>
    private bool PointsAway(Candidate c, Direction side) => DirectionFor(c).Direction is var d
        && ((side == Direction.Past && d == Direction.Future) || (side == Direction.Future && d == Direction.Past));

    private bool NarrativeYear(string anchorName) =>
        mode == TaggerMode.Narrative || anchorName.StartsWith("year named", StringComparison.Ordinal) || anchorName.StartsWith("last mentioned", StringComparison.Ordinal)
        || anchorName.StartsWith("year of the section", StringComparison.Ordinal);

    private (Direction Direction, string Why) DirectionFor(Candidate c)
    {
        if (mode == TaggerMode.Narrative)
            return (Direction.None, "narrative mode: nearest to the anchor");
        var sentence = document.SentenceAt(c.Start);
        if (sentence is null)
            return (Direction.None, "outside any sentence");
        var (direction, cue) = tense.DirectionAt(document.Text, sentence, c.Start, c.End - c.Start, cues ??= new());
        return (direction, cue);
    }

    /// <summary>A year as written: four digits, or two digits put in the century that brings it nearest the anchor.</summary>
    private int FullYear(string digits, Candidate c)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length != 2)
            return year;
        var reference = (lastMentioned?.Date ?? dct)?.Year ?? 2000;
        var candidates = new[] { reference / 100 - 1, reference / 100, reference / 100 + 1 }.Select(century => century * 100 + year);
        return candidates.OrderBy(y => Math.Abs(y - reference)).First();
    }

    private IEnumerable<Timex> ResolveRange(Candidate c)
    {
        var first = c.Match.Groups["first"];
        var secondStart = c.Match.Groups["day2"].Index;
        var month = profile.Months[Key(c.Group("month")!)];
        var a = ResolveDayMonth(c, first.Index, first.Index + first.Length, int.Parse(c.Group("day")!, CultureInfo.InvariantCulture), month);
        var b = ResolveDayMonth(c, secondStart, c.End, int.Parse(c.Group("day2")!, CultureInfo.InvariantCulture), month);
        if (a?.RangeStart is { } night && c.Group("daypart") is { } part && profile.DayParts.TryGetValue(Key(part), out var code))
            a = a with { Type = "TIME", Value = $"{Calendar.Day(night)}T{code}", Granularity = Granularity.Time };
        return new[] { a, b }.Where(t => t is not null).Select(t => t!);
    }

    private IEnumerable<Timex> ResolveYearPair(Candidate c)
    {
        var first = c.Match.Groups["year"];
        var second = c.Match.Groups["short"];
        var year = int.Parse(first.Value, CultureInfo.InvariantCulture);
        var next = year / 100 * 100 + int.Parse(second.Value, CultureInfo.InvariantCulture);
        if (next <= year)
            next += 100;
        yield return Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, Direction.None, "a year", first.Index, first.Index + first.Length);
        yield return Make(c, "DATE", Calendar.Year(next), Granularity.Year, new DateOnly(next, 1, 1), new DateOnly(next, 12, 31), null, Direction.None,
            "the second year of a pair, written short", second.Index, second.Index + second.Length);
    }

    private IEnumerable<Timex> ResolveEraRange(Candidate c)
    {
        var era = profile.Eras.TryGetValue(Key(c.Group("era")!), out var code) ? code : "AD";
        var first = c.Match.Groups["first"];
        var second = c.Match.Groups["second"];
        var sign = era == "BC" ? -1 : 1;
        foreach (var (number, start, end) in new[] { (first.Value, c.Start, first.Index + first.Length), (second.Value, second.Index, c.End) })
        {
            var year = int.Parse(number, CultureInfo.InvariantCulture);
            if (year < 1)
                continue;
            yield return Make(c, "DATE", Calendar.Year(sign * year), Granularity.Year, sign > 0 ? new DateOnly(year, 1, 1) : null, sign > 0 ? new DateOnly(year, 12, 31) : null,
                null, Direction.None, era == "BC" ? "a year before Christ, in a range" : "a year, in a range", start, end);
        }
    }

    private Timex ResolveShortYear(Candidate c)
    {
        var previous = int.Parse(c.Group("previous")!, CultureInfo.InvariantCulture);
        var year = previous / 100 * 100 + int.Parse(c.Group("short")!, CultureInfo.InvariantCulture);
        if (year <= previous)
            year += 100;
        return Make(c, "DATE", Calendar.Year(year), Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, Direction.None, "a year written short after a full one");
    }

    private Timex? ResolveHalf(Candidate c)
    {
        if (!profile.Halves.TryGetValue(Key(c.Group("half")!), out var half))
            return null;
        var (anchor, anchorName) = AnchorFor(c, AnchorKind.YearLess);
        if (anchor is not { } a)
            return Make(c, "DATE", $"XXXX-{half}", Granularity.None, null, null, null, Direction.None, "no anchor for the year");
        var from = new DateOnly(a.Year, half == "H1" ? 1 : 7, 1);
        return Make(c, "DATE", $"{Calendar.Year(a.Year)}-{half}", Granularity.Season, from, from.AddMonths(6).AddDays(-1), anchorName, Direction.Same, "a half of the anchor's year");
    }

    /// <summary>"im dritten Quartal 2021", "the first quarter": a quarter of the named year, else of the anchor's.</summary>
    private Timex? ResolveQuarter(Candidate c)
    {
        if (!profile.Quarters.TryGetValue(Key(c.Group("quarter")!), out var quarter))
            return null;
        var number = quarter[1] - '0';
        int year;
        string? anchorName = null;
        if (c.Group("year") is { } named)
            year = int.Parse(named, CultureInfo.InvariantCulture);
        else
        {
            var (anchor, name) = AnchorFor(c, AnchorKind.YearLess);
            if (anchor is not { } a)
                return Make(c, "DATE", $"XXXX-{quarter}", Granularity.None, null, null, null, Direction.None, "no anchor for the year");
            (year, anchorName) = (a.Year, name);
        }
        var from = new DateOnly(year, (number - 1) * 3 + 1, 1);
        return Make(c, "DATE", $"{Calendar.Year(year)}-{quarter}", Granularity.Season, from, from.AddMonths(3).AddDays(-1), anchorName, Direction.Same,
            anchorName is null ? "a quarter of the named year" : "a quarter of the anchor's year");
    }

    private Timex? ResolveDate(Candidate c, int start, int end)
    {
        var day = int.Parse(c.Group("day")!, CultureInfo.InvariantCulture);
        var month = c.Group("monthnum") is { } num ? int.Parse(num, CultureInfo.InvariantCulture) : profile.Months[Key(c.Group("month")!)];
        var date = c.Group("year") is { } y
            ? FullySpecified(c, start, end, FullYear(y, c), month, day)
            : ResolveDayMonth(c, start, end, day, month);
        if (date?.RangeStart is not { } d)
            return date;
        // A part of the day or a clock time makes the date a time: "am Morgen des 22. Juni" -> 1941-06-22TMO.
        if (c.Group("daypart") is { } part && profile.DayParts.TryGetValue(Key(part), out var code))
            return date with { Type = "TIME", Value = $"{Calendar.Day(d)}T{code}", Granularity = Granularity.Time };
        if (c.Group("hour") is { } hour)
        {
            var minute = c.Group("minute") ?? "00";
            return date with { Type = "TIME", Value = $"{Calendar.Day(d)}T{int.Parse(hour, CultureInfo.InvariantCulture):00}:{minute}{Zone(c)}", Granularity = Granularity.Time };
        }
        return date;
    }

    private string Zone(Candidate c) => c.Group("zone") is { } z && profile.Zones.TryGetValue(Key(z), out var offset) ? offset : "";

    private Timex? FullySpecified(Candidate c, int start, int end, int year, int month, int day)
    {
        if (!Calendar.IsValidDay(year, month, day))
            return null;
        var d = new DateOnly(year, month, day);
        return Make(c, "DATE", Calendar.Day(d), Granularity.Day, d, d, null, Direction.None, "fully specified", start, end);
    }

    private Timex? ResolveDayMonth(Candidate c, int start, int end, int day, int month)
    {
        if (c.Group("year") is { } y)
            return FullySpecified(c, start, end, FullYear(y, c), month, day);
        if (day is < 1 or > 31)
            return null;
        if (YearOfCoordinatedDate(c) is { } joined)
            return Calendar.IsValidDay(joined, month, day)
                ? Make(c, "DATE", Calendar.Day(new DateOnly(joined, month, day)), Granularity.Day, new DateOnly(joined, month, day), new DateOnly(joined, month, day), null, Direction.None, "the year of the date joined to it", start, end)
                : null;
        var (anchor, anchorName) = AnchorFor(c, AnchorKind.YearLess);
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
        if (NarrativeYear(anchorName))
        {
            if (!Calendar.IsValidDay(anchor.Value.Year, month, day))
                return null;
            var same = new DateOnly(anchor.Value.Year, month, day);
            return Make(c, "DATE", Calendar.Day(same), Granularity.Day, same, same, anchorName, Direction.Same, "the anchor's year", start, end);
        }
        var (direction, why) = DirectionFor(c);
        var (chosenYear, chosen) = Calendar.ChooseYear(anchor.Value, direction,
            yr => Calendar.IsValidDay(yr, month, day) ? (new DateOnly(yr, month, day), new DateOnly(yr, month, day)) : null);
        if (!Calendar.IsValidDay(chosenYear, month, day))
            return null;
        var date = new DateOnly(chosenYear, month, day);
        return Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, chosen, why, start, end);
    }

    private Timex MonthOf(Candidate c, int year, int month, string? anchor, Direction direction, string why) =>
        Make(c, "DATE", Calendar.Month(year, month), Granularity.Month, new DateOnly(year, month, 1), Calendar.MonthEnd(year, month), anchor, direction, why);

    private Timex ResolveMonthYear(Candidate c) =>
        MonthOf(c, int.Parse(c.Group("year")!, CultureInfo.InvariantCulture), profile.Months[Key(c.Group("month")!)], null, Direction.None, "fully specified");

    /// <summary>"im März des folgenden Jahres", "am 8. Mai desselben Jahres", "im Frühjahr des nächsten Jahres".</summary>
    private Timex? ResolveMonthOfRelativeYear(Candidate c)
    {
        var word = Key(c.Group("rel")!);
        var anaphoric = profile.Anaphoric.TryGetValue(word, out var offset);
        if (!anaphoric)
            offset = profile.Relative[word];
        var (anchor, anchorName) = AnchorFor(c, anaphoric ? AnchorKind.Anaphoric : AnchorKind.Relative);
        if (anchor is null)
            return null;
        var year = anchor.Value.Year + offset;
        var direction = offset < 0 ? Direction.Past : offset > 0 ? Direction.Future : Direction.Same;
        if (c.Group("season") is { } seasonWord)
        {
            var season = profile.Seasons[Key(seasonWord)];
            var (from, to) = Calendar.SeasonRange(year, season);
            return Make(c, "DATE", $"{Calendar.Year(year)}-{season}", Granularity.Season, from, to, anchorName, direction, $"'{word}' year");
        }
        var month = profile.Months[Key(c.Group("month")!)];
        if (c.Group("day") is { } dayText)
        {
            var day = int.Parse(dayText, CultureInfo.InvariantCulture);
            return Calendar.IsValidDay(year, month, day)
                ? Make(c, "DATE", Calendar.Day(new DateOnly(year, month, day)), Granularity.Day, new DateOnly(year, month, day), new DateOnly(year, month, day), anchorName, direction, $"'{word}' year")
                : null;
        }
        return MonthOf(c, year, month, anchorName, direction, $"'{word}' year");
    }

    private Timex? ResolveHoliday(Candidate c)
    {
        if (!profile.Holidays.TryGetValue(Key(c.Group("holiday")!), out var code))
            return null;
        int year;
        string anchorName;
        if (c.Group("year") is { } y)
            (year, anchorName) = (int.Parse(y, CultureInfo.InvariantCulture), "its year");
        else
        {
            var (anchor, name) = AnchorFor(c, AnchorKind.YearLess);
            if (anchor is null)
                return code.StartsWith('E') ? null : Make(c, "DATE", $"XXXX-{code}", Granularity.Day, null, null, null, Direction.None, "no anchor for the year");
            (year, anchorName) = (anchor.Value.Year, name);
        }
        var date = code.StartsWith('E')
            ? Calendar.Easter(year).AddDays(int.Parse(code[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))
            : DateOnly.ParseExact($"{year:0000}-{code}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, Direction.None, "a holiday");
    }

    private Timex ResolveMonth(Candidate c)
    {
        var month = profile.Months[Key(c.Group("month")!)];
        if (YearOfCoordinatedDate(c) is { } joined)
            return MonthOf(c, joined, month, null, Direction.None, "the year of the date joined to it");
        var (anchor, anchorName) = AnchorFor(c, AnchorKind.YearLess);
        if (anchor is null)
            return Make(c, "DATE", $"XXXX-{month:00}", Granularity.Month, null, null, null, Direction.None, "no anchor for the year");
        if (NarrativeYear(anchorName))
            return MonthOf(c, anchor.Value.Year, month, anchorName, Direction.Same, "the anchor's year");
        var (direction, why) = DirectionFor(c);
        var (year, chosen) = Calendar.ChooseYear(anchor.Value, direction, y => (new DateOnly(y, month, 1), Calendar.MonthEnd(y, month)));
        return MonthOf(c, year, month, anchorName, chosen, why);
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
        var (anchor, anchorName) = AnchorFor(c, AnchorKind.YearLess);
        if (anchor is null)
            return Make(c, "DATE", $"XXXX-{season}", Granularity.Season, null, null, null, Direction.None, "no anchor for the year");
        var rel = c.Group("rel") is { } r ? profile.Relative[Key(r)] : (int?)null;
        if (rel is null && NarrativeYear(anchorName))
        {
            var (ns, ne) = Calendar.SeasonRange(anchor.Value.Year, season);
            return Make(c, "DATE", $"{Calendar.Year(anchor.Value.Year)}-{season}", Granularity.Season, ns, ne, anchorName, Direction.Same, "the anchor's year");
        }
        var (direction, why) = rel switch
        {
            -1 => (Direction.Past, $"'{c.Group("rel")}' names the one before"),
            1 => (Direction.Future, $"'{c.Group("rel")}' names the one after"),
            0 => (Direction.None, $"'{c.Group("rel")}' names the current one"),
            _ => DirectionFor(c),
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
            return Make(c, "DATE", $"{Calendar.Year(year)}-{season}", Granularity.Season, cs, ce, anchorName, same, why);
        }
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
        var (anchor, anchorName) = AnchorFor(c, AnchorKind.Relative);
        return ShiftedPeriod(c, unit, rel, anchor, anchorName, rel == 0 ? "the current one" : rel < 0 ? "the one before" : "the one after");
    }

    private Timex? ResolveAnaphor(Candidate c)
    {
        var (anchor, anchorName) = AnchorFor(c, AnchorKind.Anaphoric);
        if (c.Group("word") is { } phrase)
            return ResolveAnaphoricWord(c, Key(phrase), anchor, anchorName);
        if (c.Group("unit") is null)
            return ResolveDayPartOfAnchor(c, anchor, anchorName);
        var unit = profile.Units.TryGetValue(Key(c.Group("unit")!), out var u) ? u : null;
        if (unit is null)
            return null;
        var rel = profile.Anaphoric[Key(c.Group("rel")!)];
        if (unit == "D" && lastDay is { } knownDay)
            (anchor, anchorName) = (knownDay, Named(knownDay, "last mentioned day"));
        var period = ShiftedPeriod(c, unit, rel, anchor, anchorName, $"'{c.Group("rel")}' counts from the last mentioned date");
        if (period?.RangeStart is { } day && c.Group("daypart") is { } part && profile.DayParts.TryGetValue(Key(part), out var partCode))
            return period with { Type = "TIME", Value = $"{Calendar.Day(day)}T{partCode}", Granularity = Granularity.Time };
        return period;
    }

    /// <summary>
    /// In news, whether the last named day lies on the other side of the document date than the clause's tense points
    /// ("Die Übungen dauern bis zum 20. Februar. Wie das Ministerium am Abend mitteilte, ..."): then "am Abend" is not
    /// that day's.
    /// </summary>
    private bool AcrossTheDocumentDate(Candidate c, DateOnly day) =>
        mode == TaggerMode.News && dct is { } today && day != today && PointsAway(c, day < today ? Direction.Past : Direction.Future);

    /// <summary>"Jahresende", "am Tag darauf", "Mitternacht": a word that names a period of the last mentioned date.</summary>
    private Timex? ResolveAnaphoricWord(Candidate c, string word, DateOnly? anchor, string anchorName)
    {
        if (profile.Midnight.TryGetValue(word, out var clock))
        {
            return anchor is { } m
                ? Make(c, "TIME", $"{Calendar.Day(m)}{clock}", Granularity.Time, m, m, anchorName, Direction.Same, "midnight of the last mentioned day")
                : Make(c, "TIME", $"XXXX-XX-XX{clock}", Granularity.Time, null, null, null, Direction.None, "no anchor");
        }
        if (!profile.AnaphoricWords.TryGetValue(word, out var code))
            return null;
        // In news, "im Laufe des Tages", "an diesem Tag" mean the last day the article named, and today if it named none.
        if (mode == TaggerMode.News && code[..1] == "D")
        {
            if (lastDay is { } knownDay)
                (anchor, anchorName) = (knownDay, Named(knownDay, "last mentioned day"));
            else if (dct is { } today)
                (anchor, anchorName) = (today, DocumentDateName);
        }
        var offset = int.Parse(code[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return ShiftedPeriod(c, code[..1], offset, anchor, anchorName, $"'{word}' counts from the last mentioned date");
    }

    /// <summary>"am Abend", "am selben Abend", "am Morgen darauf": a part of the last mentioned day, or of the day after.</summary>
    private Timex? ResolveDayPartOfAnchor(Candidate c, DateOnly? anchor, string anchorName)
    {
        if (lastDay is { } knownDay)
        {
            (anchor, anchorName) = AcrossTheDocumentDate(c, knownDay)
                ? (dct!.Value, DocumentDateName)
                : (knownDay, Named(knownDay, "last mentioned day"));
        }
        if (!profile.DayParts.TryGetValue(Key(c.Group("daypart")!), out var part))
            return null;
        if (anchor is not { } day)
            return Make(c, "TIME", $"XXXX-XX-XXT{part}", Granularity.Time, null, null, null, Direction.None, "no anchor");
        var shift = c.Group("later") is not null ? 1 : c.Group("rel") is { } r && profile.Anaphoric.TryGetValue(Key(r), out var k) ? k : 0;
        var date = day.AddDays(shift);
        return Make(c, "TIME", $"{Calendar.Day(date)}T{part}", Granularity.Time, date, date, anchorName,
            shift > 0 ? Direction.Future : shift < 0 ? Direction.Past : Direction.Same, "a part of the last mentioned day");
    }

    private Timex? ShiftedPeriod(Candidate c, string unit, int offset, DateOnly? anchor, string anchorName, string why, Granularity? finest = null)
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
            case "W" when finest == Granularity.Day:
            case "M" when finest == Granularity.Day:
                return Make(c, "DATE", Calendar.Day(a), Granularity.Day, a, a, anchorName, direction, why);
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
        var (anchor, anchorName) = AnchorFor(c, AnchorKind.Deictic);
        var period = ShiftedPeriod(c, unit, offset, anchor, anchorName, $"'{word}' counts from the anchor");
        // "gestern Abend", "heute früh", "yesterday morning": a part of that day.
        if (period?.RangeStart is { } day && unit == "D" && c.Group("daypart") is { } part && profile.DayParts.TryGetValue(Key(part), out var partCode))
            return period with { Type = "TIME", Value = $"{Calendar.Day(day)}T{partCode}", Granularity = Granularity.Time };
        return period;
    }

    /// <summary>
    /// "derzeit", "damals", "bald", "in den kommenden Tagen": now, some time before it, some time after it.
    /// </summary>
    private Timex? Reference(Candidate c, string value)
    {
        // In a story told in the past, "damals" and "bald" mean its own time, which the reader infers and the words
        // do not state: they are left untagged there rather than given a value the text does not carry.
        if (mode == TaggerMode.Narrative && value is "PAST_REF" or "FUTURE_REF")
            return null;
        var (direction, why) = value switch
        {
            "PAST_REF" => (Direction.Past, "refers to some time before the present"),
            "FUTURE_REF" => (Direction.Future, "refers to some time after the present"),
            _ => (Direction.Same, "refers to the present"),
        };
        return Make(c, "DATE", value, Granularity.None, null, null, null, direction, why);
    }

    /// <summary>"am Wochenende", "over the weekend": the weekend before the anchor in a past clause, the next one in a future clause.</summary>
    private Timex ResolveWeekend(Candidate c)
    {
        var (anchor, anchorName) = AnchorFor(c, mode == TaggerMode.News ? AnchorKind.Deictic : AnchorKind.YearLess);
        if (anchor is not { } a)
            return Make(c, "DATE", "XXXX-WXX-WE", Granularity.Week, null, null, null, Direction.None, "no anchor");
        var weekStart = Calendar.WeekStart(a);
        var onWeekend = Calendar.IsoDay(a) >= 6;
        var (direction, cue) = DirectionFor(c);
        // On a weekend day the weekend is that one; otherwise the past one in a past clause, else the coming one.
        var start = onWeekend || direction != Direction.Past ? weekStart : weekStart.AddDays(-7);
        var chosen = onWeekend ? Direction.Same : direction == Direction.Past ? Direction.Past : Direction.Future;
        return Make(c, "DATE", Calendar.Week(start) + "-WE", Granularity.Week, start.AddDays(5), start.AddDays(6), anchorName, chosen,
            onWeekend ? "the anchor's own weekend" : cue);
    }

    private Timex? ResolveOffset(Candidate c)
    {
        var unit = profile.Units.TryGetValue(Key(c.Group("unit")!), out var u) ? u : null;
        var numberWord = c.Group("num");
        var amount = Amount(numberWord);
        if (unit is null && c.Group("unit") is { } phrase)
        {
            // "nach einem Monat": the number is inside the unit's phrase.
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            unit = words.Length == 2 && profile.Units.TryGetValue(words[1], out var inner) ? inner : null;
            amount = words.Length == 2 ? Amount(words[0]) : amount;
        }
        if (unit is null)
            return null;
        var anaphoric = c.Group("later") is not null || c.Group("earlier") is not null;
        var sign = c.Group("ago") is not null || c.Group("earlier") is not null ? -1 : 1;
        var (anchor, anchorName) = AnchorFor(c, anaphoric ? AnchorKind.Anaphoric : AnchorKind.Deictic);
        if (amount is null)
            return Make(c, "DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", Granularity.None, null, null, anchorName, sign < 0 ? Direction.Past : Direction.Future, "an unnumbered distance");
        if (anchor is not { } a)
            return ShiftedPeriod(c, unit, 0, null, anchorName, "no anchor");
        var n = amount.Value * sign;
        var shifted = unit switch
        {
            "D" => a.AddDays(n),
            "W" => a.AddDays(7 * n),
            "M" => a.AddMonths(n),
            "Y" => a.AddYears(n),
            "DE" => a.AddYears(10 * n),
            _ => a,
        };
        // Counted from a day the text named, the result is a day too ("drei Monate später" -> 1944-05-18).
        var finest = anaphoric && lastMentioned is { Granularity: >= Granularity.Day } ? Granularity.Day : (Granularity?)null;
        return ShiftedPeriod(c, unit, 0, shifted, anchorName, $"{Math.Abs(n)} {unit} {(sign < 0 ? "before" : "after")} the anchor", finest) is { } t
            ? t with { Provenance = t.Provenance with { Direction = sign < 0 ? Direction.Past : Direction.Future } }
            : null;
    }

    private int? Amount(string? word)
    {
        if (word is null)
            return null;
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return n;
        // Whole numbers only: "X" (an unnamed quantity) and fractions ("anderthalb" = 1.5) count no steps of a calendar.
        return profile.Numbers.TryGetValue(Key(word), out var v) && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : null;
    }

    private Timex ResolveWeekday(Candidate c)
    {
        var isoDay = profile.Weekdays[Key(c.Group("weekday")!)];
        var (anchor, anchorName) = AnchorFor(c, mode == TaggerMode.News ? AnchorKind.Deictic : AnchorKind.YearLess);
        var daypart = c.Group("daypart") is { } p && profile.DayParts.TryGetValue(Key(p), out var code) ? code : null;
        if (anchor is not { } a)
            return Make(c, "DATE", $"XXXX-WXX-{isoDay}", Granularity.Day, null, null, null, Direction.None, "no anchor");
        var rel = c.Group("rel") is { } r ? profile.Relative[Key(r)] : (int?)null;
        var delta = isoDay - Calendar.IsoDay(a);
        DateOnly date;
        Direction direction;
        string why;
        if (c.Group("weekrel") is { } weekWord)
        {
            // "Donnerstag vergangener Woche": the weekday of the week before, of or after the anchor's.
            var weeks = profile.Relative[Key(weekWord)];
            date = Calendar.WeekStart(a).AddDays(7 * weeks + isoDay - 1);
            direction = date < a ? Direction.Past : date > a ? Direction.Future : Direction.Same;
            return DayOrPart(c, date, daypart, anchorName, direction, $"'{weekWord}' names the week");
        }
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
                if (delta == 0)
                {
                    // The document's own weekday is its own day; a future-tense clause still says it is yet to come.
                    date = a;
                    (direction, why) = tenseDirection == Direction.Future
                        ? (Direction.Future, $"the anchor's own weekday, {cue}")
                        : (Direction.Same, "the anchor's own weekday");
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
        if (c.Group("night") is { } night && profile.DayParts.TryGetValue(Key(night), out var nightCode))
        {
            // "die Nacht zum Freitag" is Thursday's night.
            var before = date.AddDays(-1);
            return Make(c, "TIME", $"{Calendar.Day(before)}T{nightCode}", Granularity.Time, before, before, anchorName, direction, $"{why}; the night before it");
        }
        return DayOrPart(c, date, daypart, anchorName, direction, why);
    }

    /// <summary>A day, or a part of it ("Mittwochabend").</summary>
    private Timex DayOrPart(Candidate c, DateOnly date, string? daypart, string anchorName, Direction direction, string why) => daypart is not null
        ? Make(c, "TIME", $"{Calendar.Day(date)}T{daypart}", Granularity.Time, date, date, anchorName, direction, why)
        : Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, direction, why);

    private Timex ResolveDecade(Candidate c)
    {
        string value;
        if (c.Group("decade") is { } full)
            value = full;
        else
        {
            var (anchor, _) = AnchorFor(c, AnchorKind.YearLess);
            var century = anchor is { } a ? a.Year / 100 : 19;
            // "die 90er" read in 2022 are the 1990s: a decade that has not begun by the anchor is the century before's.
            if (anchor is { } at && century * 100 + int.Parse(c.Group("decade2")!, CultureInfo.InvariantCulture) * 10 > at.Year)
                century--;
            value = $"{century}{c.Group("decade2")}";
        }
        var start = int.Parse(value, CultureInfo.InvariantCulture) * 10;
        return Make(c, "DATE", value, Granularity.Decade, new DateOnly(Math.Max(start, 1), 1, 1), new DateOnly(start + 9, 12, 31), null, Direction.None, "a decade");
    }

    private Timex ResolveCentury(Candidate c)
    {
        var ordinal = int.Parse(c.Group("century")!, CultureInfo.InvariantCulture);
        var value = (ordinal - 1).ToString("00", CultureInfo.InvariantCulture);
        if (c.Group("era") is { } era && profile.Eras.TryGetValue(Key(era), out var code) && code == "BC")
            return Make(c, "DATE", "BC" + value, Granularity.Century, null, null, null, Direction.None, "a century before Christ");
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

    /// <summary>
    /// In news, whether a clock time takes its day from the expression right after it ("at 6 a.m. on Sunday", "um 10
    /// Uhr am Dienstag"): the sentence named no day before it, and the next expression names a day a few words on.
    /// </summary>
    public bool TakesDayAfter(Candidate time, Candidate next)
    {
        if (mode != TaggerMode.News || time.Rule.Kind != "time" || next.Rule.Kind is not ("weekday" or "date" or "relword"))
            return false;
        var sentence = SentenceIndex(time.Start);
        return sentence >= 0 && sentence == SentenceIndex(next.Start) && lastDaySentence != sentence && next.Start - time.End <= 20;
    }

    private Timex ResolveTime(Candidate c)
    {
        var hour = int.Parse(c.Group("hour")!, CultureInfo.InvariantCulture);
        var minute = (c.Group("minute") ?? c.Group("minute2")) is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : 0;
        if (c.Group("ampm") is { } ampm)
        {
            var pm = ampm.StartsWith('p') || ampm.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        var (anchor, anchorName) = AnchorFor(c, mode == TaggerMode.Narrative ? AnchorKind.Anaphoric : AnchorKind.Deictic);
        // "am Dienstag um 10 Uhr", "on 20 January at 9.30": a day named earlier in the sentence is the clock time's day.
        if (mode == TaggerMode.News && lastDay is { } named && lastDaySentence >= 0 && lastDaySentence == SentenceIndex(c.Start))
            (anchor, anchorName) = (named, Named(named, "day named in the sentence"));
        var day = anchor is { } a ? Calendar.Day(a) : "XXXX-XX-XX";
        return Make(c, "TIME", $"{day}T{hour:00}:{minute:00}{Zone(c)}", Granularity.Time, anchor, anchor, anchorName, Direction.Same, "a clock time on the anchor's day");
    }

    private Timex? ResolveDuration(Candidate c)
    {
        var unit = profile.Units.TryGetValue(Key(c.Group("unit")!), out var u) ? u : null;
        if (unit is null)
            return null;
        var word = c.Group("num")!;
        var amount = Amount(word)?.ToString(CultureInfo.InvariantCulture) ?? (profile.Numbers.TryGetValue(Key(word), out var x) ? x : null)
            ?? Fraction(word);
        if (amount is null)
            return null;
        return Make(c, "DURATION", DurationValue(amount, unit), Granularity.None, null, null, null, Direction.None, "a length of time");
    }

    /// <summary>"2,5" or "2.5" as TIMEX3 writes it ("2.5"), or null.</summary>
    private static string? Fraction(string word)
    {
        var normalised = word.Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;
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
