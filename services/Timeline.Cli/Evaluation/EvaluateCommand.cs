using System.CommandLine;
using System.Text.Json.Nodes;

namespace Timeline.Cli.Evaluation;

/// <summary>`timeline evaluate`: score the extractor against gold corpora.</summary>
internal static class EvaluateCommand
{
    public static Command Create() => new("evaluate", "Score the tagger or the event extractor against a gold corpus.") { TimexCommand.Create(), EventsCommand() };

    private static Command EventsCommand()
    {
        var folders = new Argument<DirectoryInfo[]>("folders") { Description = "Folders of articles (*.txt) with gold files (*.gold.json) in the reference format.", Arity = ArgumentArity.OneOrMore };
        var errors = new Option<bool>("--errors") { Description = "List every mistake." };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON." };
        var command = new Command("events", "Precision, recall and F1 of the event extractor on (type, date, place) and on participants, by language.") { folders, errors, json };
        command.SetAction(parse =>
        {
            var byLanguage = new SortedDictionary<string, EventScores>(StringComparer.Ordinal);
            var mistakes = new List<EventMistake>();
            var judged = new List<(double Confidence, bool Right)>();
            var documents = 0;
            foreach (var folder in parse.GetValue(folders)!)
            {
                foreach (var path in Directory.EnumerateFiles(folder.FullName, "*.gold.json").Order(StringComparer.Ordinal))
                {
                    var gold = EventScorer.ReadGold(path);
                    var text = File.ReadAllText(Path.Combine(folder.FullName, gold.Document));
                    DateOnly? published = gold.DocumentCreationTime.Given ? DateOnly.ParseExact(gold.DocumentCreationTime.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
                    var result = Timeline.Extraction.ArticleExtractor.Extract(text, gold.Language, published);
                    var system = result.Events.Select(e => new ScoredEvent(e.Type, e.Date.Value, e.Place?.GeonamesId, e.Place?.Name, e.Status,
                        e.Participants.Where(p => p.Kind != Timeline.Extraction.Gazetteer.ActorKind.Person).Select(p => p.Name).ToList(), e.Evidence, e.Confidence)).ToList();
                    var (scores, found) = EventScorer.Score(gold.Document, gold, system, judged);
                    byLanguage[gold.Language] = (byLanguage.TryGetValue(gold.Language, out var sofar) ? sofar : EventScores.Zero).Add(scores);
                    mistakes.AddRange(found);
                    documents++;
                }
            }
            var total = byLanguage.Values.Aggregate(EventScores.Zero, (a, b) => a.Add(b));
            if (parse.GetValue(json))
            {
                Console.WriteLine(CliJson.Print(CliJson.Object(
                    ("documents", documents),
                    ("total", EventFigures(total)),
                    ("languages", CliJson.Object([.. byLanguage.Select(kv => (kv.Key, (JsonNode?)EventFigures(kv.Value)))])),
                    ("calibration", CliJson.Array(Bands(judged), b => CliJson.Object(("from", b.From), ("to", b.To), ("events", b.Count), ("precision", R(b.Precision))))))));
                return 0;
            }
            Console.WriteLine($"{documents} documents");
            Console.WriteLine($"{"language",-9} {"tp",4} {"fp",4} {"fn",4} {"P",6} {"R",6} {"F1",6}   {"partP",6} {"partR",6} {"partF1",6}   {"status",6} {"forbidden",9}");
            foreach (var (language, s) in byLanguage.Append(new KeyValuePair<string, EventScores>("all", total)))
                Console.WriteLine($"{language,-9} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000}   {s.PartyPrecision,6:0.000} {s.PartyRecall,6:0.000} {s.PartyF1,6:0.000}   {s.StatusAccuracy,6:0.000} {s.Forbidden,9}");
            Console.WriteLine();
            Console.WriteLine("confidence band   events  precision");
            foreach (var band in Bands(judged))
                Console.WriteLine($"{band.From:0.00} to {band.To:0.00}     {band.Count,6}  {band.Precision,9:0.000}");
            if (parse.GetValue(errors))
            {
                foreach (var m in mistakes)
                    Console.WriteLine($"  {m.Kind,-12} {m.Document}: {m.Description}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>How often events in each confidence band were right: calibrated means higher bands are right more often.</summary>
    private static IEnumerable<(double From, double To, int Count, double Precision)> Bands(List<(double Confidence, bool Right)> judged)
    {
        double[] edges = [0, 0.5, 0.7, 0.85, 1.0001];
        for (var i = 0; i < edges.Length - 1; i++)
        {
            var inBand = judged.Where(j => j.Confidence >= edges[i] && j.Confidence < edges[i + 1]).ToList();
            yield return (edges[i], Math.Min(edges[i + 1], 1), inBand.Count, inBand.Count == 0 ? 0 : inBand.Count(j => j.Right) / (double)inBand.Count);
        }
    }

    private static JsonObject EventFigures(EventScores s) => CliJson.Object(
        ("truePositives", s.TruePositives),
        ("falsePositives", s.FalsePositives),
        ("falseNegatives", s.FalseNegatives),
        ("precision", R(s.Precision)),
        ("recall", R(s.Recall)),
        ("f1", R(s.F1)),
        ("participants", CliJson.Object(("precision", R(s.PartyPrecision)), ("recall", R(s.PartyRecall)), ("f1", R(s.PartyF1)))),
        ("statusAccuracy", R(s.StatusAccuracy)),
        ("forbiddenEvents", s.Forbidden));

    private static double R(double d) => Math.Round(d, 4, MidpointRounding.AwayFromZero);

}
