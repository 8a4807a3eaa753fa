using System.Text.Json;

namespace Timeline.Cli.Evaluation;

/// <summary>A gold file in the reference format (`*.gold.json` beside its text).</summary>
public sealed record EventGold(string Document, string Language, EventGoldDate DocumentCreationTime, IReadOnlyList<EventGoldEvent> Events,
    IReadOnlyList<EventGoldNotEvent>? MustNotYieldEvents);

public sealed record EventGoldDate(string Value, bool Given);

public sealed record EventGoldPlace(string Name, string Country, long GeonamesId);

public sealed record EventGoldEvent(string Id, bool Required, string Type, string? Mode, string Status, string Date, EventGoldPlace? Place,
    IReadOnlyList<string> Participants, IReadOnlyList<string>? People, string Evidence);

public sealed record EventGoldNotEvent(string Evidence);

/// <summary>An event as the extractor reported it, reduced to what is scored.</summary>
public sealed record ScoredEvent(string Type, string Date, long? GeonamesId, string? Place, string Status, IReadOnlyList<string> Parties, string Evidence, double Confidence = 1);

/// <summary>Counts behind precision, recall and F1, for events and for participants.</summary>
public sealed record EventScores(int TruePositives, int FalsePositives, int FalseNegatives, int PartyHits, int PartyExtra, int PartyMissed,
    int StatusCorrect, int Forbidden)
{
    public static EventScores Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public EventScores Add(EventScores o) => new(TruePositives + o.TruePositives, FalsePositives + o.FalsePositives, FalseNegatives + o.FalseNegatives,
        PartyHits + o.PartyHits, PartyExtra + o.PartyExtra, PartyMissed + o.PartyMissed, StatusCorrect + o.StatusCorrect, Forbidden + o.Forbidden);

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
/// Scores events on (type, date, place): a system event is right when a gold event has the same type, the same
/// date value and the same place (or both have none). A missed required event is a false negative; an event that
/// matches an optional gold event is neither rewarded nor punished. Participants (countries and organisations)
/// are scored on the matched pairs.
/// </summary>
public static class EventScorer
{
    public static (EventScores Scores, IReadOnlyList<EventMistake> Mistakes) Score(string document, EventGold gold, IReadOnlyList<ScoredEvent> system) =>
        Score(document, gold, system, null);

    /// <param name="document">The article's name, for the mistakes.</param>
    /// <param name="gold">Its gold events.</param>
    /// <param name="system">What the extractor found.</param>
    /// <param name="judged">Receives each system event's confidence and whether it was right (optional gold matches are left out).</param>
    public static (EventScores Scores, IReadOnlyList<EventMistake> Mistakes) Score(string document, EventGold gold, IReadOnlyList<ScoredEvent> system,
        List<(double Confidence, bool Right)>? judged)
    {
        var mistakes = new List<EventMistake>();
        var unmatched = system.ToList();
        int tp = 0, fn = 0, hits = 0, extra = 0, missed = 0, status = 0;
        foreach (var g in gold.Events.OrderByDescending(g => g.Required))
        {
            var match = unmatched.FirstOrDefault(s => s.Type == g.Type && s.Date == g.Date && s.GeonamesId == g.Place?.GeonamesId);
            if (match is null)
            {
                if (g.Required)
                {
                    fn++;
                    mistakes.Add(new EventMistake(document, "missed", $"{g.Type} {g.Date} {g.Place?.Name ?? "-"} ({g.Evidence})"));
                }
                continue;
            }
            unmatched.Remove(match);
            if (!g.Required)
                continue;
            judged?.Add((match.Confidence, true));
            tp++;
            if (match.Status == g.Status)
                status++;
            else
                mistakes.Add(new EventMistake(document, "status", $"{g.Type} {g.Date} {g.Place?.Name ?? "-"}: expected {g.Status}, got {match.Status}"));
            var expected = g.Participants.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var found = match.Parties.ToHashSet(StringComparer.OrdinalIgnoreCase);
            hits += expected.Intersect(found, StringComparer.OrdinalIgnoreCase).Count();
            extra += found.Except(expected, StringComparer.OrdinalIgnoreCase).Count();
            missed += expected.Except(found, StringComparer.OrdinalIgnoreCase).Count();
            if (!expected.SetEquals(found))
                mistakes.Add(new EventMistake(document, "participants", $"{g.Type} {g.Date}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", found)}]"));
        }
        judged?.AddRange(unmatched.Select(s => (s.Confidence, false)));
        foreach (var s in unmatched)
            mistakes.Add(new EventMistake(document, "spurious", $"{s.Type} {s.Date} {s.Place ?? "-"} ({Shorten(s.Evidence)})"));
        var forbidden = (gold.MustNotYieldEvents ?? []).Count(n => system.Any(s => s.Evidence.Contains(n.Evidence, StringComparison.Ordinal)));
        return (new EventScores(tp, unmatched.Count, fn, hits, extra, missed, status, forbidden), mistakes);
    }

    public static EventGold ReadGold(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Compact.EventGold)
        ?? throw new FormatException($"{path} is not a gold file.");

    private static string Shorten(string s) => s.Length <= 70 ? s : s[..67] + "...";
}
