using System.Text.Json;

namespace Timeline.Cli.Evaluation;

/// <summary>A gold file in the reference format (`*.gold.json` beside its text).</summary>
public sealed record EventGold(string Document, string Language, EventGoldDate DocumentCreationTime, IReadOnlyList<EventGoldEvent> Events,
    IReadOnlyList<EventGoldNotEvent>? MustNotYieldEvents);

/// <param name="Value">The publication date, YYYY-MM-DD.</param>
/// <param name="Given">Whether the text itself states it in full.</param>
public sealed record EventGoldDate(string Value, bool Given);

/// <summary>A gold place: a GeoNames id (team corpus) or an English name with accepted aliases; a null name accepts any place.</summary>
public sealed record EventGoldPlace(string? Name, string? Country, long? GeonamesId = null, IReadOnlyList<string>? Aliases = null);

public sealed record EventGoldEvent(string Id, bool Required, string Type, string? Mode, string Status, string? Date, EventGoldPlace? Place,
    IReadOnlyList<string>? Participants, IReadOnlyList<string>? People, string Evidence,
    IReadOnlyList<string>? DateAlternatives = null, IReadOnlyList<string>? StatusAlternatives = null);

public sealed record EventGoldNotEvent(string Evidence);

/// <summary>An event as the extractor reported it, reduced to what is scored.</summary>
public sealed record ScoredEvent(string Type, string Date, long? GeonamesId, string? Place, string Status, IReadOnlyList<string> Parties,
    string Evidence, double Confidence = 1, int EvidenceStart = -1, int EvidenceEnd = -1);

