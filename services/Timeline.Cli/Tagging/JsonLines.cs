using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Timeline.Extraction;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Language;

namespace Timeline.Cli.Tagging;

/// <summary>
/// Streams JSON lines through the tagger: one output line per input line, in order, so a corpus of thousands of
/// documents runs in one process. Lines are read and written as UTF-8 bytes, never as whole strings. Documents are
/// tagged on several threads at once while one thread reads and one writes; a bounded queue of pending results
/// keeps the output in input order and the memory flat. A line that cannot be read gets an output line with its
/// error; the rest go on.
/// </summary>
internal static class JsonLines
{
    private const int FlushBytes = 1 << 16;

    public static async Task<int> RunAsync(Stream input, Stream output, TagOptions options, int workers, CancellationToken cancellationToken)
    {
        var lines = new LineReader(input);
        var (failures, count) = workers == 1
            ? InOrder(lines, output, options, cancellationToken)
            : await InParallel(lines, output, options, workers, cancellationToken);
        output.Flush();
        if (failures > 0)
            await Console.Error.WriteLineAsync($"{failures} of {count} lines could not be tagged (see their \"error\" fields).");
        return failures > 0 ? 1 : 0;
    }

    /// <summary>One document after the other on this thread: the least work per document.</summary>
    private static (int Failures, int Lines) InOrder(LineReader lines, Stream output, TagOptions options, CancellationToken cancellationToken)
    {
        var failures = 0;
        var buffer = new ArrayBufferWriter<byte>(FlushBytes * 2);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        while (!cancellationToken.IsCancellationRequested && lines.Next() is { } line)
        {
            if (line.IsEmpty)
                continue;
            TagLine(line.Span, lines.Number, options, writer, buffer, ref failures);
            if (buffer.WrittenCount >= FlushBytes)
            {
                output.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }
        output.Write(buffer.WrittenSpan);
        return (failures, lines.Number);
    }

    /// <summary>
    /// Several documents at once: lines go to the workers in small batches (fewer hand-overs than one task per line),
    /// and the batches' results are written in input order as they complete.
    /// </summary>
    private static async Task<(int Failures, int Lines)> InParallel(LineReader lines, Stream output, TagOptions options, int workers, CancellationToken cancellationToken)
    {
        const int BatchLines = 32;
        const int BatchBytes = 1 << 18;
        var failures = 0;
        var pending = Channel.CreateBounded<Task<ArrayBufferWriter<byte>>>(new BoundedChannelOptions(workers * 4) { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(async () =>
        {
            await foreach (var result in pending.Reader.ReadAllAsync(CancellationToken.None))
                output.Write((await result).WrittenSpan);
        }, CancellationToken.None);
        using var slots = new SemaphoreSlim(workers);
        var batch = new Batch();
        async Task Submit()
        {
            if (batch.Count == 0)
                return;
            await slots.WaitAsync(cancellationToken);
            var submitted = batch;
            batch = new Batch();
            var tagged = Task.Run(() =>
            {
                try
                {
                    var buffer = new ArrayBufferWriter<byte>(submitted.Bytes.WrittenCount * 2);
                    using var json = new Utf8JsonWriter(buffer, WriterOptions);
                    var failed = 0;
                    for (var i = 0; i < submitted.Count; i++)
                        TagLine(submitted.Line(i), submitted.Numbers[i], options, json, buffer, ref failed);
                    if (failed > 0)
                        Interlocked.Add(ref failures, failed);
                    return buffer;
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
            while (!cancellationToken.IsCancellationRequested && lines.Next() is { } line)
            {
                if (line.IsEmpty)
                    continue;
                batch.Add(line.Span, lines.Number);
                if (batch.Count >= BatchLines || batch.Bytes.WrittenCount >= BatchBytes)
                    await Submit();
            }
            await Submit();
        }
        finally
        {
            pending.Writer.Complete();
            await writer;
        }
        return (failures, lines.Number);
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = CliJson.Compact.Options.Encoder,
        Indented = false,
    };

    /// <summary>Lines copied out of the reader's buffer for a worker: their bytes end to end, and where each ends.</summary>
    private sealed class Batch
    {
        public ArrayBufferWriter<byte> Bytes { get; } = new(1 << 14);
        public List<int> Ends { get; } = [];
        public List<int> Numbers { get; } = [];
        public int Count => Ends.Count;

        public void Add(ReadOnlySpan<byte> line, int number)
        {
            Bytes.Write(line);
            Ends.Add(Bytes.WrittenCount);
            Numbers.Add(number);
        }

        public ReadOnlySpan<byte> Line(int i)
        {
            var start = i == 0 ? 0 : Ends[i - 1];
            return Bytes.WrittenSpan[start..Ends[i]];
        }
    }

    /// <summary>The output line of one input line. A fault of the tagger on one document is reported on its line; the stream goes on.</summary>
    private static void TagLine(ReadOnlySpan<byte> line, int number, TagOptions options, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, ref int failures)
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
        result.Write(writer);
        writer.Flush();
        writer.Reset();
        buffer.Write("\n"u8);
    }

    /// <summary>A date written YYYY-MM-DD; the common well-formed case is read without the general parser.</summary>
    private static DateOnly ParseDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static JsonLineOutput Tag(ReadOnlySpan<byte> line, int number, TagOptions options, out bool failed)
    {
        failed = true;
        JsonLineInput? item;
        try
        {
            item = JsonLineInput.Parse(line);
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
            DateOnly? dct = item.Dct is null ? options.DocumentDate : ParseDate(item.Dct);
            var language = item.Lang ?? options.Language;
            if (language is not null && !LanguageProfile.Supported.Contains(language))
                throw new FormatException($"language '{language}' is not supported");
            var result = ArticleExtractor.Dates(item.Text, language, dct, options.Mode);
            failed = false;
            return new JsonLineOutput(item.Id, result.DocumentDate is { } date ? Timeline.Extraction.Dates.Calendar.Day(date.Value) : null, result.Timexes, null);
        }
        catch (FormatException e)
        {
            return new JsonLineOutput(item.Id, null, null, $"line {number}: {e.Message}");
        }
    }
}

internal sealed record JsonLineInput(DocumentId? Id, string? Text, string? Dct, string? Lang)
{
    /// <summary>
    /// Reads one input line: a JSON object whose "id", "text", "dct" and "lang" are picked out (names in any case),
    /// other properties skipped; the JSON literal null reads as no object. Anything else is a <see cref="JsonException"/>.
    /// </summary>
    public static JsonLineInput? Parse(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read())
            throw new JsonException("the line holds no JSON value");
        if (reader.TokenType == JsonTokenType.Null)
            return Finish(ref reader, null);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"expected an object, found {reader.TokenType}");
        DocumentId? id = null;
        string? text = null, dct = null, lang = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name)
            {
                case "id":
                    id = reader.TokenType == JsonTokenType.Null ? null : DocumentId.Read(ref reader);
                    break;
                case "text":
                    text = StringOrNull(ref reader, name);
                    break;
                case "dct":
                    dct = StringOrNull(ref reader, name);
                    break;
                case "lang":
                    lang = StringOrNull(ref reader, name);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return Finish(ref reader, new JsonLineInput(id, text, dct, lang));
    }

    /// <summary>The property's name if it is one this reader wants (in lower case), else null.</summary>
    private static string? Name(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.ValueIsEscaped || reader.HasValueSequence ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
        if (System.Text.Ascii.EqualsIgnoreCase(raw, "id"u8))
            return "id";
        if (System.Text.Ascii.EqualsIgnoreCase(raw, "text"u8))
            return "text";
        if (System.Text.Ascii.EqualsIgnoreCase(raw, "dct"u8))
            return "dct";
        return System.Text.Ascii.EqualsIgnoreCase(raw, "lang"u8) ? "lang" : null;
    }

    private static string? StringOrNull(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"\"{name}\" must be a string or null, not {reader.TokenType}"),
    };

    /// <summary>Nothing but white space may follow the value.</summary>
    private static JsonLineInput? Finish(ref Utf8JsonReader reader, JsonLineInput? value)
    {
        if (reader.Read())
            throw new JsonException($"more follows the value ({reader.TokenType})");
        return value;
    }
}

/// <summary>One output line: the document's id, its document date, and its expressions or the reason there are none.</summary>
internal sealed record JsonLineOutput(DocumentId? Id, string? Dct, IReadOnlyList<Timex>? Timexes, string? Error)
{
    /// <summary>Writes {"id", "dct", "timexes": [{"start", "end", "text", "type", "value"}], "error"}, leaving out an absent id, list or error.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Id is not null)
        {
            writer.WritePropertyName("id"u8);
            Id.WriteTo(writer);
        }
        if (Dct is null)
            writer.WriteNull("dct"u8);
        else
            writer.WriteString("dct"u8, Dct);
        if (Timexes is not null)
        {
            writer.WriteStartArray("timexes"u8);
            foreach (var t in Timexes)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start"u8, t.Start);
                writer.WriteNumber("end"u8, t.End);
                writer.WriteString("text"u8, t.Text);
                writer.WriteString("type"u8, t.Type);
                writer.WriteString("value"u8, t.Value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (Error is not null)
            writer.WriteString("error"u8, Error);
        writer.WriteEndObject();
    }
}

/// <summary>
/// A document's id as the input gave it, written back unchanged: a string, a number or any other JSON value. Strings
/// and plain values are kept as they are; only an object or array is parsed into a document.
/// </summary>
internal sealed class DocumentId
{
    private string? text;
    private byte[]? raw;
    private JsonElement? element;

    /// <summary>Reads the value the reader is on.</summary>
    public static DocumentId Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => new DocumentId { text = reader.GetString() },
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False =>
            new DocumentId { raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray() },
        _ => new DocumentId { element = JsonElement.ParseValue(ref reader) },
    };

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (text is not null)
            writer.WriteStringValue(text);
        else if (raw is not null)
            writer.WriteRawValue(raw, skipInputValidation: true);
        else
            element!.Value.WriteTo(writer);
    }
}
