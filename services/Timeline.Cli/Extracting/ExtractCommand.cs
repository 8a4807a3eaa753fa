using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Timeline.Extraction;
using Timeline.Extraction.Language;

namespace Timeline.Cli.Extracting;

/// <summary>`timeline extract`: the diplomatic events of one article, without storing anything.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo?>("file") { Description = "The article's text; standard input when left out or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang") { Description = "Language: de, en, or auto (default: auto)." };
        var published = new Option<string?>("--published", "--dct") { Description = "Publication date (YYYY-MM-DD); inferred from the text when left out." };
        var explain = new Option<bool>("--explain") { Description = "Add, for each event, why it was read the way it was." };
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
            var withReasons = parse.GetValue(explain);
            Console.WriteLine(CliJson.Print(CliJson.Object(
                ("language", result.Language),
                ("extractorVersion", result.ExtractorVersion),
                ("documentDate", CliJson.DocumentDate(result.DocumentDate)),
                ("events", CliJson.Array(result.Events, e => WithPlace(e, CliJson.Object(
                    ("key", e.Key),
                    ("type", e.Type),
                    ("mode", e.Mode),
                    ("status", e.Status),
                    ("title", e.Title),
                    ("date", CliJson.Object(("value", e.Date.Value), ("granularity", e.Date.Granularity.ToString().ToLowerInvariant()), ("text", e.Date.Text))),
                    ("place", e.Place is { } pl
                        ? CliJson.Object(("id", pl.Id), ("name", pl.Name), ("country", pl.CountryCode), ("geonamesId", pl.GeonamesId), ("latitude", pl.Latitude), ("longitude", pl.Longitude))
                        : null),
                    ("participants", CliJson.Array(e.Participants, x => CliJson.Object(
                        ("kind", x.Kind.ToString().ToLowerInvariant()), ("id", x.Id), ("name", x.Name), ("role", x.Role), ("affiliation", x.Affiliation)))),
                    ("evidence", CliJson.Object(("sentence", e.Evidence), ("start", e.EvidenceStart), ("end", e.EvidenceEnd))),
                    ("confidence", e.Confidence),
                    ("explanation", withReasons ? CliJson.Array(e.Explanation, r => r) : null))))))));
            return 0;
        });
        return command;
    }

    /// <summary>An event without a place says so with "place": null, so that a reader sees the field either way.</summary>
    private static JsonObject WithPlace(Extraction.Events.DiplomaticEvent e, JsonObject json)
    {
        if (e.Place is null)
            json["place"] = null;
        return json;
    }
}