/// <summary>Counts behind precision, recall and F1, for events and for participants.</summary>
public sealed record EventScores(int TruePositives, int FalsePositives, int FalseNegatives, int PartyHits, int PartyExtra, int PartyMissed,
    int StatusCorrect, int Forbidden, int Ignored = 0)
{
    public static EventScores Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public EventScores Add(EventScores o) => new(TruePositives + o.TruePositives, FalsePositives + o.FalsePositives, FalseNegatives + o.FalseNegatives,
        PartyHits + o.PartyHits, PartyExtra + o.PartyExtra, PartyMissed + o.PartyMissed, StatusCorrect + o.StatusCorrect, Forbidden + o.Forbidden,
        Ignored + o.Ignored);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Harmonic(Precision, Recall);
    public double PartyPrecision => Ratio(PartyHits, PartyHits + PartyExtra);
    public double PartyRecall => Ratio(PartyHits, PartyHits + PartyMissed);
    public double PartyF1 => Harmonic(PartyPrecision, PartyRecall);
    public double StatusAccuracy => Ratio(StatusCorrect, TruePositives);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

public sealed record EventMistake(string Document, string Kind, string Description);

/// <summary>
/// Scores events on (type, date, place) by the rules of the published-text corpus: a system event matches a gold
/// event when the type is equal, the date is the gold date or one of its alternatives, and the place is the gold
/// place (same GeoNames id, or its name or an alias, ignoring case; any place when the gold names no city).
/// System and required gold events pair one to one by a maximum matching. An unpaired system event is a false
/// positive unless it matches an optional gold event (one whose date the text leaves open matches on any date) or
/// duplicates a paired one. Participants (countries and organisations) and status are scored on the pairs; an event
/// whose evidence overlaps a line that must not yield events counts as forbidden.
/// </summary>
public static class EventScorer
{
    public static (EventScores Scores, IReadOnlyList<EventMistake> Mistakes) Score(string document, EventGold gold, IReadOnlyList<ScoredEvent> system) =>
        Score(document, gold, system, null, null);

    /// <param name="document">The article's name, for the mistakes.</param>
    /// <param name="gold">Its gold events.</param>
    /// <param name="system">What the extractor found.</param>
    /// <param name="judged">Receives each system event's confidence and whether it was right (optional and duplicate matches are left out).</param>
    /// <param name="text">The article's text, to find the lines that must not yield events by their offsets.</param>
    public static (EventScores Scores, IReadOnlyList<EventMistake> Mistakes) Score(string document, EventGold gold, IReadOnlyList<ScoredEvent> system,
        List<(double Confidence, bool Right)>? judged, string? text)
    {
        var mistakes = new List<EventMistake>();
        var required = gold.Events.Where(g => g.Required).ToList();
        var optional = gold.Events.Where(g => !g.Required).ToList();
        var candidates = system.Select(s => required.Select((g, j) => (g, j)).Where(x => Matches(s, x.g)).Select(x => x.j).ToList()).ToList();
        var pairOf = MaximumMatching(system.Count, candidates);

        int tp = 0, fp = 0, ignored = 0, hits = 0, extra = 0, missed = 0, status = 0;
        for (var i = 0; i < system.Count; i++)
        {
            var s = system[i];
            if (pairOf.TryGetValue(i, out var j))
            {
                var g = required[j];
                tp++;
                judged?.Add((s.Confidence, true));
                if (g.Status == s.Status || (g.StatusAlternatives ?? []).Contains(s.Status))
                    status++;
                else
                    mistakes.Add(new EventMistake(document, "status", $"{Describe(g)}: expected {g.Status}, got {s.Status}"));
                var expected = (g.Participants ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var found = s.Parties.ToHashSet(StringComparer.OrdinalIgnoreCase);
                hits += expected.Intersect(found, StringComparer.OrdinalIgnoreCase).Count();
                extra += found.Except(expected, StringComparer.OrdinalIgnoreCase).Count();
                missed += expected.Except(found, StringComparer.OrdinalIgnoreCase).Count();
                if (!expected.SetEquals(found))
                    mistakes.Add(new EventMistake(document, "participants", $"{Describe(g)}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", found)}]"));
            }
            else if (candidates[i].Count > 0 || optional.Any(g => Matches(s, g)))
            {
                ignored++;
            }
            else
            {
                fp++;
                judged?.Add((s.Confidence, false));
                mistakes.Add(new EventMistake(document, "spurious", $"{s.Type} {s.Date} {s.Place ?? "-"} {s.Status} ({Shorten(s.Evidence)})"));
            }
        }
        var paired = pairOf.Values.ToHashSet();
        for (var j = 0; j < required.Count; j++)
        {
            if (!paired.Contains(j))
                mistakes.Add(new EventMistake(document, "missed", $"{Describe(required[j])} ({Shorten(required[j].Evidence)})"));
        }
        var forbidden = system.Count(s => Forbidden(s, gold, text));
        foreach (var s in system.Where(s => Forbidden(s, gold, text)))
            mistakes.Add(new EventMistake(document, "forbidden", $"{s.Type} {s.Date} from '{Shorten(s.Evidence)}'"));
        return (new EventScores(tp, fp, required.Count - tp, hits, extra, missed, status, forbidden, ignored), mistakes);
    }

    /// <summary>Type, date (or one of its alternatives; any date for an optional event that names none) and place agree.</summary>
    public static bool Matches(ScoredEvent s, EventGoldEvent g)
    {
        if (!string.Equals(s.Type, g.Type, StringComparison.OrdinalIgnoreCase))
            return false;
        var dateOk = g.Date is null ? !g.Required : s.Date == g.Date || (g.DateAlternatives ?? []).Contains(s.Date);
        return dateOk && PlaceMatches(s, g.Place);
    }

    private static bool PlaceMatches(ScoredEvent s, EventGoldPlace? place)
    {
        if (place is null || (place.Name is null && place.GeonamesId is null))
            return true;
        if (place.GeonamesId is { } id && s.GeonamesId == id)
            return true;
        if (place.Name is null)
            return false;
        var names = new HashSet<string>([place.Name, .. place.Aliases ?? []], StringComparer.OrdinalIgnoreCase);
        return s.Place is not null && names.Contains(s.Place.Trim());
    }

    /// <summary>A system event whose evidence overlaps a line that must not yield events.</summary>
    private static bool Forbidden(ScoredEvent s, EventGold gold, string? text)
    {
        foreach (var not in gold.MustNotYieldEvents ?? [])
        {
            if (text is not null && s.EvidenceStart >= 0)
            {
                for (var at = text.IndexOf(not.Evidence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(not.Evidence, at + 1, StringComparison.Ordinal))
                {
                    if (at < s.EvidenceEnd && s.EvidenceStart < at + not.Evidence.Length)
                        return true;
                }
            }
            else if (s.Evidence.Contains(not.Evidence, StringComparison.Ordinal) || not.Evidence.Contains(s.Evidence, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Kuhn's augmenting paths: system index → required gold index, as many pairs as possible.</summary>
    private static Dictionary<int, int> MaximumMatching(int systemCount, IReadOnlyList<List<int>> candidates)
    {
        var goldToSystem = new Dictionary<int, int>();
        for (var i = 0; i < systemCount; i++)
            Augment(i, [], candidates, goldToSystem);
        return goldToSystem.ToDictionary(kv => kv.Value, kv => kv.Key);
    }

    private static bool Augment(int i, HashSet<int> seen, IReadOnlyList<List<int>> candidates, Dictionary<int, int> goldToSystem)
    {
        foreach (var j in candidates[i])
        {
            if (!seen.Add(j))
                continue;
            if (!goldToSystem.TryGetValue(j, out var holder) || Augment(holder, seen, candidates, goldToSystem))
            {
                goldToSystem[j] = i;
                return true;
            }
        }
        return false;
    }

    public static EventGold ReadGold(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Compact.EventGold)
        ?? throw new FormatException($"{path} is not a gold file.");

    private static string Describe(EventGoldEvent g) => $"{g.Type} {g.Date ?? "(no date)"} {g.Place?.Name ?? g.Place?.Country ?? "-"}";

    private static string Shorten(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= 90 ? s : s[..87] + "...";
    }
}
