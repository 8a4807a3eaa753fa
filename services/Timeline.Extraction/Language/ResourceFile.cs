using System.Reflection;

namespace Timeline.Extraction.Language;

/// <summary>
/// Reads the project's plain-text language files: <c>[section]</c> headers, <c>key = a | b | c</c> entries,
/// bare lines for plain word lists, and <c>#</c> comments. The format is meant to be edited by a linguist.
/// </summary>
public sealed class ResourceFile
{
    private readonly Dictionary<string, List<ResourceEntry>> sections = new(StringComparer.OrdinalIgnoreCase);

    public string Name { get; }

    private ResourceFile(string name) => Name = name;

    public IReadOnlyList<ResourceEntry> Section(string name) =>
        sections.TryGetValue(name, out var entries) ? entries : [];

    /// <summary>Every value of a section, whatever its key: the words of a plain list.</summary>
    public IReadOnlyList<string> Words(string section) =>
        Section(section).SelectMany(e => e.Values).ToList();

    public static ResourceFile Parse(string name, string content)
    {
        var file = new ResourceFile(name);
        List<ResourceEntry>? current = null;
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var section = line[1..^1].Trim();
                if (!file.sections.TryGetValue(section, out current))
                    file.sections[section] = current = [];
                continue;
            }
            if (current is null)
                throw new FormatException($"{name}:{lineNumber}: entry outside a [section]");
            current.Add(ParseEntry(name, lineNumber, line));
        }
        return file;
    }

    private static ResourceEntry ParseEntry(string file, int lineNumber, string line)
    {
        // Rules hold regular expressions full of '=' and '|', so a line that starts with '~' is taken whole.
        if (line.StartsWith('~'))
            return new ResourceEntry("", [line[1..].Trim()], lineNumber);
        if (line.EndsWith(" =", StringComparison.Ordinal))
            throw new FormatException($"{file}:{lineNumber}: entry without values");
        var eq = line.IndexOf(" = ", StringComparison.Ordinal);
        var key = eq < 0 ? "" : line[..eq].Trim();
        var rest = eq < 0 ? line : line[(eq + 3)..];
        var values = rest.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (values.Length == 0)
            throw new FormatException($"{file}:{lineNumber}: entry without values");
        return new ResourceEntry(key, values, lineNumber);
    }

    /// <summary>Loads an embedded resource by its path under Resources/ (for example "de/dates.txt").</summary>
    public static ResourceFile Load(string path)
    {
        var text = ReadEmbedded(path) ?? throw new InvalidOperationException($"Language resource '{path}' is not embedded.");
        return Parse(path, text);
    }

    internal static string? ReadEmbedded(string path)
    {
        using var stream = typeof(ResourceFile).Assembly.GetManifestResourceStream(path);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

}

public sealed record ResourceEntry(string Key, IReadOnlyList<string> Values, int Line);
