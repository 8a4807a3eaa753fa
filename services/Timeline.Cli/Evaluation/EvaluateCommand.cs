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
        var dct = new Option<string>("--dct") { Description = "given: each article gets its gold publication date; none: the extractor infers it from the text; both: one table each.", DefaultValueFactory = _ => "both" };
        dct.AcceptOnlyFromAmong("given", "none", "both");
        var part = new Option<string>("--part") { Description = CorpusParts.Description, DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong(CorpusParts.Names);
        var errors = new Option<bool>("--errors") { Description = "List every mistake." };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON." };
        var command = new Command("events", "Precision, recall and F1 of the event extractor on (type, date, place), with and without the publication date, by language; participants and status on the matched events.")
        {
            folders, dct, part, errors, json,
        };
        command.SetAction(parse =>
        {
            var documents = EventCorpus.Read(parse.GetValue(folders)!, CorpusParts.Parse(parse.GetValue(part)));
            var modes = parse.GetValue(dct) switch { "given" => new[] { true }, "none" => [false], _ => [true, false] };
            var runs = modes.Select(given => EventEvaluation.Run(documents, given)).ToList();
            if (parse.GetValue(json))
            {
                Console.WriteLine(CliJson.Print(CliJson.Object(
                    ("documents", documents.Count),
                    ("part", parse.GetValue(part)),
                    ("runs", CliJson.Array(runs, r => CliJson.Object(
                        ("publicationDate", r.Given ? "given" : "none"),
                        ("total", EventFigures(r.Total)),
                        ("languages", CliJson.Object([.. r.ByLanguage.Select(kv => (kv.Key, (JsonNode?)EventFigures(kv.Value)))])),
                        ("calibration", CliJson.Array(Bands(r.Judged), b => CliJson.Object(("from", b.From), ("to", b.To), ("events", b.Count), ("precision", R(b.Precision)))))))))));
                return 0;
            }
            Console.WriteLine($"{documents.Count} documents ({parse.GetValue(part)})");
            Console.WriteLine($"{"date",-6} {"language",-9} {"tp",4} {"fp",4} {"fn",4} {"P",6} {"R",6} {"F1",6}   {"partP",6} {"partR",6} {"partF1",6}   {"status",6} {"forbidden",9} {"ignored",7}");
            foreach (var run in runs)
            {
                foreach (var (language, s) in run.ByLanguage.Append(new KeyValuePair<string, EventScores>("all", run.Total)))
                    Console.WriteLine($"{(run.Given ? "given" : "none"),-6} {language,-9} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000}   {s.PartyPrecision,6:0.000} {s.PartyRecall,6:0.000} {s.PartyF1,6:0.000}   {s.StatusAccuracy,6:0.000} {s.Forbidden,9} {s.Ignored,7}");
            }
            foreach (var run in runs)
            {
                Console.WriteLine();
                Console.WriteLine($"confidence band ({(run.Given ? "date given" : "no date")})   events  precision");
                foreach (var band in Bands(run.Judged))
                    Console.WriteLine($"{band.From:0.00} to {band.To:0.00}                  {band.Count,6}  {band.Precision,9:0.000}");
            }
            if (parse.GetValue(errors))
            {
                foreach (var run in runs)
                {
                    Console.WriteLine();
                    Console.WriteLine($"mistakes ({(run.Given ? "date given" : "no date")}):");
                    foreach (var m in run.Mistakes)
                        Console.WriteLine($"  {m.Kind,-12} {m.Document}: {m.Description}");
                }
            }
            return 0;
        });
        return command;
    }

    /// <summary>How often events in each confidence band were right: calibrated means higher bands are right more often.</summary>
    private static IEnumerable<(double From, double To, int Count, double Precision)> Bands(IReadOnlyList<(double Confidence, bool Right)> judged)
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
        ("forbiddenEvents", s.Forbidden),
        ("ignored", s.Ignored));

    private static double R(double d) => Math.Round(d, 4, MidpointRounding.AwayFromZero);

}
