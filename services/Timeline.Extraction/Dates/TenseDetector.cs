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
    // Phrases by their first word, longest first, so that each token is compared with the few phrases it can begin.
    private readonly Dictionary<string, string[][]> futurePhrases;
    private readonly Dictionary<string, string[][]> pastPhrases;
    private readonly StringComparison comparison;
    private readonly IReadOnlyList<string> regularPastSuffixes;
    private readonly string? regularPastNotAfter;
    private readonly string? participlePrefix;
    private readonly HashSet<string> sinceWords;
    private readonly HashSet<string> untilWords;
    private readonly HashSet<string> fromWords;
    private readonly HashSet<string> articles;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TenseDetector> Cache = new();

    /// <summary>The detector of a language, built once.</summary>
    public static TenseDetector For(LanguageProfile language) => Cache.GetOrAdd(language.Code, _ => new TenseDetector(language));

    private TenseDetector(LanguageProfile language)
    {
        // Where a language marks nouns with capitals (German), cues are compared exactly.
        var settings = language.Tense.Section("settings");
        var caseSensitive = settings.Any(e => e.Key == "case-sensitive" && e.Values[0] == "yes");
        regularPastSuffixes = settings.FirstOrDefault(e => e.Key == "regular-past-suffixes")?.Values ?? [];
        regularPastNotAfter = settings.FirstOrDefault(e => e.Key == "regular-past-not-after")?.Values[0];
        participlePrefix = settings.FirstOrDefault(e => e.Key == "participle-prefix")?.Values[0];
        comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var past = language.Tense.Words("past");
        pastWords = new HashSet<string>(past.Where(w => !w.Contains(' ')), comparer);
        pastPhrases = ByFirstWord(past.Where(w => w.Contains(' ')), comparer);
        notPast = new HashSet<string>(language.Tense.Words("not-past"), comparer);
        auxiliaries = new HashSet<string>(language.Tense.Words("perfect-auxiliaries"), comparer);
        futurePhrases = ByFirstWord(language.Tense.Words("future"), comparer);
        sinceWords = new HashSet<string>(language.Tense.Words("since"), StringComparer.OrdinalIgnoreCase);
        untilWords = new HashSet<string>(language.Tense.Words("until"), StringComparer.OrdinalIgnoreCase);
        fromWords = new HashSet<string>(language.Tense.Words("from"), StringComparer.OrdinalIgnoreCase);
        articles = new HashSet<string>(language.Tense.Words("articles"), StringComparer.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string[][]> ByFirstWord(IEnumerable<string> phrases, StringComparer comparer) =>
        phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0)
            .GroupBy(p => p[0], comparer)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), comparer);

    /// <summary>
    /// The tense governing <paramref name="offset"/>, and the cue that decided it. Pass the same <paramref name="cues"/>
    /// for every expression of one text so that each clause and sentence is read once.
    /// </summary>
    public (Direction Direction, string Cue) DirectionAt(string text, Sentence sentence, int offset, int length, CueCache? cues = null)
    {
        cues ??= new CueCache();
        var tokens = TokensOf(text, sentence, cues);
        // "seit Montag", "since Monday": a date the state has held since lies behind, whatever the verb.
        var before = WordBefore(tokens, offset);
        if (before is not null && sinceWords.Contains(before))
            return (Direction.Past, $"'{before}' before the date");
        foreach (var clause in sentence.Clauses)
        {
            if (offset < clause.Start || offset >= clause.End)
                continue;
            var inClause = Nearest(CuesIn(tokens, clause.Start, clause.End, cues), offset, length);
            if (inClause.Direction != Direction.None)
                return (inClause.Direction, $"'{inClause.Cue}' in the clause");
            break;
        }
        var inSentence = Nearest(CuesIn(tokens, sentence.Start, sentence.End, cues), offset, length);
        if (inSentence.Direction != Direction.None)
            return (inSentence.Direction, $"'{inSentence.Cue}' in the sentence");
        // "bis Freitag", "until Friday": with no tense to say otherwise, a limit lies ahead; "die Umfrage vom Sonntag" lies behind.
        if (before is not null && untilWords.Contains(before))
            return (Direction.Future, $"'{before}' before the date, no tense cue in the sentence");
        if (before is not null && fromWords.Contains(before))
            return (Direction.Past, $"'{before}' before the date, no tense cue in the sentence");
        return (Direction.None, "no tense cue in the sentence");
    }

    /// <summary>The word right before an offset, past an article ("seit dem 1. Januar"), if it is in the same sentence.</summary>
    private string? WordBefore(List<(string Text, int Start)> tokens, int offset)
    {
        var i = tokens.FindLastIndex(t => t.Start + t.Text.Length <= offset);
        if (i >= 0 && articles.Contains(tokens[i].Text))
            i--;
        return i >= 0 ? tokens[i].Text : null;
    }

    /// <summary>The words and tense cues of one text, by the sentence and span they were read from.</summary>
    public sealed class CueCache
    {
        internal Dictionary<(int Start, int End), Cue[]> Spans { get; } = [];

        internal Dictionary<int, List<(string Text, int Start)>> Words { get; } = [];
    }

    /// <summary>The words of a sentence, read once; a clause's words are a run of them (clauses break between words).</summary>
    private static List<(string Text, int Start)> TokensOf(string text, Sentence sentence, CueCache cache)
    {
        if (cache.Words.TryGetValue(sentence.Start, out var known))
            return known;
        var tokens = new List<(string Text, int Start)>();
        foreach (var m in Word().EnumerateMatches(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            tokens.Add((text.Substring(sentence.Start + m.Index, m.Length), sentence.Start + m.Index));
        cache.Words[sentence.Start] = tokens;
        return tokens;
    }

    internal readonly record struct Cue(Direction Direction, string Text, int Start, int End);

    /// <summary>The cue nearest to the expression; a past cue wins a tie (news reports what happened).</summary>
    private static (Direction Direction, string Cue) Nearest(Cue[] cues, int offset, int length)
    {
        var expressionEnd = offset + length;
        Cue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in cues)
        {
            var distance = c.End <= offset ? offset - c.End : c.Start >= expressionEnd ? c.Start - expressionEnd : 0;
            if (distance < bestDistance || (distance == bestDistance && c.Direction == Direction.Past && best?.Direction != Direction.Past))
                (best, bestDistance) = (c, distance);
        }
        return best is { } b ? (b.Direction, b.Text) : (Direction.None, "");
    }

    private Cue[] CuesIn(List<(string Text, int Start)> sentenceTokens, int start, int end, CueCache cache)
    {
        if (cache.Spans.TryGetValue((start, end), out var known))
            return known;
        var first = sentenceTokens.FindIndex(t => t.Start >= start);
        var tokens = first < 0 ? [] : sentenceTokens.GetRange(first, sentenceTokens.FindIndex(first, t => t.Start >= end) is var stop and >= 0 ? stop - first : sentenceTokens.Count - first);
        var cues = new List<Cue>();
        var claimed = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!futurePhrases.TryGetValue(tokens[i].Text, out var candidates))
                continue;
            foreach (var phrase in candidates)
            {
                if (!PhraseAt(tokens, i, phrase))
                    continue;
                var last = tokens[i + phrase.Length - 1];
                cues.Add(new Cue(Direction.Future, string.Join(' ', phrase), tokens[i].Start, last.Start + last.Text.Length));
                for (var k = 0; k < phrase.Length; k++)
                    claimed[i + k] = true;
                break;
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!claimed[i] && pastPhrases.TryGetValue(tokens[i].Text, out var candidates) && candidates.Any(p => PhraseAt(tokens, i, p)))
                cues.Add(new Cue(Direction.Past, tokens[i].Text, tokens[i].Start, tokens[i].Start + tokens[i].Text.Length));
        }
        var hasAuxiliary = tokens.Exists(t => auxiliaries.Contains(t.Text));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (claimed[i])
                continue;
            var word = tokens[i].Text;
            if (IsPast(word, hasAuxiliary))
            {
                cues.Add(new Cue(Direction.Past, word, tokens[i].Start, tokens[i].Start + word.Length));
                // A perfect participle overrides the present-looking auxiliary beside it.
                claimed[i] = true;
            }
        }
        var result = cues.ToArray();
        cache.Spans[(start, end)] = result;
        return result;
    }

    private bool PhraseAt(List<(string Text, int Start)> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Count)
            return false;
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
        // Regular past forms: "talked"; "forderte", "kritisierte" (but not "erste", "beste", nor the adjective "geplante").
        foreach (var suffix in regularPastSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length + 1
                && !(regularPastNotAfter is not null && regularPastNotAfter.Contains(word[^(suffix.Length + 1)]))
                && !(participlePrefix is not null && word.StartsWith(participlePrefix, StringComparison.Ordinal)))
                return true;
        }
        // Perfect participles ("getroffen", "vereinbart", "kritisiert") beside an auxiliary of the perfect.
        if (participlePrefix is null || !hasAuxiliary)
            return false;
        return (word.StartsWith(participlePrefix, StringComparison.Ordinal) && (word.EndsWith('t') || word.EndsWith("en", StringComparison.Ordinal)))
            || word.EndsWith("iert", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}']+(?:-[\p{L}]+)*")]
    private static partial Regex Word();
}
