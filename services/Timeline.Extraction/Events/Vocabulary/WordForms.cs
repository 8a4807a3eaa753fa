namespace Timeline.Extraction.Events.Vocabulary;

/// <summary>A form of a verb, and whether it counts only with its separable prefix later in the clause ("kam ... zusammen").</summary>
public readonly record struct VerbForm(string Text, string? SeparatedPrefix);

/// <summary>
/// The inflected forms of event words, made by the regular rules of each language so that the vocabulary files list
/// only lemmas and the forms the rules cannot make.
/// </summary>
public static class WordForms
{
    private static readonly string[] InseparablePrefixes = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer"];

    /// <summary>English: lemma, third person, past and participle in -ed, present participle in -ing, plus the listed forms.</summary>
    public static IEnumerable<VerbForm> EnglishVerb(string lemma, IReadOnlyList<string> irregular)
    {
        var words = lemma.Split(' ', 2);
        var head = words[0];
        var rest = words.Length > 1 ? " " + words[1] : "";
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { head, ThirdPerson(head), Past(head), Gerund(head) };
        foreach (var form in forms)
            yield return new VerbForm(form + rest, null);
        foreach (var form in irregular)
            yield return new VerbForm(form, null);
    }

    /// <summary>English plural of a noun, the last word inflected ("round of talks" stays as it is).</summary>
    public static IEnumerable<string> EnglishNoun(string noun)
    {
        yield return noun;
        if (noun.Contains(' ') || noun.EndsWith('s'))
            yield break;
        yield return noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith('x') ? noun + "es"
            : noun.EndsWith('y') && noun.Length > 1 && !IsVowel(noun[^2]) ? noun[..^1] + "ies"
            : noun + "s";
    }

    /// <summary>
    /// German: the infinitive, third person present singular and plural, past singular and plural, and the participle, also
    /// as an adjective with the <paramref name="attributive"/> endings where the language data asks for them;
    /// for weak verbs made from the stem, for strong ones taken from <paramref name="irregular"/> (present, past
    /// singular, past plural, participle). A separable prefix yields joined forms, and separated finite forms and participle.
    /// </summary>
    public static IEnumerable<VerbForm> GermanVerb(string lemma, IReadOnlyList<string> irregular, IReadOnlyList<string>? attributive = null)
    {
        attributive ??= [];
        var bar = lemma.IndexOf('|');
        var prefix = bar < 0 ? null : lemma[..bar];
        var verb = bar < 0 ? lemma : lemma[(bar + 1)..];
        var stem = verb.EndsWith("en", StringComparison.Ordinal) ? verb[..^2] : verb[..^1];
        string[] finite;
        string participle;
        if (irregular.Count > 0)
        {
            finite = [.. irregular.Take(irregular.Count - 1)];
            participle = irregular[^1];
        }
        else
        {
            var t = NeedsLinkingE(stem) ? "et" : "t";
            var past = NeedsLinkingE(stem) ? "ete" : "te";
            finite = [stem + t, stem + past, stem + past + "n"];
            var noGe = verb.EndsWith("ieren", StringComparison.Ordinal) || InseparablePrefixes.Any(p => verb.StartsWith(p, StringComparison.Ordinal) && verb.Length > p.Length + 3);
            participle = (noGe ? "" : "ge") + stem + t;
        }
        // "das am Nachmittag empfangene Staatsoberhaupt": the participle used as an adjective, with the endings given.
        if (prefix is null)
        {
            yield return new VerbForm(verb, null);
            foreach (var form in finite)
                yield return new VerbForm(form, null);
            yield return new VerbForm(participle, null);
            foreach (var ending in attributive)
                yield return new VerbForm(participle + ending, null);
            yield break;
        }
        yield return new VerbForm(prefix + verb, null);
        yield return new VerbForm(prefix + "zu" + verb, null);
        yield return new VerbForm(prefix + participle, null);
        foreach (var ending in attributive)
            yield return new VerbForm(prefix + participle + ending, null);
        foreach (var form in finite)
        {
            yield return new VerbForm(prefix + form, null);
            yield return new VerbForm(form, prefix);
        }
        // "sie kommen zusammen": the present plural is the infinitive's form.
        yield return new VerbForm(verb, prefix);
        // "wurde vom Bürgermeister willkommen geheißen": a prefix written apart, right before the participle.
        yield return new VerbForm(participle, prefix);
    }

    private static string ThirdPerson(string verb) =>
        verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('o') ? verb + "es"
        : verb.EndsWith('y') && verb.Length > 1 && !IsVowel(verb[^2]) ? verb[..^1] + "ies"
        : verb + "s";

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : verb.EndsWith('y') && verb.Length > 1 && !IsVowel(verb[^2]) ? verb[..^1] + "ied"
        : verb + "ed";

    private static string Gerund(string verb) =>
        verb.EndsWith("ee", StringComparison.Ordinal) ? verb + "ing"
        : verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
        : verb.EndsWith('e') && verb.Length > 2 ? verb[..^1] + "ing"
        : verb + "ing";

    private static bool IsVowel(char c) => "aeiouäöü".Contains(c);

    /// <summary>"redet", "begegnet", "zeichnet": an e joins the ending to a stem in t or d, or in m or n after a sounded consonant.</summary>
    private static bool NeedsLinkingE(string stem)
    {
        if (stem.EndsWith('t') || stem.EndsWith('d'))
            return true;
        if (stem.Length < 3 || !(stem.EndsWith('m') || stem.EndsWith('n')))
            return false;
        var before = stem[^2];
        return !IsVowel(before) && before is not ('l' or 'r' or 'm' or 'n') && !(before == 'h' && IsVowel(stem[^3]));
    }
}
