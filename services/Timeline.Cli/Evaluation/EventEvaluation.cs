using System.Globalization;
using Timeline.Extraction;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Cli.Evaluation;

/// <summary>An article of an event corpus with its gold annotation.</summary>
public sealed record EventDocument(string Path, string Text, EventGold Gold);

/// <summary>Reads the articles and gold files of event corpora, whole or one part of a fixed split.</summary>
public static class EventCorpus
{
    /// <param name="folders">Folders of articles with their gold files.</param>
    /// <param name="part">The whole of each folder, or one part of the split <see cref="CorpusParts"/> describes.</param>
    internal static IReadOnlyList<EventDocument> Read(IEnumerable<DirectoryInfo> folders, CorpusPart part)
    {
        var documents = new List<EventDocument>();
        foreach (var folder in folders)
        {
            var files = Directory.EnumerateFiles(folder.FullName, "*.gold.json").Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < files.Count; i++)
            {
                if (!part.Contains(i))
                    continue;
                var gold = EventScorer.ReadGold(files[i]);
                documents.Add(new EventDocument(files[i], File.ReadAllText(System.IO.Path.Combine(folder.FullName, gold.Document)), gold));
            }
        }
        return documents;
    }
}

/// <summary>The scores of one run of the extractor over a corpus.</summary>
public sealed record EventRun(bool Given, EventScores Total, IReadOnlyDictionary<string, EventScores> ByLanguage,
    IReadOnlyList<(double Confidence, bool Right)> Judged, IReadOnlyList<EventMistake> Mistakes);

public static class EventEvaluation
{
    /// <param name="documents">The articles to read and score.</param>
    /// <param name="given">Whether each article gets its gold publication date; otherwise the extractor infers one.</param>
    public static EventRun Run(IReadOnlyList<EventDocument> documents, bool given)
    {
        var byLanguage = new SortedDictionary<string, EventScores>(StringComparer.Ordinal);
        var mistakes = new List<EventMistake>();
        var judged = new List<(double Confidence, bool Right)>();
        foreach (var document in documents)
        {
            var gold = document.Gold;
            DateOnly? published = given ? DateOnly.ParseExact(gold.DocumentCreationTime.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var result = ArticleExtractor.Extract(document.Text, gold.Language, published);
            var system = result.Events.Select(e => new ScoredEvent(e.Type, e.Date.Value, e.Place?.GeonamesId, e.Place?.Name, e.Status,
                e.Participants.Where(p => p.Kind != ActorKind.Person).Select(p => p.Name).ToList(), e.Evidence, e.Confidence,
                e.EvidenceStart, e.EvidenceEnd)).ToList();
            var (scores, found) = EventScorer.Score(gold.Document, gold, system, judged, document.Text);
            byLanguage[gold.Language] = (byLanguage.TryGetValue(gold.Language, out var sofar) ? sofar : EventScores.Zero).Add(scores);
            mistakes.AddRange(found);
        }
        var total = byLanguage.Values.Aggregate(EventScores.Zero, (a, b) => a.Add(b));
        return new EventRun(given, total, byLanguage, judged, mistakes);
    }
}
