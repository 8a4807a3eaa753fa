using System.CommandLine;
using System.Globalization;
using Timeline.Extraction;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Language;

namespace Timeline.Cli.Tagging;

/// <summary>`timeline tag`: temporal expressions of a text (or of JSON lines) as TIMEX3-style JSON.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo?>("file") { Description = "The text to tag; standard input when left out or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang") { Description = "Language: de, en, or auto (default: auto)." };
        var dct = new Option<string?>("--dct") { Description = "Document creation time (YYYY-MM-DD). Without it the date is inferred from the text, or narrative mode is used." };
        var mode = new Option<string?>("--mode") { Description = "news or narrative (default: news when a document date is given or found)." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines {id, text, dct, lang} and write one result line per input, streaming." };
        var explain = new Option<bool>("--explain") { Description = "Show, for each expression, the rule, anchor and direction chosen." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "With --jsonl: how many documents to tag at once (default: one per processor). The output keeps the input's order.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--parallel: give 1 or more.");
        });
        var command = new Command("tag", "Find and resolve the dates, times, durations and sets in a text.") { input, lang, dct, mode, jsonl, explain, parallel };
        command.SetAction(async (parse, ct) =>
        {
            var options = new TagOptions(parse.GetValue(lang), parse.GetValue(dct), parse.GetValue(mode), parse.GetValue(explain));
            if (options.Error() is { } error)
            {
                Console.Error.WriteLine(error);
                return 2;
            }
            if (parse.GetValue(jsonl))
            {
                await using var reader = parse.GetValue(input) is { Name: not "-" } file ? file.OpenRead() : Console.OpenStandardInput();
                await using var writer = Console.OpenStandardOutput();
                return await JsonLines.RunAsync(reader, writer, options, parse.GetValue(parallel), ct);
            }
            return TagText(CliJson.ReadInput(parse.GetValue(input)), options);
        });
        return command;
    }

    private static int TagText(string text, TagOptions options)
    {
        var result = ArticleExtractor.Dates(text, options.Language, options.DocumentDate, options.Mode);
        if (options.Explain)
        {
            Console.WriteLine($"language {result.Language}; mode {result.Mode.ToString().ToLowerInvariant()}; document date " +
                (result.DocumentDate is { } d ? $"{d.Value:yyyy-MM-dd} ({d.How})" : "none"));
            foreach (var t in result.Timexes)
                Console.WriteLine($"{t.Start,6}-{t.End,-6} {Quote(t.Text),-30} {t.Type,-8} {t.Value,-14} {t.Provenance}");
            return 0;
        }
        Console.WriteLine(CliJson.Print(CliJson.Object(
            ("language", result.Language),
            ("mode", result.Mode.ToString().ToLowerInvariant()),
            ("documentDate", CliJson.DocumentDate(result.DocumentDate)),
            ("timexes", CliJson.Array(result.Timexes, t => CliJson.Object(
                ("start", t.Start),
                ("end", t.End),
                ("text", t.Text),
                ("type", t.Type),
                ("value", t.Value),
                ("granularity", t.Granularity.ToString().ToLowerInvariant()),
                ("mod", t.Mod),
                ("provenance", CliJson.Object(
                    ("rule", t.Provenance.Rule),
                    ("anchor", t.Provenance.Anchor),
                    ("direction", t.Provenance.Direction.ToString().ToLowerInvariant()),
                    ("reason", t.Provenance.Reason)))))))));
        return 0;
    }

    private static string Quote(string s) => "'" + (s.Length > 28 ? s[..25] + "..." : s) + "'";
}

internal sealed record TagOptions(string? LanguageOption, string? DctOption, string? ModeOption, bool Explain)
{
    public string? Language => LanguageOption is null or "auto" ? null : LanguageOption;

    public DateOnly? DocumentDate => DctOption is null ? null : DateOnly.ParseExact(DctOption, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public TaggerMode? Mode => ModeOption switch { "news" => TaggerMode.News, "narrative" => TaggerMode.Narrative, _ => null };

    public string? Error()
    {
        if (Language is not null && !LanguageProfile.Supported.Contains(Language))
            return $"--lang {LanguageOption}: use {string.Join(", ", LanguageProfile.Supported)} or auto.";
        if (DctOption is not null && !DateOnly.TryParseExact(DctOption, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return $"--dct {DctOption}: use YYYY-MM-DD.";
        if (ModeOption is not null and not "news" and not "narrative")
            return $"--mode {ModeOption}: use news or narrative.";
        return null;
    }
}
