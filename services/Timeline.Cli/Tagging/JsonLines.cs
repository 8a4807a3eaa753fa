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
    private sealed record Input(JsonElement? Id, string? Text, string? Dct, string? Lang);

    private sealed record OutputTimex(int Start, int End, string Text, string Type, string Value);

    private sealed record Output(
        JsonElement? Id,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Dct,
        IReadOnlyList<OutputTimex>? Timexes,
        string? Error);

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
            target.WriteLine(JsonSerializer.Serialize(Tag(line, number, options, ref failures), CliJson.Compact));
        }
        target.Flush();
        if (failures > 0)
            Console.Error.WriteLine($"{failures} of {number} lines could not be tagged (see their \"error\" fields).");
        return failures > 0 ? 1 : 0;
    }

    private static Output Tag(string line, int number, TagOptions options, ref int failures)
    {
        Input? item;
        try
        {
            item = JsonSerializer.Deserialize<Input>(line, CliJson.Compact);
        }
        catch (JsonException e)
        {
            failures++;
            return new Output(null, null, null, $"line {number}: not a JSON object ({e.Message})");
        }
        if (item?.Text is null)
        {
            failures++;
            return new Output(item?.Id, null, null, $"line {number}: no \"text\"");
        }
        try
        {
            DateOnly? dct = item.Dct is null ? options.DocumentDate : DateOnly.ParseExact(item.Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var language = item.Lang ?? options.Language;
            if (language is not null && !LanguageProfile.Supported.Contains(language))
                throw new FormatException($"language '{language}' is not supported");
            var result = TemporalTagger.Tag(item.Text, language, dct, options.Mode);
            return new Output(item.Id, result.DocumentDate?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                result.Timexes.Select(t => new OutputTimex(t.Start, t.End, t.Text, t.Type, t.Value)).ToList(), null);
        }
        catch (FormatException e)
        {
            failures++;
            return new Output(item.Id, null, null, $"line {number}: {e.Message}");
        }
    }
}
