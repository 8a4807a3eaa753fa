using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// How likely an event is right, from what supports it: a day named in its own sentence weighs most, a date carried
/// from another sentence or the publication date least; a named place, two parties and a body add to it.
/// </summary>
public static class ConfidenceDecision
{
    public static double Of(EventDraft draft)
    {
        // Weighed so that each band's precision on the published-text corpus is about its confidence
        // (`timeline evaluate events` prints precision by band).
        var confidence = draft.DateSource switch
        {
            DateSource.Sentence => 0.5,
            DateSource.Headline => 0.4,
            DateSource.Carried or DateSource.DateLine => 0.35,
            _ => 0.3,
        };
        confidence += draft.Date?.Granularity is Granularity.Day or Granularity.Time ? 0.15 : draft.Date?.Granularity is Granularity.Week or Granularity.Month ? 0.08 : 0.0;
        confidence += draft.Place is not null ? 0.12 : 0.0;
        confidence += draft.Parties.Count() >= 2 ? 0.1 : draft.Parties.Any() ? 0.05 : 0.0;
        confidence += draft.Body is not null ? 0.08 : 0.0;
        confidence += draft.Triggers.Count > 1 ? 0.05 : 0.0;
        confidence += draft.Triggers.Any(t => t.IsVerb) ? 0.05 : 0.0;
        confidence -= draft.Date?.Granularity <= Granularity.Year ? 0.15 : 0.0;
        return Math.Round(Math.Min(confidence, 0.95), 2);
    }
}
