using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Decides whether a place in a sentence speaks of the past or of something to come, from cue words in its
/// clause first and in its sentence second. The cue nearest to the expression wins; the words themselves
/// live in Resources/{language}/tense.txt.
/// </summary>
public sealed class TenseDetector
{
    // Every cue word, with all it can be, looked up once per word of a sentence by a span of the text (no strings made);
    // a word's entry is its index in cueWords, kept in its token.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lexicon;
    private readonly CueWord[] cueWords;
    private readonly StringComparison comparison;
    private readonly IReadOnlyList<string> regularPastSuffixes;
    private readonly string? regularPastNotAfter;
    private readonly string? participlePrefix;
    private readonly IReadOnlyList<string> separablePrefixes;
    private readonly IReadOnlyList<string> inseparablePrefixes;
    // Words after which a past form is a passive participle ("will be held"), not a cue.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> participleAfter;
    private readonly string[][] bareAfter;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> sinceWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> untilWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> aheadWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> putOffWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> counterfactualWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> alreadyWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> fromWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> complementizers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> infinitiveMarkers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> infinitiveVerbs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> articles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> determiners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pluralNouns;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TenseDetector> Cache = new();

    /// <summary>The detector of a language, built once.</summary>
    public static TenseDetector For(LanguageProfile language) => Cache.GetOrAdd(language.Code, static (_, l) => new TenseDetector(l), language);

