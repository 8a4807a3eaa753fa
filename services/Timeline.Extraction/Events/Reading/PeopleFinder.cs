using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Reading;

/// <summary>
/// Finds people by their offices, not by a list alone: a title ("Foreign Minister", "Bundeskanzlerin") with the name
/// after it, and the country or organisation they act for from a nationality adjective ("Turkish", "japanischen"), a
/// country before the title ("South Africa's Minister", "US-Außenminister", "NATO-Generalsekretär") or after it ("the
/// President of Russia", "Prime Minister Rudd of Australia"). Office holders the people table knows are found by name.
/// </summary>
public static class PeopleFinder
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "de", "von", "bin", "al", "dos", "da", "di", "la", "le", "du", "ibn", "el",
    };

    /// <summary>Degrees written before a name with a full stop: "Dr. Frank-Walter Steinmeier".</summary>
    private static readonly HashSet<string> AcademicTitles = new(StringComparer.Ordinal) { "Dr", "Prof" };

    public static IReadOnlyList<PersonMention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<NameMention> names, EventLexicon lexicon,
        Gazetteer.Gazetteer gazetteer, IReadOnlyDictionary<string, PersonMention>? named = null, IReadOnlyList<Trigger>? triggers = null)
    {
        var people = new List<PersonMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (titleLength, prefixActor) = TitleAt(tokens, i, names, lexicon, gazetteer);
            if (titleLength == 0)
                continue;
            var titleEnd = i + titleLength;
            // "Bundesaußenminister Dr. Frank-Walter Steinmeier": a degree between the office and the name is neither.
            var nameStart = titleEnd;
            while (nameStart + 1 < tokens.Count && AcademicTitles.Contains(tokens[nameStart].Text) && text[tokens[nameStart].End] == '.')
                nameStart++;
            // "Die Außenministerin Liechtensteins, Aurelia Frick": a country in the genitive after the office is where the office is,
            // and the name may follow it after a comma.
            var genitive = nameStart < tokens.Count ? GenitiveCountry(tokens[nameStart], names, gazetteer) : null;
            var apposition = false;
            if (genitive is not null)
            {
                nameStart++;
                apposition = nameStart < tokens.Count && text.AsSpan(tokens[nameStart - 1].End, tokens[nameStart].Start - tokens[nameStart - 1].End).Trim() is ",";
            }
            var nameEnd = nameStart;
            // "World Leaders Meet for G-8 Summit": in a title written in capitals, an event word is no name.
            while (nameEnd < tokens.Count && nameEnd - nameStart < 5 && IsNamePart(text, tokens, nameEnd, nameStart, names, lexicon, apposition)
                && !(triggers?.Any(t => t.Start <= tokens[nameEnd].Start && tokens[nameEnd].End <= t.End) ?? false))
            {
                nameEnd++;
                // "Secretary Lind's Meeting With ...": a possessive ends the name.
                if (Possessive(tokens[nameEnd - 1].Text))
                    break;
            }
            while (nameEnd > nameStart && NameParticles.Contains(tokens[nameEnd - 1].Text))
                nameEnd--;
            var start = tokens[i].Start;
            var end = tokens[Math.Max(nameEnd, titleEnd) - 1].End;
            var name = nameEnd > nameStart ? text[tokens[nameStart].Start..(tokens[nameEnd - 1].End - (Possessive(tokens[nameEnd - 1].Text) ? 2 : 0))] : null;
            var title = text[tokens[i].Start..tokens[titleEnd - 1].End];
            var affiliation = prefixActor ?? genitive ?? AdjectiveBefore(text, tokens, i, names) ?? OfCountryAfter(tokens, Math.Max(nameEnd, titleEnd), names);
            // "his North Korean counterpart Kim Yong-chol": a known name that stops short of the name's last word is another person's.
            var known = name is null ? null : names.FirstOrDefault(n => n.Actor?.Kind == ActorKind.Person && n.Start >= tokens[nameStart].Start && n.End <= end
                && n.End >= tokens[nameEnd - 1].End - (Possessive(tokens[nameEnd - 1].Text) ? 2 : 0))?.Actor;
            people.Add(new PersonMention(start, end, name, title, affiliation ?? known?.Affiliation, known));
            i = Math.Max(nameEnd, titleEnd) - 1;
        }
        // Office holders the table knows, named without a title; a one-word name inside a longer name is someone else's
        // ("Minister of Trade Gan Kim Yong" is no "Kim").
        foreach (var name in names.Where(n => n.Actor?.Kind == ActorKind.Person))
        {
            if (!people.Any(p => p.Start <= name.Start && name.End <= p.End) && !InsideAName(tokens, name, names, lexicon))
                people.Add(new PersonMention(name.Start, name.End, name.Text, null, name.Actor!.Affiliation, name.Actor));
        }
        // "Bundespräsident Frank-Walter Steinmeier ... Zum Auftakt will Steinmeier": a surname alone is the person the article
        // named in full before.
        if (named is { Count: > 0 })
        {
            foreach (var token in tokens)
            {
                if (!named.TryGetValue(token.Text, out var person) || people.Any(p => p.Start <= token.Start && token.End <= p.End)
                    || names.Any(n => n.Start <= token.Start && token.End <= n.End && n.Actor?.Kind != ActorKind.Person))
                    continue;
                people.Add(new PersonMention(token.Start, token.End, person.Name, person.Title, person.Affiliation, person.Known));
            }
        }
        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        return people;
    }

    private static bool InsideAName(IReadOnlyList<Token> tokens, NameMention name, IReadOnlyList<NameMention> names, EventLexicon lexicon)
    {
        var first = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == name.Start)
                first = i;
        }
        if (first < 0 || tokens[first].End != name.End)
            return false;
        // A capitalised word right before it, one space away, that is no title, no common word and no name of its own
        // ("Gan Kim Yong"); a word after it may be a German noun ("hat Lawrow Gespräche geführt").
        var k = first - 1;
        return k >= 0 && tokens[k].End == tokens[first].Start - 1 && char.IsUpper(tokens[k].Text[0]) && !lexicon.StopWords.Contains(tokens[k].Text)
            && lexicon.Titles.MatchAt(tokens, k) == 0 && !Possessive(tokens[k].Text) && !tokens[k].Text.EndsWith('s')
            && !names.Any(n => n.Actor?.Kind == ActorKind.Person && n.Start <= tokens[k].Start && tokens[k].End <= n.End);
    }

    /// <summary>Remembers the people a sentence names in full (a first name and a surname) by their surname.</summary>
    public static void Remember(IReadOnlyList<PersonMention> people, Dictionary<string, PersonMention> named)
    {
        foreach (var person in people)
        {
            var name = person.Known?.Name ?? person.Name;
            var space = name?.TrimEnd().LastIndexOf(' ') ?? -1;
            if (space <= 0)
                continue;
            var surname = name![(space + 1)..].TrimEnd();
            if (surname.Length < 3 || !char.IsUpper(surname[0]) || NameParticles.Contains(surname) || named.ContainsKey(surname))
                continue;
            named[surname] = person.Name == name ? person : person with { Name = name };
        }
    }

    /// <summary>How many tokens a title spans at <paramref name="i"/>, and an actor written into it ("US-Außenminister").</summary>
    private static (int Length, string? Actor) TitleAt(IReadOnlyList<Token> tokens, int i, IReadOnlyList<NameMention> names, EventLexicon lexicon,
        Gazetteer.Gazetteer gazetteer)
    {
        // "his Japanese counterpart", "ihrem französischen Amtskollegen": someone named by the office they share.
        var length = Math.Max(lexicon.Titles.MatchAt(tokens, i), lexicon.Counterparts.MatchAt(tokens, i));
        if (length > 0)
            return (length, null);
        var token = tokens[i].Text;
        var hyphen = token.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == token.Length - 1 || !lexicon.Titles.Contains(token[(hyphen + 1)..]))
            return (0, null);
        var prefix = names.FirstOrDefault(n => n.Start == tokens[i].Start && n.Actor is { Kind: not ActorKind.Person });
        return (1, prefix?.Actor?.Id ?? gazetteer.Actors.FirstOrDefault(a => a.Kind != ActorKind.Person && a.Names.Contains(token[..hyphen]))?.Id);
    }

    private static bool Possessive(string token) =>
        token.Length > 2 && (token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal));

    private static bool IsNamePart(string text, IReadOnlyList<Token> tokens, int k, int first, IReadOnlyList<NameMention> names, EventLexicon lexicon,
        bool apposition = false)
    {
        var token = tokens[k];
        var gap = text.AsSpan(tokens[k - 1].End, token.Start - tokens[k - 1].End);
        if (gap.Trim().Length > 0 && !(apposition && k == first) && !(gap.Trim() is "." && (tokens[k - 1].Text.Length == 1 || AcademicTitles.Contains(tokens[k - 1].Text))))
            return false;
        if (NameParticles.Contains(token.Text))
            return k > first;
        // "Director Of The Office", "Meeting With": a headline's capitalised common word is no name.
        if (!char.IsUpper(token.Text[0]) || lexicon.StopWords.Contains(token.Text))
            return false;
        // "empfängt Präsident Biden Bundeskanzler Scholz": German capitalises its titles; another title opens another person,
        // right after the first one too ("der Botschafter Innenminister Georg Maier").
        if (lexicon.Titles.MatchAt(tokens, k) > 0)
            return false;
        // A country or place right after a title is where the office is, not a name ("President Obama" vs "Minister Russia"...);
        // further into a name, a word that is also a place is part of it ("Außenminister Samuel Lewis Navarro").
        return !names.Any(n => n.Start == token.Start && !n.FromAdjective
            && (n.Actor is { Kind: ActorKind.Country or ActorKind.Organisation } || (n.Place is not null && k == first)));
    }

    /// <summary>"Liechtensteins", "Frankreichs": a country's name with the German genitive ending, when the gazetteer knows the name without it.</summary>
    private static string? GenitiveCountry(Token token, IReadOnlyList<NameMention> names, Gazetteer.Gazetteer gazetteer)
    {
        if (token.Text.Length < 5 || !token.Text.EndsWith('s') || !char.IsUpper(token.Text[0]))
            return null;
        var bare = token.Text[..^1];
        if (names.FirstOrDefault(n => n.Start <= token.Start && token.End <= n.End) is { } name)
            return name is { Actor: { Kind: ActorKind.Country } country } && name.End == token.End && country.Names.Contains(bare) ? country.Id : null;
        return gazetteer.ActorsNamed(bare).FirstOrDefault(a => a.Kind == ActorKind.Country && a.Names.Contains(bare))?.Id;
    }

    /// <summary>"Turkish Foreign Minister", "den japanischen Ministerpräsidenten", "South Africa's Minister": the country before a title.</summary>
    private static string? AdjectiveBefore(string text, IReadOnlyList<Token> tokens, int i, IReadOnlyList<NameMention> names)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            // "During his visit to Germany, Minister Vella": a country before a comma ends another phrase.
            if (!text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).IsWhiteSpace())
                break;
            var name = names.FirstOrDefault(n => n.Start <= tokens[k].Start && tokens[k].End <= n.End && n.Actor is { Kind: not ActorKind.Person });
            if (name is not null && (name.FromAdjective || tokens[k].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[k].Text.EndsWith('s') || tokens[k].Text.EndsWith("’s", StringComparison.Ordinal)))
                return name.Actor!.Id;
            if (name is not null && k == i - 1)
                return name.Actor!.Id;
            if (!char.IsLower(tokens[k].Text[0]) && name is null)
                break;
        }
        return null;
    }

    /// <summary>"the President of Russia", "Prime Minister Ardern of New Zealand": the country right after a title or name.</summary>
    private static string? OfCountryAfter(IReadOnlyList<Token> tokens, int k, IReadOnlyList<NameMention> names)
    {
        if (k + 1 >= tokens.Count || tokens[k].Text is not ("of" or "von" or "des" or "der"))
            return null;
        var next = k + 1;
        if (tokens[next].Text is "the" && next + 1 < tokens.Count)
            next++;
        return names.FirstOrDefault(n => n.Start == tokens[next].Start && n.Actor is { Kind: ActorKind.Country or ActorKind.Organisation })?.Actor?.Id;
    }
}
