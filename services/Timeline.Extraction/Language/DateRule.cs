using System.Text.RegularExpressions;

namespace Timeline.Extraction.Language;

/// <summary>
/// One rule of a language's [rules] section: a kind that tells the engine how to normalise what it matched (the
/// temporal tagger's resolver registry checks kinds and named groups when the language is first used), a TIMEX3
/// type, and a regular expression whose {placeholders} name word lists of the same file.
/// </summary>
public sealed partial class DateRule
{
    public required string Kind { get; init; }
    public required string Type { get; init; }
    public required Regex Pattern { get; init; }
    public required int Line { get; init; }

    /// <summary>
    /// Groups of word lists (or "digits"): from every group one list must occur for the rule to match. No group
    /// means always try the rule.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> KeyGroups { get; init; } = [];

    /// <summary>The lists of all groups, once each.</summary>
    public IEnumerable<string> Keys => KeyGroups.SelectMany(g => g).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>One mask per key group, set once the language's keyword index is built.</summary>
    public ulong[] KeyMasks { get; internal set; } = [];

    /// <summary>Whether the key words present in a sentence let this rule match there.</summary>
    public bool MayMatch(ulong present)
    {
        foreach (var mask in KeyMasks)
        {
            if ((mask & present) == 0)
                return false;
        }
        return true;
    }

    /// <summary>How provenance names the rule: its kind and line ("weekday@258").</summary>
    public string Name => name ??= $"{Kind}@{Line}";

    private string? name;

    internal static DateRule Compile(ResourceEntry entry, ResourceFile file)
    {
        var text = entry.Values[0];
        var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
            throw new FormatException($"{file.Name}:{entry.Line}: a rule needs 'kind TYPE pattern'.");
        // "@months,digits pattern": the rule can only match where one of these occurs; "@parts @digits pattern":
        // where one of each group occurs. Keys are a speed-up, never a change of result.
        var groups = new List<IReadOnlyList<string>>();
        var body = parts[2];
        while (body.StartsWith('@'))
        {
            var space = body.IndexOf(' ');
            if (space < 0)
                throw new FormatException($"{file.Name}:{entry.Line}: '@keys' must be followed by the pattern.");
            groups.Add(body[1..space].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            body = body[(space + 1)..].TrimStart();
        }
        var pattern = Placeholder().Replace(body, m => Alternation(file, m.Groups[1].Value, entry.Line));
        return new DateRule
        {
            Kind = parts[0],
            Type = parts[1],
            Line = entry.Line,
            KeyGroups = groups,
            Pattern = RuleRegexes.Create(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
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
