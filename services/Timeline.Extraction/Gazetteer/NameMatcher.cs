namespace Timeline.Extraction.Gazetteer;

/// <summary>How a name may be used.</summary>
[Flags]
internal enum NameUse
{
    None = 0,

    /// <summary>One of the place's own names (display, GeoNames or ASCII name), not an alternate name of GeoNames.</summary>
    Own = 1,

    /// <summary>An ordinary word or a small town's name: it counts only where the text shows a place.</summary>
    NeedsContext = 2,

    /// <summary>A nationality adjective or demonym ("russische", "Emirati").</summary>
    Adjective = 4,

    /// <summary>An office holder's name of one word ("Bush"): ambiguous across the years (see <see cref="OfficeHolders"/>).</summary>
    OneWord = 8,
}

/// <summary>What a name stands for.</summary>
internal readonly record struct NameTarget(Place? Place, Actor? Actor, NameUse Use);

/// <summary>
/// One token trie over every name of the gazetteer. A text is cut into tokens (runs of letters and digits; every
/// other character but white space is a token of its own), and from each word the trie is walked as far as the
/// text allows; the longest name wins, so a name begins and ends at word boundaries. A name matches in its own case;
/// a token in capitals also matches case-insensitively ("RIYADH", "BRÜSSEL"); a German genitive -s on the last
/// word of a place or country is accepted ("Russlands", "Wiens").
/// </summary>
internal sealed class NameMatcher
{
    private const int Root = 0;

    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> capitals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabularyBySpan;
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> capitalsBySpan;
    private readonly Dictionary<long, int> edges = [];
    private readonly List<string> tokenText = [];
    private readonly NameTarget[]?[] accepts;
    private readonly PersonNames?[] people;
    private readonly Func<string, Place> placeById;
    private readonly IReadOnlySet<string> contextBefore;
    private readonly IReadOnlySet<string> parentWords;
    private readonly IReadOnlySet<string> streetWords;
    private readonly IReadOnlyList<string> adjectiveEndings;

    /// <summary>A lower-case word with one of the adjective endings of place-context.txt ("bayerischen", "französischen").</summary>
    public bool IsPlaceAdjective(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsLower(word[0]))
            return false;
        foreach (var ending in adjectiveEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public NameMatcher(IEnumerable<(string Name, NameTarget Target)> names, Func<string, Place> placeById,
        IReadOnlySet<string> contextBefore, IReadOnlySet<string> parentWords, IReadOnlySet<string>? streetWords = null,
        IReadOnlyList<string>? adjectiveEndings = null)
    {
        this.placeById = placeById;
        this.contextBefore = contextBefore;
        this.parentWords = parentWords;
        this.streetWords = streetWords ?? new HashSet<string>();
        this.adjectiveEndings = adjectiveEndings ?? [];
        vocabularyBySpan = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        capitalsBySpan = capitals.GetAlternateLookup<ReadOnlySpan<char>>();
        var targets = new List<List<NameTarget>?> { null };
        var tokens = new List<Token>();
        foreach (var (name, target) in names)
        {
            tokens.Clear();
            Tokenize(name, 0, name.Length, tokens);
            if (tokens.Count == 0 || !tokens[0].Word)
                continue;
            var node = Root;
            foreach (var token in tokens)
            {
                var id = TokenId(name.AsSpan(token.Start, token.End - token.Start));
                if (!edges.TryGetValue(Edge(node, id), out var child))
                {
                    child = targets.Count;
                    targets.Add(null);
                    edges[Edge(node, id)] = child;
                }
                node = child;
            }
            (targets[node] ??= []).Add(target);
        }
        accepts = targets.Select(list => list is null ? null : Rank(list)).ToArray();
        people = accepts.Select(PeopleAt).ToArray();
    }

    /// <summary>The office holders a name may mean, in the order of the people table, and whom it means without a date.</summary>
    private sealed record PersonNames(Actor[] Rows, bool OneWord, Actor? Undated);

    private static PersonNames? PeopleAt(NameTarget[]? targets)
    {
        var rows = targets?.Where(t => t.Actor?.Kind == ActorKind.Person).ToArray();
        if (rows is not { Length: > 0 })
            return null;
        var oneWord = rows.All(t => t.Use.HasFlag(NameUse.OneWord));
        var actors = rows.Select(t => t.Actor!).ToArray();
        return new PersonNames(actors, oneWord, OfficeHolders.Resolve(actors, oneWord, null));
    }

    /// <summary>How many distinct tokens and trie nodes the names make.</summary>
    public (int Tokens, int Nodes) Size => (vocabulary.Count, accepts.Length);

    /// <summary>
    /// Several entries under one name, in the order that decides between them when the text names no country beside
    /// it: actors first (a country over its capital of the same name: "Luxembourg"), then places whose own name it is
    /// over places that only list it as an alternate, then the capital, then the most populous.
    /// </summary>
    private static NameTarget[] Rank(List<NameTarget> list) =>
        list.GroupBy(t => (object?)t.Place ?? t.Actor)
            .Select(g => g.OrderByDescending(t => t.Use.HasFlag(NameUse.Own)).ThenBy(t => t.Use.HasFlag(NameUse.NeedsContext)).First())
            .OrderBy(t => t.Actor is null ? 1 : 0)
            .ThenBy(t => t.Use.HasFlag(NameUse.Own) ? 0 : 1)
            .ThenBy(t => t.Place, PlaceRanking.Instance)
            .ToArray();

    private int TokenId(ReadOnlySpan<char> token)
    {
        if (vocabularyBySpan.TryGetValue(token, out var id))
            return id;
        var text = token.ToString();
        id = tokenText.Count;
        vocabulary[text] = id;
        tokenText.Add(text);
        var upper = text.ToUpperInvariant();
        if (upper != text)
        {
            if (!capitals.TryGetValue(upper, out var ids))
                capitals[upper] = ids = [];
            ids.Add(id);
        }
        return id;
    }

    private static long Edge(int node, int token) => ((long)node << 32) | (uint)token;

    /// <summary>The names in the text between <paramref name="start"/> and <paramref name="end"/>; office holders as of <paramref name="year"/>, if given.</summary>
    public IReadOnlyList<NameMention> Find(string text, int start, int end, int? year)
    {
        var tokens = new List<Token>();
        Tokenize(text, start, end, tokens);
        var matches = new List<Match>();
        for (var i = 0; i < tokens.Count;)
        {
            if (tokens[i].Word && Walk(text, tokens, i) is { } match)
            {
                matches.Add(match);
                i = match.LastToken + 1;
            }
            else
                i++;
        }
        var found = new List<NameMention>(matches.Count);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var from = tokens[match.FirstToken].Start;
            var to = tokens[match.LastToken].End;
            var parent = m + 1 < matches.Count ? ParentCountry(text, to, matches[m + 1], tokens) : null;
            var chosen = Choose(match, parent, () => HasContext(text, from, to, start, end) || ListedAfterAPlace(text, from, found), year);
            if (chosen is not { } target)
                continue;
            // "Carlton Gardens", "Chatham House", "Pennsylvania Avenue": a town's name that begins a street's or a building's.
            if (target.Place is { Kind: not PlaceKind.Venue } && match.LastToken + 1 < tokens.Count && tokens[match.LastToken + 1].Start == to + 1
                && text[to] == ' ' && streetWords.Contains(text[tokens[match.LastToken + 1].Start..tokens[match.LastToken + 1].End]))
                continue;
            var venue = target.Place?.Kind == PlaceKind.Venue ? target.Place : null;
            var place = venue?.CityId is { } city ? placeById(city) : target.Place;
            // "US-Präsident", "EU-Gipfel": the first part of a compound qualifies the word after it, as an adjective does.
            var compound = to + 1 < end && text[to] == '-' && char.IsLetter(text[to + 1]);
            found.Add(new NameMention(from, to, text[from..to], place, target.Actor, target.Use.HasFlag(NameUse.Adjective) || compound)
            {
                NeedsContext = target.Use.HasFlag(NameUse.NeedsContext),
                Venue = venue,
            });
        }
        return found;
    }

