using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Timeline.Cli.Evaluation;
using Timeline.Cli.Tagging;
using Timeline.Contracts;
using Timeline.Extraction.Dates;
using Timeline.Mapping;

namespace Timeline.Cli;

/// <summary>
/// JSON for the command line. The tool is compiled ahead of time, so every type it reads or writes is known to
/// <see cref="CliJsonContext"/> at build time, and free-form output is built as <see cref="JsonObject"/>s.
/// </summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Relaxed = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>One line, non-ASCII text written as it is ("Genève", not "Gen\u00e8ve").</summary>
    public static CliJsonContext Compact { get; } = new(new JsonSerializerOptions(Relaxed));

    /// <summary>Indented, for a person to read.</summary>
    public static CliJsonContext Indented { get; } = new(new JsonSerializerOptions(Relaxed) { WriteIndented = true });

    /// <summary>Reads a whole input: the named file, or standard input when the name is missing or "-".</summary>
    public static string ReadInput(FileInfo? file) =>
        file is null || file.Name == "-" ? Console.In.ReadToEnd() : File.ReadAllText(file.FullName);

    /// <summary>An object of the properties that have a value: null ones are left out, as everywhere in the tool's output.</summary>
    public static JsonObject Object(params ReadOnlySpan<(string Name, JsonNode? Value)> properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties)
        {
            if (value is not null)
                result[name] = value;
        }
        return result;
    }

    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> convert) => [.. items.Select(convert)];

    /// <summary>The document date a result was read against, and how it was found.</summary>
    public static JsonObject? DocumentDate(DocumentDate? date) => date is null
        ? null
        : Object(("value", date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("given", date.Given), ("how", date.How));

    /// <summary>Writes a node indented, as the commands print their results.</summary>
    public static string Print(JsonNode node) => node.ToJsonString(Indented.Options);
}

/// <summary>Serialisation code generated at build time for the types the tool reads and writes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventGold))]
[JsonSerializable(typeof(TimelineEntryChanged))]
[JsonSerializable(typeof(ExtractionReport))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement[]))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
