using Timeline.Extraction.Events.Reading;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Decides how a CONSULT event was held: by phone where a call word or "by phone" says so, as a visit where a visit
/// word does, multilateral for the meeting of a body of many or of three parties or more, bilateral otherwise.
/// </summary>
public static class ModeDecision
{
    /// <summary>The mode before participants are known, from the event's words, markers beside them and its body.</summary>
    public static void FromWords(EventDraft draft, ArticleReading article)
    {
        if (draft.Type != "CONSULT")
            return;
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        var modes = draft.Triggers.Select(t => t.Mode).Where(m => m is not null).ToList();
        var first = s.TokenAt(draft.AnchorStart);
        var last = s.TokenAt(draft.AnchorEnd);
        if (draft.Triggers.Any(t => MentionDecision.CourtesyCall(t, s, lexicon)))
            Set(draft, "visit", "a call on someone in person");
        else if (modes.Contains("phone") || lexicon.PhoneMarkers.AnyIn(s.Tokens, first - 3, last + 5))
            Set(draft, "phone", "a call");
        else if (modes.Contains("visit") && draft.Body is null)
            Set(draft, "visit", "a visit word");
        else if (draft.Body is { } body)
            Set(draft, body.Body.Mode, $"a meeting of the {body.Body.Name}");
        else if (draft.Triggers.Any(t => lexicon.Bilateral.AnyIn(s.Tokens, s.TokenAt(t.Start) - 2, s.TokenAt(t.Start))))
            Set(draft, "bilateral", "said so beside the event word");
        else if (draft.Triggers.Any(t => lexicon.Multilateral.AnyIn(s.Tokens, s.TokenAt(t.Start) - 2, s.TokenAt(t.Start))))
            Set(draft, "multilateral", "said so beside the event word");
        else if (modes.Contains("multilateral"))
            Set(draft, "multilateral", "a word of meetings of many");
        else
            draft.Mode = "bilateral";
    }

    /// <summary>Once the parties are known: three or more make a meeting multilateral; two heads of state hold a bilateral summit.</summary>
    public static void FromParties(EventDraft draft)
    {
        if (draft.Type != "CONSULT")
            return;
        var parties = draft.Parties.ToList();
        var saidBilateral = draft.Explanation.Contains("mode: bilateral, said so beside the event word");
        // "a trilateral meeting with his Japanese and South Korean counterparts": the third party is the subject.
        var saidMultilateral = draft.Explanation.Contains("mode: multilateral, said so beside the event word");
        // "Die Außenminister der G7 beraten": a body of many meeting on its own.
        if (draft.Mode == "bilateral" && parties.Count == 1 && parties[0].Kind == Gazetteer.ActorKind.Organisation && !saidBilateral)
            Set(draft, "multilateral", $"a meeting of {parties[0].Name}");
        else if (draft.Mode == "bilateral" && parties.Count > 2 && !saidBilateral)
            Set(draft, "multilateral", $"{parties.Count} parties");
        else if (draft.Mode == "multilateral" && draft.Body is null && parties.Count == 2 && parties.All(p => p.Kind == Gazetteer.ActorKind.Country) && !saidMultilateral)
            Set(draft, "bilateral", "two countries");
    }

    private static void Set(EventDraft draft, string mode, string why)
    {
        draft.Mode = mode;
        draft.ModeStated = true;
        draft.Explain($"mode: {mode}, {why}");
    }
}
