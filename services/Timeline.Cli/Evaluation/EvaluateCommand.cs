using System.CommandLine;
using System.Text.Json.Nodes;
using Timeline.Extraction.Dates;

namespace Timeline.Cli.Evaluation;

/// <summary>`timeline evaluate`: score the extractor against gold corpora.</summary>
internal static class EvaluateCommand
{
    public static Command Create() => new("evaluate", "Score the tagger or the event extractor against a gold corpus.") { TimexCommand(), EventsCommand() };

    private static Command EventsCommand()
    {
        var folders = new Argument<DirectoryInfo[]>("folders") { Description = "Folders of articles (*.txt) with gold files (*.gold.json) in the reference format.", Arity = ArgumentArity.OneOrMore };
        var dct = new Option<string>("--dct") { Description = "given: each article gets its gold publication date; none: the extractor infers it from the text; both: one table each.", DefaultValueFactory = _ => "both" };
        dct.AcceptOnlyFromAmong("given", "none", "both");
        var part = new Option<string>("--part") { Description = "all, or a fixed split of each folder: aside is every third gold file by name, starting with the first; development is the rest.", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong("all", "development", "aside");
        var errors = new Option<bool>("--errors") { Description = "List every mistake." };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON." };
        var command = new Command("events", "Precision, recall and F1 of the event extractor on (type, date, place), with and without the publication date, by language; participants and status on the matched events.")
        {
            folders, dct, part, errors, json,
        };
        command.SetAction(parse =>
        {
            var documents = EventCorpus.Read(parse.GetValue(folders)!, parse.GetValue(part)!);
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

    private static Command TimexCommand()
    {
        var corpus = new Argument<DirectoryInfo>("corpus") { Description = "A TIMEX2 corpus directory with in/*.sgm and key/*.apf.xml (for example WikiWarsDE), or a folder of articles with gold files in the reference format (*.gold.json)." };
        var lang = new Option<string>("--lang") { Description = "The corpus language.", DefaultValueFactory = _ => "de" };
        var mode = new Option<string>("--mode") { Description = "narrative (year-less and relative dates anchor on the text's own dates, as for WikiWarsDE) or news (they anchor on each document's DATETIME, in the direction of the tense). Words such as \"heute\" use the DATETIME in both.", DefaultValueFactory = _ => "narrative" };
        var errors = new Option<int>("--errors") { Description = "Print this many mistakes of each kind, to read.", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON." };
        var command = new Command("timex", "TempEval-3 measures of the temporal tagger: strict and relaxed span F1, type accuracy, value accuracy and value F1.")
        {
            corpus, lang, mode, errors, json,
        };
        command.SetAction(parse =>
        {
            var documents = Timex2Corpus.Read(parse.GetValue(corpus)!.FullName);
            var narrative = parse.GetValue(mode) != "news";
            var total = TimexScores.Zero;
            var allErrors = new List<TimexError>();
            var rows = new List<(string Id, TimexScores Scores)>();
            foreach (var document in documents)
            {
                var result = TemporalTagger.Tag(document.Text, document.Language ?? parse.GetValue(lang), document.Dct, narrative ? TaggerMode.Narrative : TaggerMode.News);
                var system = result.Timexes.Select(t => new SystemTimex(t.Start, t.End, t.Text, t.Type, t.Value)).ToList();
                var (scores, mistakes) = TimexScorer.Score(document.Id, document.Gold, system);
                total = total.Add(scores);
                allErrors.AddRange(mistakes.Select(e => e with { Context = Around(document.Text, e.Start) }));
                rows.Add((document.Id, scores));
            }
            if (parse.GetValue(json))
            {
                Console.WriteLine(CliJson.Print(CliJson.Object(
                    ("corpus", parse.GetValue(corpus)!.Name), ("mode", narrative ? "narrative" : "news"), ("documents", documents.Count), ("total", Figures(total)))));
                return 0;
            }
            Console.WriteLine($"{"document",-28} {"gold",5} {"sys",5} {"strictF1",8} {"relaxF1",8} {"typeAcc",8} {"valAcc",8} {"valueF1",8}");
            foreach (var (id, s) in rows.Append(("TOTAL", total)))
                Console.WriteLine($"{id,-28} {s.Gold,5} {s.System,5} {s.StrictF1,8:0.000} {s.RelaxedF1,8:0.000} {s.TypeAccuracy,8:0.000} {s.ValueAccuracy,8:0.000} {s.ValueF1,8:0.000}");
            Console.WriteLine();
            Console.WriteLine($"strict   P {total.StrictPrecision:0.000}  R {total.StrictRecall:0.000}  F1 {total.StrictF1:0.000}");
            Console.WriteLine($"relaxed  P {total.RelaxedPrecision:0.000}  R {total.RelaxedRecall:0.000}  F1 {total.RelaxedF1:0.000}");
            Console.WriteLine($"type accuracy {total.TypeAccuracy:0.000}; value accuracy {total.ValueAccuracy:0.000}; value P {total.ValuePrecision:0.000} R {total.ValueRecall:0.000} F1 {total.ValueF1:0.000}");
            var show = parse.GetValue(errors);
            if (show > 0)
            {
                foreach (var kind in allErrors.GroupBy(e => e.Kind))
                {
                    Console.WriteLine($"\n{kind.Key} ({kind.Count()}):");
                    foreach (var e in kind.Take(show))
                        Console.WriteLine($"  {e.Document} @{e.Start}: '{e.Text}' expected {e.Expected ?? "-"} got {e.Actual ?? "-"}   | {e.Context}");
                }
            }
            return 0;
        });
        return command;
    }

    private static JsonObject Figures(TimexScores s) => CliJson.Object(
        ("gold", s.Gold),
        ("system", s.System),
        ("strict", CliJson.Object(("precision", R(s.StrictPrecision)), ("recall", R(s.StrictRecall)), ("f1", R(s.StrictF1)))),
        ("relaxed", CliJson.Object(("precision", R(s.RelaxedPrecision)), ("recall", R(s.RelaxedRecall)), ("f1", R(s.RelaxedF1)))),
        ("typeAccuracy", R(s.TypeAccuracy)),
        ("valueAccuracy", R(s.ValueAccuracy)),
        ("value", CliJson.Object(("precision", R(s.ValuePrecision)), ("recall", R(s.ValueRecall)), ("f1", R(s.ValueF1)))));

    private static string Around(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        var to = Math.Min(text.Length, at + 40);
        return text[from..to].Replace('\n', ' ');
    }

    private static double R(double d) => Math.Round(d, 4, MidpointRounding.AwayFromZero);

}
