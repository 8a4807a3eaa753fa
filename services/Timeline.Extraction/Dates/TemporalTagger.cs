using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Dates.Refining;
using Timeline.Extraction.Dates.Resolution;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Finds temporal expressions with the rules of a language and resolves them to TIMEX3 values. In news mode
/// relative expressions resolve against the document date in the direction the clause's tense gives; in
/// narrative mode (no document date) they resolve against the last date the text mentioned.
/// </summary>
/// <remarks>
/// The pipeline: <see cref="CandidateFinder"/> finds where rules match; <see cref="DocumentDateInference"/> infers the
/// document date when none is given; then each match, in text order, goes to the resolver its rule's kind names in
/// the <see cref="ResolverRegistry"/>, with the anchors read so far (<see cref="Anchoring.AnchorTracker"/>); last,
/// refiners join and correct what only neighbouring expressions or the whole text show (<see cref="CompoundLengths"/>,
/// <see cref="ReportedSpeech"/>).
/// </remarks>
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
        var entries = ResolverRegistry.For(profile);
        var candidates = CandidateFinder.Find(document, profile);
        var dct = documentDate is { } given
            ? new DocumentDate(given, true, "given with the article")
            : DocumentDateInference.Infer(document, profile, candidates, entries);
        var effectiveMode = mode ?? (dct is null ? TaggerMode.Narrative : TaggerMode.News);
        var resolvers = new Resolvers(new ResolutionContext(document, profile, dct?.Value, effectiveMode));
        var timexes = ResolveAll(resolvers, entries, candidates);
        // A page of dated items ("19/08/2014", "28. Aug"): read again, each item counting from its own date.
        if (effectiveMode == TaggerMode.News && dct is not null && ItemDates.Find(document, timexes, dct.Value, profile.RepublicationIntroductions) is { } items)
        {
            resolvers = new Resolvers(new ResolutionContext(document, profile, dct.Value, effectiveMode, items));
            timexes = ResolveAll(resolvers, entries, candidates);
        }
        CompoundLengths.Refine(resolvers.Context, timexes);
        ReportedSpeech.Refine(resolvers.Context, timexes);
        return new TaggerResult(profile.Code, dct, effectiveMode, timexes);
    }

    private static List<Timex> ResolveAll(Resolvers resolvers, ResolverEntry[] entries, IReadOnlyList<Candidate> candidates)
    {
        var timexes = new List<Timex>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i + 1 < candidates.Count && resolvers.WeekdaysAndTimes.TakesDayAfter(candidates[i], candidates[i + 1]))
            {
                // "at 6 a.m. on Sunday": the day first, so that the clock time is that day's; output stays in text order.
                var before = timexes.Count;
                Resolve(resolvers, entries, candidates[i + 1], timexes);
                Resolve(resolvers, entries, candidates[i], timexes);
                timexes.Sort(before, timexes.Count - before, Comparer<Timex>.Create((a, b) => a.Start.CompareTo(b.Start)));
                i++;
                continue;
            }
            Resolve(resolvers, entries, candidates[i], timexes);
        }
        return timexes;
    }

    /// <summary>Adds what a candidate resolves to (nothing, one expression, or several) and moves the anchors on.</summary>
    private static void Resolve(Resolvers resolvers, ResolverEntry[] entries, Candidate c, List<Timex> timexes)
    {
        var anchors = resolvers.Context.Anchors;
        anchors.EnterParagraphOf(c.Start);
        var before = timexes.Count;
        entries[c.RuleIndex].Resolve(resolvers, c, timexes);
        for (var i = before; i < timexes.Count; i++)
            anchors.Remember(c, timexes[i]);
    }
}