    private NameTarget? Choose(Match match, Actor? parent, Func<bool> hasContext, int? year)
    {
        var targets = accepts[match.Node]!;
        var usable = match.Genitive ? targets.Where(t => !t.Use.HasFlag(NameUse.Adjective) && (t.Place is not null || t.Actor?.Kind == ActorKind.Country)) : targets;
        // The Mordecai and CLIFF rule: "Aleppo in Syria", "Berlin, Germany", "Nice (France)" pick the place in that country.
        if (parent is not null && usable.FirstOrDefault(t => t.Place?.CountryCode == parent.Id) is { Place: not null } inCountry)
            return inCountry;
        bool? context = null;
        var peopleTried = false;
        foreach (var t in usable)
        {
            if (t.Actor?.Kind == ActorKind.Person)
            {
                // All office holders under this name are weighed at once, by the date; a name that means nobody then
                // leaves the name to a place or organisation of the same name, if any.
                if (peopleTried)
                    continue;
                peopleTried = true;
                var names = people[match.Node]!;
                if ((year is null ? names.Undated : OfficeHolders.Resolve(names.Rows, names.OneWord, year)) is { } who)
                    return t with { Actor = who };
                continue;
            }
            if (!t.Use.HasFlag(NameUse.NeedsContext) || (context ??= hasContext()))
                return t;
        }
        return null;
    }

    /// <summary>The country named right after a name, joined by a comma, a parenthesis or "in".</summary>
    private Actor? ParentCountry(string text, int end, Match next, List<Token> tokens)
    {
        if (accepts[next.Node]![0].Actor is not { Kind: ActorKind.Country } country || next.Genitive)
            return null;
        var between = text.AsSpan(end, tokens[next.FirstToken].Start - end).Trim();
        return between.Length > 0 && between.Length <= 3 && parentWords.Contains(between.ToString()) ? country : null;
    }

