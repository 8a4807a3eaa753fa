using System.Text.RegularExpressions;

namespace Timeline.Extraction.Language;

/// <summary>Tells the supported languages apart by their commonest words. Good enough for whole articles.</summary>
public static partial class LanguageDetector
{
    private static readonly Lazy<IReadOnlyList<(string Code, HashSet<string> Words)>> StopWords = new(() =>
        LanguageProfile.Supported
            .Select(code => (code, new HashSet<string>(ResourceFile.Load($"{code}/text.txt").Words("stopwords"), StringComparer.OrdinalIgnoreCase)))
            .ToList());

    public static string Detect(string text)
    {
        var sample = text.Length > 4000 ? text[..4000] : text;
        var counts = StopWords.Value.Select(l => (l.Code, Count: Word().Matches(sample).Count(m => l.Words.Contains(m.Value)))).ToList();
        var best = counts.OrderByDescending(c => c.Count).First();
        return best.Count == 0 ? "en" : best.Code;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
