using System.Text.RegularExpressions;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Decides whether a place in a sentence speaks of the past or of something to come, from cue words in its
/// clause first and in its sentence second. The cue nearest to the expression wins; the words themselves
/// live in Resources/{language}/tense.txt.
/// </summary>
public sealed partial class TenseDetector
{
    private readonly HashSet<string> pastWords;
    private readonly HashSet<string> notPast;
    private readonly HashSet<string> auxiliaries;
    private readonly List<string[]> futurePhrases;
    private readonly List<string[]> pastPhrases;
    private readonly bool caseSensitive;
    private readonly string? regularPastSuffix;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TenseDetector> Cache = new();

    /// <summary>The detector of a language, built once.</summary>
    public static TenseDetector For(LanguageProfile language) => Cache.GetOrAdd(language.Code, _ => new TenseDetector(language));

    private TenseDetector(LanguageProfile language)
    {
        // Where a language marks nouns with capitals (German), cues are compared exactly.
        var settings = language.Tense.Section("settings");
        caseSensitive = settings.Any(e => e.Key == "case-sensitive" && e.Values[0] == "yes");
        regularPastSuffix = settings.FirstOrDefault(e => e.Key == "regular-past-suffix")?.Values[0];
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var past = language.Tense.Words("past");
        pastWords = new HashSet<string>(past.Where(w => !w.Contains(' ')), comparer);
        pastPhrases = past.Where(w => w.Contains(' ')).Select(Split).ToList();
        notPast = new HashSet<string>(language.Tense.Words("not-past"), comparer);
        auxiliaries = new HashSet<string>(language.Tense.Words("perfect-auxiliaries"), comparer);
        futurePhrases = language.Tense.Words("future").Select(Split).OrderByDescending(p => p.Length).ToList();
    }

    private static string[] Split(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The tense governing <paramref name="offset"/>, and the cue that decided it.</summary>
    public (Direction Direction, string Cue) DirectionAt(string text, Sentence sentence, int offset, int length)
    {
        var clause = sentence.Clauses.FirstOrDefault(c => offset >= c.Start && offset < c.End);
        if (clause != default)
        {
            var inClause = NearestCue(text, clause.Start, clause.End, offset, length);
            if (inClause.Direction != Direction.None)
                return (inClause.Direction, $"'{inClause.Cue}' in the clause");
        }
        var inSentence = NearestCue(text, sentence.Start, sentence.End, offset, length);
        return inSentence.Direction == Direction.None
            ? (Direction.None, "no tense cue in the sentence")
            : (inSentence.Direction, $"'{inSentence.Cue}' in the sentence");
    }

    private (Direction Direction, string Cue) NearestCue(string text, int start, int end, int offset, int length)
    {
        var tokens = new List<(string Text, int Start)>();
        for (var m = Word().Match(text, start, end - start); m.Success; m = m.NextMatch())
            tokens.Add((m.Value, m.Index));
        var cues = new List<(Direction Direction, string Cue, int Start, int End)>();
        var claimed = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in futurePhrases)
            {
                if (!PhraseAt(tokens, i, phrase))
                    continue;
                cues.Add((Direction.Future, string.Join(' ', phrase), tokens[i].Start, tokens[i + phrase.Length - 1].Start + tokens[i + phrase.Length - 1].Text.Length));
                for (var k = 0; k < phrase.Length; k++)
                    claimed[i + k] = true;
                break;
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!claimed[i] && pastPhrases.Any(p => PhraseAt(tokens, i, p)))
                cues.Add((Direction.Past, tokens[i].Text, tokens[i].Start, tokens[i].Start + tokens[i].Text.Length));
        }
        var hasAuxiliary = tokens.Any(t => auxiliaries.Contains(t.Text));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (claimed[i])
                continue;
            var word = tokens[i].Text;
            if (IsPast(word, hasAuxiliary))
            {
                cues.Add((Direction.Past, word, tokens[i].Start, tokens[i].Start + word.Length));
                // A perfect participle overrides the present-looking auxiliary beside it.
                claimed[i] = true;
            }
        }
        if (cues.Count == 0)
            return (Direction.None, "");
        var expressionEnd = offset + length;
        var best = cues
            .OrderBy(c => c.End <= offset ? offset - c.End : c.Start >= expressionEnd ? c.Start - expressionEnd : 0)
            .ThenBy(c => c.Direction == Direction.Past ? 0 : 1)
            .First();
        return (best.Direction, best.Cue);
    }

    private bool PhraseAt(List<(string Text, int Start)> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Count)
            return false;
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[i + k].Text, phrase[k], comparison))
                return false;
        }
        return true;
    }

    private bool IsPast(string word, bool hasAuxiliary)
    {
        if (pastWords.Contains(word))
            return true;
        if (notPast.Contains(word) || word.Length < 5 || !char.IsLower(word[0]))
            return false;
        // Regular past forms ("talked"); otherwise perfect participles ("getroffen", "vereinbart") next to an auxiliary.
        if (regularPastSuffix is not null)
            return word.EndsWith(regularPastSuffix, StringComparison.Ordinal);
        return hasAuxiliary && ((word.StartsWith("ge", StringComparison.Ordinal) && (word.EndsWith('t') || word.EndsWith("en", StringComparison.Ordinal)))
            || word.EndsWith("iert", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\p{L}']+(?:-[\p{L}]+)*")]
    private static partial Regex Word();
}
