using System.Text.RegularExpressions;

namespace Timeline.Extraction.Language;

/// <summary>
/// One rule of a language's [rules] section: a kind that tells the engine how to normalise what it matched,
/// a TIMEX3 type, and a regular expression whose {placeholders} name word lists of the same file.
/// </summary>
public sealed partial class DateRule
{
    public required string Kind { get; init; }
    public required string Type { get; init; }
    public required Regex Pattern { get; init; }
    public required int Line { get; init; }

    public string Name => $"{Kind}@{Line}";

    public static IReadOnlyList<string> Kinds { get; } =
    [
        "range", "date", "monthyear", "monthrel", "month", "season", "relunit", "anaphor", "relword", "present", "offset", "weekday",
        "decade", "century", "year", "yearpair", "yearshort", "erarange", "half", "holiday", "time", "duration", "durationadj", "vague", "set",
    ];

    internal static DateRule Compile(ResourceEntry entry, ResourceFile file)
    {
        var text = entry.Values[0];
        var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
            throw new FormatException($"{file.Name}:{entry.Line}: a rule needs 'kind TYPE pattern'.");
        if (!Kinds.Contains(parts[0]))
            throw new FormatException($"{file.Name}:{entry.Line}: unknown rule kind '{parts[0]}'.");
        var pattern = Placeholder().Replace(parts[2], m => Alternation(file, m.Groups[1].Value, entry.Line));
        return new DateRule
        {
            Kind = parts[0],
            Type = parts[1],
            Line = entry.Line,
            Pattern = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        };
    }

    private static string Alternation(ResourceFile file, string section, int line)
    {
        var words = file.Words(section);
        if (words.Count == 0)
            throw new FormatException($"{file.Name}:{line}: placeholder {{{section}}} names no word list.");
        // Longest first, so that "vergangenen" is tried before "vergangene".
        var alternatives = words.Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length)
            .Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        return "(?:" + string.Join('|', alternatives) + ")";
    }

    [GeneratedRegex(@"\{([a-z][a-z-]*)\}")]
    private static partial Regex Placeholder();
}
