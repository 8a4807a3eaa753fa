namespace Timeline.Extraction.Language;

/// <summary>
/// Finds which word lists of a language occur in a piece of text, in one pass: an Aho–Corasick automaton over the
/// lower-cased words, turned into a dense table of transitions (state × character class) so that each character
/// costs two array reads. Rules that declare key lists run only where one of them occurs; the rest is skipped.
/// </summary>
/// <remarks>
/// A key list counts where one of its words begins a word of the text ("Tag" in "Tage", not in "Dienstag"); a list
/// named with a leading <c>*</c> counts anywhere, inside a word too ("*duration-adjectives" in "vierstündige").
/// Every character that is not a letter is one class, the word break, so a key is a superset filter and never
/// hides a match from its rule.
/// </remarks>
public sealed class KeywordIndex
{
    public const string Digits = "digits";
    public const char Anywhere = '*';

    private const byte WordBreak = 1;
    private const byte Digit = 2;

    private readonly Dictionary<string, int> bitOf = new(StringComparer.OrdinalIgnoreCase);

    // Character class of every UTF-16 unit after lower-casing: 0 is a letter in no key word, 1 the word break, 2 an
    // ASCII digit (a word break that marks the digits key).
    private readonly byte[] classOf = new byte[char.MaxValue + 1];
    private readonly int width;
    private readonly int[] transitions;
    private readonly ulong[] output;
    private readonly int start;

    /// <param name="lists">The words of each key list, by the key's name as rules write it ("units", "*units").</param>
    public KeywordIndex(IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        // A phrase is found by its longest word, the likeliest to be rare ("current" for "the current"): any one
        // of its words is a superset, and a superset is all a filter needs.
        var keys = new List<(string Word, ulong Bit, bool WordStart)>();
        bitOf[Digits] = 0;
        foreach (var (name, words) in lists)
        {
            if (bitOf.Count >= 64)
                throw new InvalidOperationException("At most 63 key lists per language.");
            var bit = bitOf.Count;
            bitOf[name] = bit;
            foreach (var word in words)
            {
                var key = word.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)?.ToLowerInvariant() ?? "";
                if (key.Any(char.IsAsciiDigit))
                    throw new FormatException($"Key word '{word}' of '{name}' holds a digit; the digits key covers digits.");
                if (key.Length > 0)
                    keys.Add((key, 1UL << bit, !name.StartsWith(Anywhere)));
            }
        }
        var letters = keys.SelectMany(k => k.Word).Where(char.IsLetter).Distinct().Order().ToList();
        if (letters.Count > byte.MaxValue - 2)
            throw new InvalidOperationException("Key words use more than 253 distinct letters.");
        var letterClass = new Dictionary<char, byte>();
        foreach (var c in letters)
            letterClass[c] = (byte)(letterClass.Count + 3);
        for (var c = 0; c <= char.MaxValue; c++)
            classOf[c] = char.IsLetter((char)c) ? letterClass.GetValueOrDefault(char.ToLowerInvariant((char)c)) : char.IsAsciiDigit((char)c) ? Digit : WordBreak;
        width = letterClass.Count + 3;

        var trie = new Trie();
        foreach (var (word, bit, wordStart) in keys)
        {
            var classes = word.Select(c => classOf[c]).ToList();
            if (wordStart && char.IsLetter(word[0]))
                classes.Insert(0, WordBreak);
            trie.Add(classes, bit);
        }
        var (table, outputs) = trie.ToTable(width);
        // A digit is a word break that also sets the digits bit: it leads, from every state, to one extra state that
        // goes on as the state after a word break does. States are stored as the offsets of their rows.
        var afterBreak = table[WordBreak];
        var digitState = outputs.Length;
        Array.Resize(ref table, table.Length + width);
        Array.Copy(table, afterBreak * width, table, digitState * width, width);
        outputs = [.. outputs, outputs[afterBreak] | 1UL];
        for (var state = 0; state <= digitState; state++)
            table[state * width + Digit] = digitState;
        for (var i = 0; i < table.Length; i++)
            table[i] *= width;
        (transitions, output) = (table, new ulong[table.Length]);
        for (var state = 0; state <= digitState; state++)
            output[state * width] = outputs[state];
        // A text begins as if after a word break.
        start = table[WordBreak];
    }

    /// <summary>The bits of the key names a rule gives.</summary>
    public ulong Mask(IEnumerable<string> names)
    {
        var mask = 0UL;
        foreach (var name in names)
        {
            if (!bitOf.TryGetValue(name, out var bit))
                throw new FormatException($"'{name}' is not a word list of this language (nor '{Digits}').");
            mask |= 1UL << bit;
        }
        return mask;
    }

    /// <summary>Which lists (and whether digits) occur in text[start..end].</summary>
    public ulong Scan(string text, int from, int to)
    {
        var state = start;
        var found = output[state];
        var table = transitions;
        var classes = classOf;
        var outputs = output;
        foreach (var c in text.AsSpan(from, to - from))
        {
            state = table[state + classes[c]];
            found |= outputs[state];
        }
        return found;
    }

    /// <summary>The automaton while it is built: a trie over character classes, with Aho–Corasick's failure links.</summary>
    private sealed class Trie
    {
        private readonly List<Dictionary<byte, int>> next = [new()];
        private readonly List<ulong> output = [0];

        public void Add(IEnumerable<byte> word, ulong bits)
        {
            var state = 0;
            foreach (var c in word)
            {
                if (!next[state].TryGetValue(c, out var to))
                {
                    to = next.Count;
                    next.Add([]);
                    output.Add(0);
                    next[state][c] = to;
                }
                state = to;
            }
            output[state] |= bits;
        }

        /// <summary>
        /// The dense table: from each state on each class, where the automaton goes once failure links are followed,
        /// filled breadth first so that a state's failure state is complete before the state itself.
        /// </summary>
        public (int[] Transitions, ulong[] Output) ToTable(int width)
        {
            var table = new int[next.Count * width];
            var outputs = output.ToArray();
            var fail = new int[next.Count];
            var queue = new Queue<int>();
            foreach (var (c, child) in next[0])
            {
                table[c] = child;
                queue.Enqueue(child);
            }
            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                var f = fail[state];
                outputs[state] |= outputs[f];
                Array.Copy(table, f * width, table, state * width, width);
                foreach (var (c, child) in next[state])
                {
                    fail[child] = table[f * width + c];
                    table[state * width + c] = child;
                    queue.Enqueue(child);
                }
            }
            return (table, outputs);
        }
    }
}
