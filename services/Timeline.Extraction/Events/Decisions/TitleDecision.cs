using System.Globalization;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>Writes an event's title for people: "United States–Russia talks in Geneva", "NATO-Russia Council meeting in Brussels".</summary>
public static class TitleDecision
{
    public static string Title(EventDraft draft, EventLexicon lexicon)
    {
        var where = draft.Place is null ? "" : $" in {draft.Place.Name}";
        var parties = draft.Parties.Select(p => p.Name).ToList();
        var between = parties.Count >= 2 ? string.Join("–", parties.Take(3)) : parties.FirstOrDefault() ?? "";
        return (draft.Type, draft.Mode) switch
        {
            ("CONSULT", _) when draft.Body is not null => $"{draft.Body.Body.Name} meeting{where}",
            ("CONSULT", "multilateral") => $"{draft.Parties.FirstOrDefault(p => p.Kind == ActorKind.Organisation)?.Name ?? "Multilateral"} meeting{where}",
            ("CONSULT", "phone") => $"{between} phone call".Trim(),
            ("CONSULT", "visit") => $"{between} visit{(draft.Place is null ? "" : $" to {draft.Place.Name}")}".Trim(),
            ("CONSULT", _) when draft.Triggers.Any(t => lexicon.SummitWords.Contains(t.Word)) => $"{between} summit{where}".Trim(),
            ("CONSULT", _) => $"{between} talks{where}".Trim(),
            ("AGREE", _) => $"{between} agreement{where}".Trim(),
            _ => $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(draft.Type.Replace('_', ' ').ToLowerInvariant())}: {between}{where}".Trim(),
        };
    }
}

