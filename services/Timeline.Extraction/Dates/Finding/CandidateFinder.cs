using System.Buffers;
using System.Text.RegularExpressions;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates.Finding;

/// <summary>One match of a rule in the text, before it is given a value.</summary>
internal sealed record Candidate(DateRule Rule, int RuleIndex, Match Match, ParagraphRole Role)
{
    public int Start => Match.Index;
    public int End => Match.Index + Match.Length;

    public string? Group(string name) => Match.Groups[name] is { Success: true } g ? g.Value : null;
}

/// <summary>Finds where the rules of a language match an article's text.</summary>
internal static class CandidateFinder
{
    /// <summary>
    /// Every rule match in article text (not furniture), overlaps removed: longest first, then earlier rule. Rules
    /// with key lists are tried only on sentences where a key occurs; the others on every sentence.
    /// </summary>
    public static List<Candidate> Find(TextDocument document, LanguageProfile profile, bool useKeys = true)
    {
        var found = new List<Candidate>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ParagraphRole.Furniture)
                continue;
            var present = useKeys ? profile.Keywords.Scan(document.Text, sentence.Start, sentence.End) : ulong.MaxValue;
            var length = sentence.End - sentence.Start;
            var rules = profile.Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                if (!rule.MayMatch(present))
                    continue;
                for (var m = rule.Pattern.Match(document.Text, sentence.Start, length); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0)
                        found.Add(new Candidate(rule, r, m, sentence.Role));
                }
            }
        }
        found.Sort((a, b) => b.Match.Length != a.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.RuleIndex != b.RuleIndex ? a.RuleIndex.CompareTo(b.RuleIndex) : a.Match.Index.CompareTo(b.Match.Index));
        var kept = new List<Candidate>(found.Count);
        // Which characters an accepted expression already covers.
        var taken = ArrayPool<bool>.Shared.Rent(document.Text.Length);
        try
        {
            taken.AsSpan(0, document.Text.Length).Clear();
            foreach (var c in found)
            {
                var span = taken.AsSpan(c.Start, c.End - c.Start);
                if (span.Contains(true))
                    continue;
                span.Fill(true);
                kept.Add(c);
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(taken);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
