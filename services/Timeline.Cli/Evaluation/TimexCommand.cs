using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Timeline.Extraction;
using Timeline.Extraction.Dates;

namespace Timeline.Cli.Evaluation;

/// <summary>`timeline evaluate timex`: TempEval-3 measures of the temporal tagger against a gold corpus.</summary>
internal static class TimexCommand
{
    public static Command Create()
    {
        var corpus = new Argument<DirectoryInfo>("corpus") { Description = "A TIMEX2 corpus directory with in/*.sgm and key/*.apf.xml (for example WikiWarsDE), or a folder of articles with gold files in the reference format (*.gold.json)." };
        var lang = new Option<string>("--lang") { Description = "The corpus language.", DefaultValueFactory = _ => "de" };
        var mode = new Option<string>("--mode") { Description = "narrative (year-less and relative dates anchor on the text's own dates, as for WikiWarsDE) or news (they anchor on each document's publication date, in the direction of the tense). Words such as \"heute\" use that date in both.", DefaultValueFactory = _ => "narrative" };
        var documentDate = new Option<string>("--document-date")
        {
            Description = "gold: give the tagger each document's publication date as the gold records it (the gold file's documentCreationTime, or a TIMEX2 header's DATETIME), whether or not the text states it; inferred: give none, so that the tagger infers it from the text, and count how often it inferred the gold's.",
            DefaultValueFactory = _ => "gold",
        };
        documentDate.AcceptOnlyFromAmong("gold", "inferred");
        var part = new Option<string>("--part")
        {
            Description = CorpusParts.Description,
            DefaultValueFactory = _ => "all",
        };
        part.AcceptOnlyFromAmong(CorpusParts.Names);
        var errors = new Option<int>("--errors") { Description = "Print this many mistakes of each kind, to read.", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON." };
        var command = new Command("timex", "TempEval-3 measures of the temporal tagger: strict and relaxed span F1, type accuracy, value accuracy and value F1.")
        {
            corpus, lang, mode, documentDate, part, errors, json,
        };
        command.SetAction(parse =>
        {
            var chosen = CorpusParts.Parse(parse.GetValue(part));
            var documents = Timex2Corpus.Read(parse.GetValue(corpus)!.FullName).Where((_, i) => chosen.Contains(i)).ToList();
            var narrative = parse.GetValue(mode) != "news";
            var inferred = parse.GetValue(documentDate) == "inferred";
            var total = TimexScores.Zero;
            var allErrors = new List<TimexError>();
            var rows = new List<(string Id, TimexScores Scores, string Date)>();
            var datesRight = 0;
            foreach (var document in documents)
            {
                var result = ArticleExtractor.Dates(document.Text, document.Language ?? parse.GetValue(lang), inferred ? null : document.Dct,
                    narrative ? TaggerMode.Narrative : TaggerMode.News);
                var system = result.Timexes.Select(t => new SystemTimex(t.Start, t.End, t.Text, t.Type, t.Value)).ToList();
                var (scores, mistakes) = TimexScorer.Score(document.Id, document.Gold, system);
                total = total.Add(scores);
                allErrors.AddRange(mistakes.Select(e => e with { Context = Around(document.Text, e.Start) }));
                var found = result.DocumentDate?.Value;
                if (inferred && found is { } f && f == document.Dct)
                    datesRight++;
                rows.Add((document.Id, scores, found is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none"));
            }
            var dates = inferred ? $"inferred by the tagger; the gold's in {datesRight} of {documents.Count} documents" : "each document's gold date given";
            if (parse.GetValue(json))
            {
                Console.WriteLine(CliJson.Print(CliJson.Object(
                    ("corpus", parse.GetValue(corpus)!.Name), ("mode", narrative ? "narrative" : "news"), ("part", parse.GetValue(part)),
                    ("documentDate", parse.GetValue(documentDate)), ("documentDatesInferredRight", inferred ? datesRight : null),
                    ("documents", documents.Count), ("total", Figures(total)))));
                return 0;
            }
            Console.WriteLine($"{"document",-28} {"date",-10} {"gold",5} {"sys",5} {"strictF1",8} {"relaxF1",8} {"typeAcc",8} {"valAcc",8} {"valueF1",8}");
            foreach (var (id, s, date) in rows.Append(("TOTAL", total, "")))
                Console.WriteLine($"{id,-28} {date,-10} {s.Gold,5} {s.System,5} {s.StrictF1,8:0.000} {s.RelaxedF1,8:0.000} {s.TypeAccuracy,8:0.000} {s.ValueAccuracy,8:0.000} {s.ValueF1,8:0.000}");
            Console.WriteLine();
            Console.WriteLine($"{documents.Count} documents ({parse.GetValue(part)}); document dates {dates}");
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
