using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Language;

namespace Timeline.Cli.Tagging;

/// <summary>
/// Streams JSON lines through the tagger: one output line per input line, in order, so a corpus of thousands of
/// documents runs in one process. Documents are tagged on several threads at once while one thread reads and one
/// writes; a bounded queue of pending results keeps the output in input order and the memory flat. A line that
/// cannot be read gets an output line with its error; the rest go on.
/// </summary>
internal static class JsonLines
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TagOptions options, int workers, CancellationToken cancellationToken)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var target = ReferenceEquals(output, Console.Out) ? stdout : output;
        var (failures, lines) = workers == 1
            ? InOrder(input, target, options, cancellationToken)
            : await InParallel(input, target, options, workers, cancellationToken);
        if (failures > 0)
            await Console.Error.WriteLineAsync($"{failures} of {lines} lines could not be tagged (see their \"error\" fields).");
        return failures > 0 ? 1 : 0;
    }

    /// <summary>One document after the other on this thread: the least work per document.</summary>
    private static (int Failures, int Lines) InOrder(TextReader input, TextWriter target, TagOptions options, CancellationToken cancellationToken)
    {
        var failures = 0;
        var number = 0;
        while (!cancellationToken.IsCancellationRequested && input.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
                continue;
            target.WriteLine(TagLine(line, number, options, ref failures));
        }
        target.Flush();
        return (failures, number);
    }

    /// <summary>
    /// Several documents at once: lines go to the workers in small batches (fewer hand-overs than one task per line),
    /// and the batches' results are written in input order as they complete.
    /// </summary>
    private static async Task<(int Failures, int Lines)> InParallel(TextReader input, TextWriter target, TagOptions options, int workers, CancellationToken cancellationToken)
    {
        const int BatchLines = 32;
        const int BatchChars = 1 << 18;
        var failures = 0;
        var pending = Channel.CreateBounded<Task<string>>(new BoundedChannelOptions(workers * 4) { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(async () =>
        {
            await foreach (var result in pending.Reader.ReadAllAsync(CancellationToken.None))
                target.Write(await result);
            target.Flush();
        }, CancellationToken.None);
        using var slots = new SemaphoreSlim(workers);
        var number = 0;
        var batch = new List<(string Line, int Number)>(BatchLines);
        var batchChars = 0;
        async Task Submit()
        {
            if (batch.Count == 0)
                return;
            await slots.WaitAsync(cancellationToken);
            var lines = batch.ToArray();
            (batch, batchChars) = (new List<(string Line, int Number)>(BatchLines), 0);
            var tagged = Task.Run(() =>
            {
                try
                {
                    var output = new StringBuilder();
                    var failed = 0;
                    foreach (var (line, lineNumber) in lines)
                        output.Append(TagLine(line, lineNumber, options, ref failed)).Append('\n');
                    if (failed > 0)
                        Interlocked.Add(ref failures, failed);
                    return output.ToString();
                }
                finally
                {
                    slots.Release();
                }
            }, CancellationToken.None);
            await pending.Writer.WriteAsync(tagged, cancellationToken);
        }
        try
        {
            while (!cancellationToken.IsCancellationRequested && input.ReadLine() is { } line)
            {
                number++;
                if (line.Length == 0)
                    continue;
                batch.Add((line, number));
                batchChars += line.Length;
                if (batch.Count >= BatchLines || batchChars >= BatchChars)
                    await Submit();
            }
            await Submit();
        }
        finally
        {
            pending.Writer.Complete();
            await writer;
        }
        return (failures, number);
    }

    /// <summary>The output line of one input line. A fault of the tagger on one document is reported on its line; the stream goes on.</summary>
    private static string TagLine(string line, int number, TagOptions options, ref int failures)
    {
        JsonLineOutput result;
        try
        {
            result = Tag(line, number, options, out var failed);
            if (failed)
                failures++;
        }
        catch (Exception e)
        {
            failures++;
            result = new JsonLineOutput(null, null, null, $"line {number}: the tagger failed ({e.GetType().Name}: {e.Message})");
        }
        return JsonSerializer.Serialize(result, CliJson.Compact.JsonLineOutput);
    }

    private static JsonLineOutput Tag(string line, int number, TagOptions options, out bool failed)
    {
        failed = true;
        JsonLineInput? item;
        try
        {
            item = JsonSerializer.Deserialize(line, CliJson.Compact.JsonLineInput);
        }
        catch (JsonException e)
        {
            return new JsonLineOutput(null, null, null, $"line {number}: not a JSON object ({e.Message})");
        }
        if (item?.Text is null)
        {
            return new JsonLineOutput(item?.Id, null, null, $"line {number}: no \"text\"");
        }
        try
        {
            DateOnly? dct = item.Dct is null ? options.DocumentDate : DateOnly.ParseExact(item.Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var language = item.Lang ?? options.Language;
            if (language is not null && !LanguageProfile.Supported.Contains(language))
                throw new FormatException($"language '{language}' is not supported");
            var result = TemporalTagger.Tag(item.Text, language, dct, options.Mode);
            failed = false;
            return new JsonLineOutput(item.Id, result.DocumentDate?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                result.Timexes.Select(t => new JsonLineTimex(t.Start, t.End, t.Text, t.Type, t.Value)).ToList(), null);
        }
        catch (FormatException e)
        {
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
