using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Cli;

internal static class CliJson
{
    public static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <summary>Reads a whole input: the named file, or standard input when the name is missing or "-".</summary>
    public static string ReadInput(FileInfo? file) =>
        file is null || file.Name == "-" ? Console.In.ReadToEnd() : File.ReadAllText(file.FullName);
}
