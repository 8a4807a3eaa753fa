using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Dates.Resolution;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Infers an article's publication date from its text when none is given. Every full date the text writes is a
/// candidate: one in a dateline or a header line of its own ("Brüssel, den 3. Dezember 2010", "FOR IMMEDIATE RELEASE
/// June 24, 2009") weighs most, then one in the lead or a photo caption; every repetition counts, and so does a
/// weekday the text names for a day ("heute (Donnerstag)", "am Mittwoch") that falls on it. A date the text puts in
/// the future ("werden am 2. Mai 2005 ... begrüßen") is not the day it was written; where such a date would win, none is
/// inferred. The latest date wins a tie, since articles look back on what happened up to their day. A range of days in a
/// header ("25-26/06/2015") stands for its last day, the day a report of it appears.
/// </summary>
public static class DocumentDateInference
{
    private const int LeadReach = 250;
    private const int HeaderWords = 4;
    private const int DatelinePrefix = 40;

    internal static DocumentDate? Infer(TextDocument document, LanguageProfile profile, IReadOnlyList<Candidate> candidates, ResolverEntry[] entries)
    {
        if (!candidates.Any(c => c.Rule.Kind is "date" or "range" && c.Group("year") is not null))
            return null;
        // The dates are read as they are written: without a document date, so that only those with a year count.
        var context = new ResolutionContext(document, profile, null, TaggerMode.News);
        var resolvers = new Resolvers(context);
        var dates = new List<(DateOnly Date, string Text, Candidate Candidate, bool Header, bool Future)>();
        var conventions = TextDocument.TextConventions.For(profile);
        var calledRelative = new Dictionary<DateOnly, string>();
        var found = new List<Timex>();
        foreach (var c in candidates)
        {
            if (c.Rule.Kind is not ("date" or "range") || c.Group("year") is null)
                continue;
            found.Clear();
            entries[c.RuleIndex].Resolve(resolvers, c, found);
            if (found.Count != 1 || found[0].RangeStart is not { } start)
                continue;
            var header = InHeader(document, c);
            var day = header && found[0].RangeEnd is { } end ? end : start;
            // "Am morgigen Freitag, den 9. März 2018": a full date the text calls tomorrow was written the day before.
            if (DayOffsetBefore(document.Text, c.Start, conventions.DayOffsets) is { } offset && Calendar.AddDays(day, -offset.Days) is { } written)
            {
                dates.Add((written, c.Match.Value, c, header, false));
                calledRelative[written] = offset.Word;
                continue;
            }
            dates.Add((day, c.Match.Value, c, header, false));
        }
        if (dates.Count == 0)
            return null;
        for (var i = 0; i < dates.Count; i++)
            // A date the text calls tomorrow is still to come, and says so: it dates the writing all the same.
            dates[i] = dates[i] with { Future = !calledRelative.ContainsKey(dates[i].Date) && context.DirectionFor(dates[i].Candidate).Direction == Direction.Future };

        var weekdays = NamedWeekdays(document, profile, candidates);
        var scored = dates
            .GroupBy(d => d.Date)
            .Select(g =>
            {
                var reasons = new List<string>();
                var score = g.Count();
                if (g.Count() > 1)
                    reasons.Add($"named {g.Count()} times");
                if (g.Any(d => d.Header))
                {
                    score += 3;
                    reasons.Add("in a dateline or header line");
                }
                // "2012-02-09 15:25 Xinhua", "03/14/2019 11:02 AM EDT": a date with its clock time is an article's byline; a
                // site's header names the day it was looked at without one.
                if (g.Any(d => d.Header && WithClockTime(document.Text, d.Candidate.End)))
                {
                    score += 2;
                    reasons.Add("with its clock time, as a byline writes it");
                }
                if (calledRelative.TryGetValue(g.Key, out var relative))
                {
                    score += 5;
                    reasons.Add($"counted back from a date the text calls '{relative}'");
                }
                // "Aus: Ausgabe vom 27.06.2008", "Published on": the text says it appeared that day.
                if (g.Any(d => AfterMarker(document.Text, d.Candidate.Start, conventions.PublicationMarkers)))
                {
                    score += 4;
                    reasons.Add("after words that say the text appeared then");
                }
                if (g.Any(d => d.Candidate.Role == ParagraphRole.Caption))
                {
                    score += 2;
                    reasons.Add("in a photo caption");
                }
                if (g.Any(d => d.Candidate.Start < LeadReach))
                {
                    score += 2;
                    reasons.Add("in the lead");
                }
                if (weekdays.TryGetValue(Calendar.IsoDay(g.Key), out var named))
                {
                    score += named.Today ? 3 : 2;
                    reasons.Add(named.Today ? $"the text calls its own day '{named.Word}'" : $"its weekday is named in the text ('{named.Word}')");
                }
                if (g.Any(d => d.Future))
                {
                    score -= 6;
                    reasons.Add("but the text speaks of it as still to come");
                }
                return (Date: g.Key, Score: score, g.First().Text, Reasons: reasons);
            })
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Date)
            .ToList();

