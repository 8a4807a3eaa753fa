namespace Timeline.Extraction.Language;

/// <summary>
/// Finds which word lists of a language occur in a piece of text, in one pass (an Aho–Corasick automaton over
/// the lower-cased words). Rules that declare key lists run only where one of them occurs; the rest is skipped.
/// </summary>
public sealed class KeywordIndex
{
    private readonly List<Dictionary<char, int>> next = [new()];
    private readonly List<int> fail = [0];
    private readonly List<ulong> output = [0];
    private readonly Dictionary<string, int> bitOf = new(StringComparer.OrdinalIgnoreCase);

    public const string Digits = "digits";

    public KeywordIndex(IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        bitOf[Digits] = 0;
        foreach (var (name, words) in lists)
        {
            if (bitOf.Count >= 64)
                throw new InvalidOperationException("At most 63 key lists per language.");
            var bit = bitOf.Count;
            bitOf[name] = bit;
            foreach (var word in words)
            {
                // A phrase is found by its first word: a superset is all a filter needs.
                var key = word.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
                if (key.Length > 0)
                    Add(key, 1UL << bit);
            }
        }
        Link();
    }

    /// <summary>The bit of a list name, for a rule's keys.</summary>
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
    public ulong Scan(string text, int start, int end)
    {
        var found = 0UL;
        var state = 0;
        for (var i = start; i < end; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c is >= '0' and <= '9')
                found |= 1UL;
            while (state != 0 && !next[state].ContainsKey(c))
                state = fail[state];
            state = next[state].TryGetValue(c, out var to) ? to : 0;
            found |= output[state];
        }
        return found;
    }

    private void Add(string word, ulong bits)
    {
        var state = 0;
        foreach (var c in word)
        {
            if (!next[state].TryGetValue(c, out var to))
            {
                to = next.Count;
                next.Add([]);
                fail.Add(0);
                output.Add(0);
                next[state][c] = to;
            }
            state = to;
        }
        output[state] |= bits;
    }

    private void Link()
    {
        var queue = new Queue<int>();
        foreach (var child in next[0].Values)
            queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in next[state])
            {
                var f = fail[state];
                while (f != 0 && !next[f].ContainsKey(c))
                    f = fail[f];
                fail[child] = next[f].TryGetValue(c, out var to) && to != child ? to : 0;
                output[child] |= output[fail[child]];
                queue.Enqueue(child);
            }
        }
    }
}
