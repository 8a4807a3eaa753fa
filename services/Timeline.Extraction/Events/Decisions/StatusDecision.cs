using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Decides whether an event occurred, is scheduled, was cancelled or postponed, as of the publication date: a word of
/// cancelling or postponing in the sentence says so; otherwise an event that starts after the publication date is
/// scheduled, and one on that day is scheduled when its clause speaks of what is to come.
/// </summary>
public static class StatusDecision
{
    public static void Decide(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        if ((Cue(lexicon.Cancelled, draft, article) ?? SeparableCue(lexicon.CancelledSeparable, draft, lexicon)) is { } cancelled)
        {
            Set(draft, "cancelled", $"'{cancelled}'");
            return;
        }
        if (Cue(lexicon.Postponed, draft, article) is { } postponed)
        {
            Set(draft, "postponed", $"'{postponed}'");
            return;
        }
        if (draft.Triggers.Any(t => Clauses.NotAsPlanned(s, s.TokenAt(t.Start), lexicon)))
        {
            Set(draft, "cancelled", "negated, and not held as planned");
            return;
        }
        var dct = article.DocumentDate?.Value;
        // "beraten seit Donnerstag": what has gone on since a day has begun.
        if (draft.Date is { } date && date.End > date.Start && date.Start > s.Start && s.TokenAt(date.Start) is var at and > 0
            && lexicon.SincePrepositions.Contains(s.Tokens[at - 1].Text) && (dct is null || date.RangeStart <= dct))
        {
            Set(draft, "occurred", $"under way since '{date.Text}'");
            return;
        }
        if (dct is { } d && draft.Date?.RangeStart is { } start)
        {
            if (start > d)
                Set(draft, "scheduled", $"its date lies after the document date {Calendar.Day(d)}");
            // "World Leaders Meet for G-8 Summit in France": a title's present tense tells the news of its own day.
            else if (s.IsTitle && start == d && draft.Tense == Direction.Future)
                Set(draft, "occurred", "a title's present tense on the publication date tells the news of the day");
            else if (draft.Tense == Direction.Future && draft.Date.RangeEnd >= d)
                Set(draft, "scheduled", "the clause speaks of what is to come");
            else
                draft.Status = "occurred";
            return;
        }
        if (draft.Tense == Direction.Future)
            Set(draft, "scheduled", "the clause speaks of what is to come");
        else
            draft.Status = "occurred";
    }

    /// <summary>
    /// A word of cancelling or postponing in the event's sentence, unless it stands in what the event reports: "phoned
    /// President Widodo to let him know that the trip to Jakarta had been called off" is a call that took place,
    /// about a visit that will not. A negated cue ("nicht wie geplant", "not as planned") puts off only what still
    /// lies ahead: "Die Gespräche am Montag verliefen nicht wie geplant" tells how past talks went.
    /// </summary>
    private static string? Cue(Vocabulary.WordSet cues, EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        var anchor = s.TokenAt(draft.AnchorStart);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var n = cues.MatchAt(s.Tokens, i);
            if (n == 0)
                continue;
            if (i > anchor && lexicon.Complementizers.AnyIn(s.Tokens, anchor + 1, i))
                continue;
            // "ob die Absage des Ministers etwas mit den am Dienstag geplanten Gesprächen zu tun hat": a noun of
            // calling off that the event word is only related to by "mit" is another event's ("die Absage des für Montag
            // geplanten Treffens" is this one's).
            if (i < anchor && lexicon.NounsCapitalised && char.IsUpper(s.Tokens[i].Text[0]) && lexicon.CompanionPrepositions.AnyIn(s.Tokens, i + n, anchor))
                continue;
            if (lexicon.Negations.Contains(s.Tokens[i].Text) && (article.DocumentDate is not { } dct || draft.Date?.RangeStart is not { } start || start <= dct.Value))
                continue;
            return string.Join(' ', s.Tokens.Skip(i).Take(n).Select(t => t.Text));
        }
        return null;
    }

    /// <summary>
    /// "Der Präsident sagte seine für Donnerstag geplante Reise nach Brüssel ab": a separable verb of cancelling whose
    /// particle closes the verb's comma segment, after the event word.
    /// </summary>
    private static string? SeparableCue(IReadOnlyList<(string Verb, string Particle)> cues, EventDraft draft, Vocabulary.EventLexicon lexicon)
    {
        var s = draft.Sentence;
        var anchor = s.TokenAt(draft.AnchorStart);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            // As with the other cues, not in what the event reports ("phoned him to say that the visit was called off").
            if (Clauses.SeparableAt(cues, s, i) is { } cue && Clauses.SegmentLast(s, i) > anchor && !(i > anchor && lexicon.Complementizers.AnyIn(s.Tokens, anchor + 1, i)))
                return cue;
        }
        return null;
    }

    private static void Set(EventDraft draft, string status, string why)
    {
        draft.Status = status;
        draft.Explain($"status: {status}, {why}");
    }
}