    private TenseDetector(LanguageProfile language)
    {
        // Where a language marks nouns with capitals (German), cues are compared exactly.
        var settings = language.Tense.Section("settings");
        var caseSensitive = settings.Any(e => e.Key == "case-sensitive" && e.Values[0] == "yes");
        regularPastSuffixes = settings.FirstOrDefault(e => e.Key == "regular-past-suffixes")?.Values ?? [];
        regularPastNotAfter = settings.FirstOrDefault(e => e.Key == "regular-past-not-after")?.Values[0];
        participlePrefix = settings.FirstOrDefault(e => e.Key == "participle-prefix")?.Values[0];
        separablePrefixes = settings.FirstOrDefault(e => e.Key == "separable-prefixes")?.Values ?? [];
        inseparablePrefixes = settings.FirstOrDefault(e => e.Key == "inseparable-prefixes")?.Values ?? [];
        comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        participleAfter = Set(settings.FirstOrDefault(e => e.Key == "participle-after")?.Values ?? [], comparer);
        bareAfter = [.. (settings.FirstOrDefault(e => e.Key == "bare-after")?.Values ?? []).Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        var past = language.Tense.Words("past");
        var words = new Dictionary<string, CueWord>(comparer);
        CueWord Entry(string word) => words.TryGetValue(word, out var known) ? known : words[word] = new CueWord();
        foreach (var word in past.Where(w => !w.Contains(' ')))
            Entry(word).Past = true;
        foreach (var word in language.Tense.Words("not-past"))
            Entry(word).NotPast = true;
        foreach (var word in language.Tense.Words("perfect-auxiliaries"))
            Entry(word).Auxiliary = true;
        foreach (var word in language.Tense.Words("participles"))
            Entry(word).Participle = true;
        // Phrases by their first word, longest first, so that each word is compared with the few phrases it can begin.
        foreach (var (first, phrases) in ByFirstWord(language.Tense.Words("future"), comparer))
            Entry(first).FuturePhrases = phrases;
        foreach (var (first, phrases) in ByFirstWord(past.Where(w => w.Contains(' ')), comparer))
            Entry(first).PastPhrases = phrases;
        cueWords = [.. words.Values];
        lexicon = words.Keys.Select((word, i) => (word, i)).ToDictionary(p => p.word, p => p.i, comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        sinceWords = Set(language.Tense.Words("since"), StringComparer.OrdinalIgnoreCase);
        untilWords = Set(language.Tense.Words("until"), StringComparer.OrdinalIgnoreCase);
        aheadWords = Set(language.Tense.Words("ahead"), StringComparer.OrdinalIgnoreCase);
        putOffWords = Set(language.Tense.Words("put-off"), StringComparer.OrdinalIgnoreCase);
        counterfactualWords = Set(language.Tense.Words("counterfactual"), comparer);
        alreadyWords = Set(language.Tense.Words("already"), StringComparer.OrdinalIgnoreCase);
        fromWords = Set(language.Tense.Words("from"), StringComparer.OrdinalIgnoreCase);
        complementizers = Set(language.Tense.Words("complementizers"), comparer);
        infinitiveMarkers = Set(language.Tense.Words("infinitive-markers"), comparer);
        infinitiveVerbs = Set(language.Tense.Words("infinitive-verbs"), comparer);
        articles = Set(language.Tense.Words("articles"), StringComparer.OrdinalIgnoreCase);
        determiners = Set(language.Tense.Words("determiners"), comparer);
        pluralNouns = Set(language.Tense.Words("plural-nouns"), comparer);
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<string> words, StringComparer comparer) =>
        new HashSet<string>(words, comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What one word can say about tense.</summary>
    internal sealed class CueWord
    {
        public bool Past { get; set; }
        public bool NotPast { get; set; }
        public bool Auxiliary { get; set; }

        /// <summary>A participle without "ge-" ("empfangen"), past beside an auxiliary of the perfect.</summary>
        public bool Participle { get; set; }
        public string[][]? FuturePhrases { get; set; }
        public string[][]? PastPhrases { get; set; }
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
        var before = WordBefore(text, tokens, offset);
        if (before is { } b && sinceWords.Contains(Word(text, b)))
            return (Direction.Past, $"'{Word(text, b)}' before the date");
        // "für Sonntag einberufen": what is called or planned for a day lies ahead of the calling, whatever the verb.
        if (before is { } a && aheadWords.Contains(Word(text, a)))
        {
            // "hat ihre für Ende Mai geplante Reise verschoben": what was planned and has been put off may lie behind
            // the report; the nearest such date is meant.
            if (tokens.Any(t => putOffWords.Contains(Word(text, t))))
                return (Direction.None, $"'{Word(text, a)}' before the date, but the sentence puts it off: the nearest");
            return (Direction.Future, $"'{Word(text, a)}' before the date");
        }
        // "Ein Treffen, das bereits am Montagabend hätte stattfinden sollen, wurde abgesagt": a day planned for in the unreal
        // past of its own clause, in a sentence that calls the event off or puts it off, is the nearest such day.
        if (sentence.Clauses.FirstOrDefault(c => offset >= c.Start && offset < c.End) is { End: > 0 } dateClause
            && tokens.Any(t => t.Start >= dateClause.Start && t.End <= dateClause.End && counterfactualWords.Contains(Word(text, t)))
            && tokens.Any(t => putOffWords.Contains(Word(text, t))))
        {
            return tokens.FindLastIndex(t => t.End <= offset) is var k and >= 0 && tokens.Skip(Math.Max(0, k - 1)).Take(2).Any(t => alreadyWords.Contains(Word(text, t)))
                ? (Direction.Past, "the unreal past of a plan called off, 'already' before the date")
                : (Direction.None, "the unreal past of a plan called off or put off: the nearest");
        }
        // "told Biden on Tuesday that he looked forward to the trip": what follows "that" after the date is another clause.
        // "travelled to Washington on Friday to meet his counterpart": an infinitive after the date is its purpose, not its tense.
        var clauseEnd = Math.Min(ComplementizerAfter(text, tokens, offset + length), InfinitiveAfter(text, tokens, offset + length));
        foreach (var clause in sentence.Clauses)
        {
            if (offset < clause.Start || offset >= clause.End)
                continue;
            // "the invitation he received to attend the summit in Minsk on 26th August": a date inside an infinitive keeps
            // the infinitive's own time; the verbs before it tell of the inviting, not of the summit.
            var clauseCues = CuesIn(text, tokens, clause.Start, clause.End, cues);
            // "are set to resume talks", "plans to visit": a cue ending in the marker governs its infinitive.
            if (InfinitiveBefore(text, tokens, clause.Start, offset) is { } infinitive && !clauseCues.Any(c => c.Start <= infinitive.Start && c.End >= infinitive.End))
            {
                var own = Nearest(CuesIn(text, tokens, infinitive.Start, clause.End, cues), offset, length, clauseEnd);
                return own.Direction != Direction.None
                    ? (own.Direction, $"'{own.Cue}' in the infinitive")
                    : (Direction.None, $"'{Word(text, infinitive)} {Word(text, tokens[tokens.IndexOf(infinitive) + 1])}' before the date: an infinitive keeps its own time");
            }
            var inClause = Nearest(clauseCues, offset, length, clauseEnd);
            if (inClause.Direction != Direction.None)
                return (inClause.Direction, $"'{inClause.Cue}' in the clause");
            break;
        }
        var inSentence = Nearest(CuesIn(text, tokens, sentence.Start, sentence.End, cues), offset, length);
        if (inSentence.Direction != Direction.None)
            return (inSentence.Direction, $"'{inSentence.Cue}' in the sentence");
        // "bis Freitag", "until Friday": with no tense to say otherwise, a limit lies ahead; "die Umfrage vom Sonntag" lies behind.
        if (before is { } u && untilWords.Contains(Word(text, u)))
            return (Direction.Future, $"'{Word(text, u)}' before the date, no tense cue in the sentence");
        if (before is { } f && fromWords.Contains(Word(text, f)))
            return (Direction.Past, $"'{Word(text, f)}' before the date, no tense cue in the sentence");
        return (Direction.None, "no tense cue in the sentence");
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    /// <summary>The word right before an offset, past an article ("seit dem 1. Januar"), if it is in the same sentence.</summary>
    private Token? WordBefore(string text, List<Token> tokens, int offset)
    {
        var i = tokens.Count - 1;
        while (i >= 0 && tokens[i].End > offset)
            i--;
        if (i >= 0 && articles.Contains(Word(text, tokens[i])))
            i--;
        return i >= 0 ? tokens[i] : null;
    }

    /// <summary>The words and tense cues of one text, by the sentence and span they were read from.</summary>
    public sealed class CueCache
    {
        internal Dictionary<(int Start, int End), Cue[]> Spans { get; } = [];

        internal Dictionary<int, List<Token>> Words { get; } = [];
    }

    /// <summary>Where a word of the text is, and its entry in the lexicon (-1 for none).</summary>
    internal readonly record struct Token(int Start, int Length, int Entry)
    {
        public int End => Start + Length;
    }

    private CueWord? CuesOf(Token token) => token.Entry < 0 ? null : cueWords[token.Entry];

    /// <summary>
    /// The words of a sentence, read once; a clause's words are a run of them (clauses break between words). A word is
    /// a run of letters and apostrophes, with hyphenated parts joined on ("Russland-Gespräche", "don't").
    /// </summary>
    private List<Token> TokensOf(string text, Sentence sentence, CueCache cache)
    {
        if (cache.Words.TryGetValue(sentence.Start, out var known))
            return known;
        var end = sentence.End;
        var tokens = new List<Token>((end - sentence.Start) / 6 + 1);
        for (var i = sentence.Start; i < end;)
        {
            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end && IsWordCharacter(text[j]))
                j++;
            while (j + 1 < end && text[j] == '-' && char.IsLetter(text[j + 1]))
            {
                j += 2;
                while (j < end && char.IsLetter(text[j]))
                    j++;
            }
            tokens.Add(new Token(i, j - i, lexicon.TryGetValue(text.AsSpan(i, j - i), out var entry) ? entry : -1));
            i = j;
        }
        cache.Words[sentence.Start] = tokens;
        return tokens;
    }

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || c == '\'';

    internal readonly record struct Cue(Direction Direction, string Text, int Start, int End);

    /// <summary>
    /// The infinitive marker ("to attend") that opens the stretch of words before a date, within its clause and sixteen
    /// words: followed by a verb of [infinitive-verbs] ("to the summit", "to Minsk" and "spoke to reporters" are no
    /// infinitives).
    /// </summary>
    private Token? InfinitiveBefore(string text, List<Token> tokens, int clauseStart, int offset)
    {
        const int Reach = 16;
        var last = tokens.Count - 1;
        while (last >= 0 && tokens[last].Start >= offset)
            last--;
        for (var i = last; i >= 0 && i > last - Reach && tokens[i].Start >= clauseStart; i--)
        {
            if (infinitiveMarkers.Contains(Word(text, tokens[i])) && i + 1 <= last && infinitiveVerbs.Contains(Word(text, tokens[i + 1])))
                return tokens[i];
        }
        return null;
    }

    /// <summary>Where the first infinitive marker after <paramref name="offset"/> stands ("to meet"), or int.MaxValue.</summary>
    private int InfinitiveAfter(string text, List<Token> tokens, int offset)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Start >= offset && infinitiveMarkers.Contains(Word(text, tokens[i])) && infinitiveVerbs.Contains(Word(text, tokens[i + 1])))
                return tokens[i].Start;
        }
        return int.MaxValue;
    }