        var best = scored[0];
        // "looks forward to welcoming the leaders on June 8-9, 2018" in a readout that gives no other date: a day still to
        // come, outside any header, is not the day of writing, and "today" in the text stays unresolved rather than wrong.
        if (dates.Where(d => d.Date == best.Date).All(d => d.Future && !d.Header))
            return null;
        var how = $"inferred from '{best.Text}'"
            + (best.Reasons.Count > 0 ? ": " + string.Join(", ", best.Reasons) : ": the latest full date in the text");
        return new DocumentDate(best.Date, false, how);
    }

    /// <summary>
    /// A date in a line of its own but for a few words ("FOR IMMEDIATE RELEASE June 24, 2009"), or that opens its
    /// paragraph after a place or a label ("Brüssel, den", "IP/05/510 Brüssel,", "(29.06.2017)", "Presseartikel20. Juni
    /// 2018"), as headers, datelines and bylines write it.
    /// </summary>
    private static bool InHeader(TextDocument document, Candidate c)
    {
        var index = document.ParagraphIndex(c.Start);
        if (index < 0)
            return false;
        var paragraph = document.Paragraphs[index];
        var text = document.Text;
        var before = text.AsSpan(paragraph.Start, c.Start - paragraph.Start);
        var after = text.AsSpan(c.End, paragraph.End - c.End);
        if (Words(before) + Words(after) <= HeaderWords)
            return true;
        if (before.Length > DatelinePrefix || before.IndexOfAny('.', '!', '?') >= 0)
            return false;
        var opening = before.TrimEnd();
        return opening.Length == 0 || opening.EndsWith(",") || opening.EndsWith("(") || opening.EndsWith("[")
            || (opening.EndsWith(" den", StringComparison.Ordinal) && opening[..^4].TrimEnd().EndsWith(","))
            || (before.Length > 0 && char.IsLetter(before[^1]));
    }

    /// <summary>The word right before a date that counts it from the day of writing ("morgigen", "today"), with its offset.</summary>
    private static (string Word, int Days)? DayOffsetBefore(string text, int start, IReadOnlyList<(string Word, int Days)> offsets)
    {
        var before = text.AsSpan(Math.Max(0, start - 20), start - Math.Max(0, start - 20)).TrimEnd(" ,");
        var space = before.LastIndexOfAny(' ', '\n', '(');
        var word = before[(space + 1)..];
        foreach (var (w, days) in offsets)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                return (w, days);
        }
        return null;
    }

    /// <summary>
    /// Whether words that say the text appeared then stand right before a date, as a whole word near the start of its line
    /// ("Aus: Ausgabe vom 27.06.2008"; not "Geburtsdatum: 3. Mai 1961", nor "Die Studie, veröffentlicht am ..." in prose).
    /// </summary>
    private static bool AfterMarker(string text, int start, IReadOnlyList<string> markers)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).TrimEnd();
        foreach (var marker in markers)
        {
            if (before.EndsWith(marker, StringComparison.OrdinalIgnoreCase) && before.Length - marker.Length <= 12
                && (before.Length == marker.Length || !char.IsLetter(before[before.Length - marker.Length - 1])))
                return true;
        }
        return false;
    }

    private static bool WithClockTime(string text, int end)
    {
        var i = end;
        while (i < text.Length && i - end < 4 && (text[i] is ' ' or ',' or '|' or '-' or '–' or '/' || text[i] == '\u00a0'))
            i++;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 3)
        {
            i++;
            digits++;
        }
        return digits is 1 or 2 && i + 2 < text.Length && text[i] is ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]);
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
                words++;
        }
        return words;
    }

    /// <summary>
    /// The weekdays the text names on their own ("am Mittwoch"), by ISO number; one in brackets right after the word for
    /// today ("heute (Donnerstag)", "today (Thursday)") names the document's own day.
    /// </summary>
    private static Dictionary<int, (string Word, bool Today)> NamedWeekdays(TextDocument document, LanguageProfile profile, IReadOnlyList<Candidate> candidates)
    {
        var named = new Dictionary<int, (string Word, bool Today)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Rule.Kind != "weekday" || c.Group("rel") is not null || c.Group("weekrel") is not null)
                continue;
            var word = c.Group("weekday")!;
            var iso = profile.Weekdays[LanguageProfile.Normalize(word)];
            var today = i > 0 && candidates[i - 1] is { Rule.Kind: "relword" } previous
                && profile.RelativeWords.TryGetValue(LanguageProfile.Normalize(previous.Group("word") ?? previous.Match.Value), out var code) && code == "D+0"
                && document.Text.AsSpan(previous.End, c.Start - previous.End).Trim() is "(";
            if (!named.TryGetValue(iso, out var known) || (today && !known.Today))
                named[iso] = (word, today);
        }
        return named;
    }
}