    /// <summary>"Tel Aviv, Jerusalem and Ramallah", "nach Paris und Ramallah": a name listed right after a place is one too.</summary>
    private static bool ListedAfterAPlace(string text, int from, List<NameMention> found)
    {
        if (found.Count == 0 || found[^1].Place is null || found[^1].FromAdjective)
            return false;
        var gap = text.AsSpan(found[^1].End, from - found[^1].End).Trim();
        return gap is "," or "and" or "und" or "or" or "oder" or ", and" or "sowie";
    }

    /// <summary>After "in", "nach", "from"...; or at the start of a line as a dateline ("ESSEN –", "Nice (AFP) –").</summary>
    private bool HasContext(string text, int from, int to, int start, int end)
    {
        var wordEnd = from;
        // "im französischen Biarritz": one lower-case adjective with an ending of place-context.txt (a country's or region's)
        // may stand between the word and the name.
        for (var words = 0; words < 2; words++)
        {
            while (wordEnd > start && text[wordEnd - 1] is ' ' or '\t')
                wordEnd--;
            var wordStart = wordEnd;
            while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || (text[wordStart - 1] == '-' && wordStart - 1 > start && char.IsLetter(text[wordStart - 2]))))
                wordStart--;
            if (wordStart >= wordEnd)
                break;
            var word = text[wordStart..wordEnd];
            if (contextBefore.Contains(word.ToLowerInvariant()))
                return true;
            if (!IsPlaceAdjective(word))
                break;
            wordEnd = wordStart;
        }
        var lineStart = from;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
            lineStart--;
        if (lineStart > 0 && text[lineStart - 1] != '\n')
            return false;
        if (text.AsSpan(from, to - from).ContainsAnyInRange('a', 'z') is false)
            return true;
        var lineEnd = text.IndexOf('\n', to, Math.Min(end, text.Length) - to);
        var rest = text.AsSpan(to, Math.Min(lineEnd < 0 ? end : lineEnd, to + 40) - to);
        return rest.IndexOfAny('–', '—', '(') >= 0 || rest.IndexOf(" - ", StringComparison.Ordinal) >= 0;
    }

    private Match? Walk(string text, List<Token> tokens, int first)
    {
        Span<int> current = stackalloc int[8];
        Span<int> next = stackalloc int[8];
        current[0] = Root;
        var count = 1;
        Match? best = null;
        for (var j = first; j < tokens.Count && count > 0; j++)
        {
            var token = tokens[j];
            if (j > first && text.AsSpan(tokens[j - 1].End, token.Start - tokens[j - 1].End).Contains('\n'))
                break;
            var span = text.AsSpan(token.Start, token.End - token.Start);
            var nextCount = 0;
            if (vocabularyBySpan.TryGetValue(span, out var id))
                Step(current[..count], id, next, ref nextCount);
            else if (token.Word && IsCapitals(span) && capitalsBySpan.TryGetValue(span, out var ids))
            {
                foreach (var folded in ids)
                    Step(current[..count], folded, next, ref nextCount);
            }
            else if (token.Word && span.Length >= 4 && span[^1] == 's' && vocabularyBySpan.TryGetValue(span[..^1], out var stem)
                && !"sxzß".Contains(span[^2]))
            {
                // A German genitive ends the name here: "Russlands", "des Kremls".
                foreach (var node in current[..count])
                {
                    if (edges.TryGetValue(Edge(node, stem), out var child) && accepts[child] is not null && EndsWell(text, token.End))
                        best = new Match(first, j, child, Genitive: true);
                }
            }
            for (var k = 0; k < nextCount; k++)
            {
                if (accepts[next[k]] is not null && EndsWell(text, token.End))
                {
                    best = new Match(first, j, next[k], Genitive: false);
                    break;
                }
            }
            next[..nextCount].CopyTo(current);
            count = nextCount;
        }
        return best;
    }

    private void Step(ReadOnlySpan<int> from, int token, Span<int> into, ref int count)
    {
        foreach (var node in from)
        {
            if (count < into.Length && edges.TryGetValue(Edge(node, token), out var child))
                into[count++] = child;
        }
    }

    /// <summary>
    /// A name does not end where the text goes on with a dot and a letter ("U.S" in "U.S.A"), unless a sentence ends there
    /// with the space lost: a lower-case letter before the dot, a capitalised word after it ("in Wien.Im Bereich").
    /// </summary>
    private static bool EndsWell(string text, int end) =>
        !(end + 1 < text.Length && text[end] == '.' && char.IsLetter(text[end + 1]))
        || (end + 2 < text.Length && char.IsLower(text[end - 1]) && char.IsUpper(text[end + 1]) && char.IsLower(text[end + 2]));

    private static bool IsCapitals(ReadOnlySpan<char> token)
    {
        if (token.Length < 2)
            return false;
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 2;
    }

    internal static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!IsWordChar(c))
            {
                tokens.Add(new Token(i, i + 1, false));
                i++;
                continue;
            }
            var s = i;
            while (i < end && IsWordChar(text[i]))
                i++;
            tokens.Add(new Token(s, i, true));
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    internal readonly record struct Token(int Start, int End, bool Word);

    private readonly record struct Match(int FirstToken, int LastToken, int Node, bool Genitive);
}