    /// <summary>Where the first complementizer after an offset in the sentence begins, or int.MaxValue.</summary>
    private int ComplementizerAfter(string text, List<Token> tokens, int offset)
    {
        foreach (var token in tokens)
        {
            if (token.Start >= offset && complementizers.Contains(Word(text, token)))
                return token.Start;
        }
        return int.MaxValue;
    }

    /// <summary>The cue nearest to the expression; a past cue wins a tie (news reports what happened).</summary>
    private static (Direction Direction, string Cue) Nearest(Cue[] cues, int offset, int length, int stop = int.MaxValue)
    {
        var expressionEnd = offset + length;
        Cue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in cues)
        {
            if (c.Start >= stop)
                continue;
            var distance = c.End <= offset ? offset - c.End : c.Start >= expressionEnd ? c.Start - expressionEnd : 0;
            if (distance < bestDistance || (distance == bestDistance && c.Direction == Direction.Past && best?.Direction != Direction.Past))
                (best, bestDistance) = (c, distance);
        }
        return best is { } b ? (b.Direction, b.Text) : (Direction.None, "");
    }

    private Cue[] CuesIn(string text, List<Token> sentenceTokens, int start, int end, CueCache cache)
    {
        if (cache.Spans.TryGetValue((start, end), out var known))
            return known;
        var first = 0;
        while (first < sentenceTokens.Count && sentenceTokens[first].Start < start)
            first++;
        var stop = first;
        while (stop < sentenceTokens.Count && sentenceTokens[stop].Start < end)
            stop++;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentenceTokens)[first..stop];
        List<Cue>? cues = null;
        Span<bool> claimed = tokens.Length <= 256 ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
        var hasAuxiliary = false;
        foreach (var token in tokens)
            hasAuxiliary |= CuesOf(token)?.Auxiliary == true;
        // "hat ... den Präsidenten, Barack Obama, mit militärischen Ehren empfangen": an apposition between them puts the
        // auxiliary in an earlier comma clause of the sentence, with no "dass" or word of the future between.
        if (!hasAuxiliary && first > 0 && AuxiliaryBefore(text, sentenceTokens, first) && !AnyFutureIn(text, tokens))
        {
            foreach (var token in tokens)
                hasAuxiliary |= CuesOf(token)?.Participle == true;
        }
        for (var i = 0; i < tokens.Length && hasAuxiliary; i++)
        {
            // "hat den Präsidenten empfangen": a participle that looks like a present form is past beside the auxiliary.
            if (CuesOf(tokens[i])?.Participle == true)
            {
                (cues ??= []).Add(new Cue(Direction.Past, Word(text, tokens[i]).ToString(), tokens[i].Start, tokens[i].End));
                claimed[i] = true;
            }
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            if (claimed[i] || CuesOf(tokens[i])?.FuturePhrases is not { } candidates)
                continue;
            // "her visits to Islamabad on 25 March": after a determiner a cue that is also a plural noun is the noun, not a
            // verb ("their upcoming travel", "the next talks", "this is set to" keep their cue).
            if (i > 0 && determiners.Contains(Word(text, tokens[i - 1])) && pluralNouns.Contains(Word(text, tokens[i])))
                continue;
            // "did not meet": a bare verb after a past "did" is no present of the future.
            if (BareAfterPast(text, tokens, i))
                continue;
            foreach (var phrase in candidates)
            {
                if (!PhraseAt(text, tokens, i, phrase))
                    continue;
                var last = tokens[i + phrase.Length - 1];
                (cues ??= []).Add(new Cue(Direction.Future, string.Join(' ', phrase), tokens[i].Start, last.End));
                claimed.Slice(i, phrase.Length).Fill(true);
                break;
            }
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!claimed[i] && CuesOf(tokens[i])?.PastPhrases is { } candidates && AnyPhraseAt(text, tokens, i, candidates))
                (cues ??= []).Add(new Cue(Direction.Past, Word(text, tokens[i]).ToString(), tokens[i].Start, tokens[i].End));
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            if (claimed[i])
                continue;
            var word = Word(text, tokens[i]);
            if (i > 0 && participleAfter.Contains(Word(text, tokens[i - 1])))
                continue;
            if (IsPast(word, CuesOf(tokens[i]), hasAuxiliary))
            {
                (cues ??= []).Add(new Cue(Direction.Past, word.ToString(), tokens[i].Start, tokens[i].End));
                // A perfect participle overrides the present-looking auxiliary beside it.
                claimed[i] = true;
            }
        }
        var result = cues?.ToArray() ?? [];
        cache.Spans[(start, end)] = result;
        return result;
    }

    /// <summary>Whether the words right before token <paramref name="i"/> are one of the "bare-after" phrases ("did", "did not").</summary>
    private bool BareAfterPast(string text, ReadOnlySpan<Token> tokens, int i)
    {
        foreach (var phrase in bareAfter)
        {
            if (i >= phrase.Length && PhraseAt(text, tokens, i - phrase.Length, phrase))
                return true;
        }
        return false;
    }

    /// <summary>An auxiliary of the perfect among the sentence's words before <paramref name="first"/>, after the last complementizer.</summary>
    private bool AuxiliaryBefore(string text, List<Token> sentenceTokens, int first)
    {
        for (var i = first - 1; i >= 0; i--)
        {
            if (complementizers.Contains(Word(text, sentenceTokens[i])))
                return false;
            if (CuesOf(sentenceTokens[i])?.Auxiliary == true)
                return true;
        }
        return false;
    }

    private bool AnyFutureIn(string text, ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            // "empfangen" is a present form as much as a participle: only other words of the future count.
            if (CuesOf(tokens[i]) is { Participle: false, FuturePhrases: { } phrases } && AnyPhraseAt(text, tokens, i, phrases))
                return true;
        }
        return false;
    }

    private bool AnyPhraseAt(string text, ReadOnlySpan<Token> tokens, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (PhraseAt(text, tokens, i, phrase))
                return true;
        }
        return false;
    }

    private bool PhraseAt(string text, ReadOnlySpan<Token> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Length)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!Word(text, tokens[i + k]).Equals(phrase[k], comparison))
                return false;
        }
        return true;
    }

    private bool IsPast(ReadOnlySpan<char> word, CueWord? cues, bool hasAuxiliary)
    {
        if (cues?.Past == true)
            return true;
        if (cues?.NotPast == true || word.Length < 5 || !char.IsLower(word[0]))
            return false;
        // Regular past forms: "talked"; "forderte", "kritisierte" (but not "erste", "beste", nor the adjective "geplante").
        foreach (var suffix in regularPastSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length + 1
                && !(regularPastNotAfter is not null && regularPastNotAfter.Contains(word[^(suffix.Length + 1)]))
                && !(participlePrefix is not null && word.StartsWith(participlePrefix, StringComparison.Ordinal)))
                return true;
        }
        // Perfect participles ("getroffen", "fortgesetzt", "kritisiert") beside an auxiliary of the perfect.
        if (participlePrefix is null || !hasAuxiliary)
            return false;
        return (StartsAsParticiple(word) && (word.EndsWith('t') || word.EndsWith("en", StringComparison.Ordinal)))
            || word.EndsWith("iert", StringComparison.Ordinal);
    }

    /// <summary>
    /// "getroffen", or a separable prefix before the "ge" ("fortgesetzt", "zusammengekommen") or before an inseparable
    /// prefix, which takes no "ge" ("zurückbeordert", "abberufen", "vorbereitet").
    /// </summary>
    private bool StartsAsParticiple(ReadOnlySpan<char> word)
    {
        if (word.StartsWith(participlePrefix, StringComparison.Ordinal))
            return true;
        foreach (var prefix in separablePrefixes)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var rest = word[prefix.Length..];
            if (rest.Length > participlePrefix!.Length + 1 && rest.StartsWith(participlePrefix, StringComparison.Ordinal))
                return true;
            foreach (var inseparable in inseparablePrefixes)
            {
                if (rest.Length > inseparable.Length + 2 && rest.StartsWith(inseparable, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }
}
