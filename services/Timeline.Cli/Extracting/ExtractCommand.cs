using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Timeline.Extraction;
using Timeline.Extraction.Language;
using Timeline.Mapping;

namespace Timeline.Cli.Extracting;

/// <summary>
/// `timeline extract`: the diplomatic events of one article, without storing anything. It prints what the
/// Extraction API's dry run answers, from the same mapping, so an event reads the same from either.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo?>("file") { Description = "The article's text; standard input when left out or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang") { Description = "Language: de, en, or auto (default: auto)." };
        var published = new Option<string?>("--published", "--dct") { Description = "Publication date (YYYY-MM-DD); inferred from the text when left out." };
        var explain = new Option<bool>("--explain") { Description = "Add, for each event and date, why it was read the way it was." };
        var command = new Command("extract", "Read the dated diplomatic events of an article.") { input, lang, published, explain };
        command.SetAction(parse =>
        {
            var language = parse.GetValue(lang) is { } l && l != "auto" ? l : null;
            if (language is not null && !LanguageProfile.Supported.Contains(language))
            {
                Console.Error.WriteLine($"--lang {language}: use {string.Join(", ", LanguageProfile.Supported)} or auto.");
                return 2;
            }
            DateOnly? date = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"--published {p}: use YYYY-MM-DD.");
                    return 2;
                }
                date = d;
            }
            var result = ArticleExtractor.Extract(CliJson.ReadInput(parse.GetValue(input)), language, date);
            Console.WriteLine(JsonSerializer.Serialize(EventMapping.Report(result, parse.GetValue(explain)), CliJson.Indented.ExtractionReport));
            return 0;
        });
        return command;
    }
}
