using System.Text.RegularExpressions;

namespace Timeline.Extraction.Language;

/// <summary>
/// The regular expressions built from the language and gazetteer files. Each pattern in the precompiled catalogue
/// (<c>RuleRegexes.Precompiled.cs</c>, generated from those same files and kept in step by a test) comes as code
/// compiled with the library, so a process does not spend its start compiling them. Any other pattern, such as a
/// rule edited since the catalogue was last written, is compiled at run time: slower to start, same matches.
/// </summary>
internal static partial class RuleRegexes
{
    /// <summary>The regex for a pattern built from resource data.</summary>
    public static Regex Create(string pattern, RegexOptions options) =>
        Precompiled(pattern, options) ?? new Regex(pattern, options | RegexOptions.Compiled);

    /// <summary>Whether a regex came from the catalogue (build-time code) rather than run-time compilation.</summary>
    public static bool IsPrecompiled(Regex regex) => regex.GetType() != typeof(Regex);

    private static partial Regex? Precompiled(string pattern, RegexOptions options);
}
