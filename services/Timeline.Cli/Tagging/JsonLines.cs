using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Language;

namespace Timeline.Cli.Tagging;

/// <summary>
/// Streams JSON lines through the tagger: one output line per input line, in order, so a corpus of thousands of
/// documents runs in one process. A line that cannot be read gets an output line with its error; the rest go on.
/// </summary>
internal static class JsonLines
{

    public static int Run(TextReader input, TextWriter output, TagOptions options)
    {
        var failures = 0;
        using var writer = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var target = ReferenceEquals(output, Console.Out) ? writer : output;
        string? line;
        var number = 0;
        while ((line = input.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0)
                continue;
            target.WriteLine(JsonSerializer.Serialize(Tag(line, number, options, ref failures), CliJson.Compact.JsonLineOutput));
        }
        target.Flush();
        if (failures > 0)
            Console.Error.WriteLine($"{failures} of {number} lines could not be tagged (see their \"error\" fields).");
        return failures > 0 ? 1 : 0;
    }

    private static JsonLineOutput Tag(string line, int number, TagOptions options, ref int failures)
    {
        JsonLineInput? item;
        try
        {
            item = JsonSerializer.Deserialize(line, CliJson.Compact.JsonLineInput);
        }
        catch (JsonException e)
        {
            failures++;
            return new JsonLineOutput(null, null, null, $"line {number}: not a JSON object ({e.Message})");
        }
        if (item?.Text is null)
        {
            failures++;
            return new JsonLineOutput(item?.Id, null, null, $"line {number}: no \"text\"");
        }
        try
        {
            DateOnly? dct = item.Dct is null ? options.DocumentDate : DateOnly.ParseExact(item.Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var language = item.Lang ?? options.Language;
            if (language is not null && !LanguageProfile.Supported.Contains(language))
                throw new FormatException($"language '{language}' is not supported");
            var result = TemporalTagger.Tag(item.Text, language, dct, options.Mode);
            return new JsonLineOutput(item.Id, result.DocumentDate?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                result.Timexes.Select(t => new JsonLineTimex(t.Start, t.End, t.Text, t.Type, t.Value)).ToList(), null);
        }
        catch (FormatException e)
        {
            failures++;
            return new JsonLineOutput(item.Id, null, null, $"line {number}: {e.Message}");
        }
    }
}

internal sealed record JsonLineInput(JsonElement? Id, string? Text, string? Dct, string? Lang);

internal sealed record JsonLineTimex(int Start, int End, string Text, string Type, string Value);

internal sealed record JsonLineOutput(
    JsonElement? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Dct,
    IReadOnlyList<JsonLineTimex>? Timexes,
    string? Error);
