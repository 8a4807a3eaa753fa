using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// "held separate talks with the foreign ministers of Egypt and Jordan", "bilateral meetings with the Presidents of
/// Colombia, of Brazil and of Chile", "telefonierte getrennt mit Macron und Meloni": talks said to be separate, with
/// several partners of different countries named after the event's words, are one meeting per partner. Each keeps the
/// side named before the event's words (or the one the text is issued for) and takes one partner with its people.
/// </summary>
public static class SeparateMeetings
{
    /// <summary>How many tokens before and after the first event word a word of separateness may stand.</summary>
    private const int Before = 3;
    private const int After = 3;

    public static IReadOnlyList<EventDraft> Split(EventDraft draft, ArticleReading article, IReadOnlyList<NameMention> names, IReadOnlyList<PersonMention> people)
    {
        if (draft.Type != "CONSULT" || draft.Body is not null || draft.Triggers.Count == 0)
            return [draft];
        if (draft.Mode == "visit" && Destinations(draft, article, names) is { Count: >= 2 } stops)
            return ByCountry(draft, stops, article);
        var s = draft.Sentence;
        var at = s.TokenAt(draft.Triggers[0].Start);
        // "In his second round of bilateral talks in two days, Bush met with ...": the word may qualify another talks word of
        // the sentence.
        var separate = article.Lexicon.SeparatePartners;
        if (!separate.AnyIn(s.Tokens, at - Before, at + After + 1)
            && !s.Triggers.Any(t => t.Type == "CONSULT" && s.TokenAt(t.Start) is var k && separate.AnyIn(s.Tokens, k - Before, k)))
            return [draft];
        var parties = draft.Parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        // The partners are named after the event's words, each by its country or by a person acting for it; after the word
        // of separateness where it follows them, for a German subject may stand between ("telefonierte Scholz getrennt mit").
        var from = draft.AnchorEnd;
        for (var k = at + 1; k <= at + After && k < s.Tokens.Count; k++)
        {
            if (separate.MatchAt(s.Tokens, k) is var n and > 0)
            {
                from = Math.Max(from, s.Tokens[k + n - 1].End);
                break;
            }
        }
        var partners = new List<string>();
        foreach (var id in names.Where(n => n.Start >= from && n.Actor is { Kind: ActorKind.Country }).Select(n => n.Actor!.Id)
            .Concat(people.Where(p => p.Start >= from).Select(p => p.Affiliation ?? p.Known?.Affiliation).OfType<string>()))
        {
            if (parties.Contains(id) && !partners.Contains(id))
                partners.Add(id);
        }
        var side = draft.Parties.Where(p => !partners.Contains(p.Id)).ToList();
        // "a bilateral meeting between the US and China" names both sides after the words: that is one meeting.
        if (partners.Count < 2 || side.Count == 0)
            return [draft];
        var split = new List<EventDraft>();
        foreach (var partner in partners)
        {
            var one = draft.Copy();
            foreach (var p in draft.Participants.Where(p => p.Kind == ActorKind.Person ? p.Affiliation is { } a && partners.Contains(a) && a != partner : p.Id != partner && !side.Contains(p)))
                one.Remove(p.Id);
            if (one.Mode != "phone")
                one.Mode = "bilateral";
            // Another meeting of the same day does not fold into one of them; a later sentence that refers back to one
            // by its partner names more of its people (CarriedDateDecision.PartnerNamed).
            one.Distinct = true;
            one.Explain($"separate talks with each of {partners.Count} partners: this one with {draft.Participants.First(p => p.Id == partner).Name}");
            split.Add(one);
        }
        return split;
    }

    /// <summary>
    /// "will travel to Paris, Berlin and Warsaw next week", "reist nächste Woche nach Paris und Warschau": a trip to places
    /// in several countries, named in one list after the word of visiting, is a visit to each country. Each keeps the
    /// visitor and its date, and takes the first place named in its country.
    /// </summary>
    private static List<(string Country, Place Place)>? Destinations(EventDraft draft, ArticleReading article, IReadOnlyList<NameMention> names)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        var after = (draft.Triggers.Where(t => t.Mode == "visit").MinBy(t => t.Start) ?? draft.Triggers[0]).End;
        var visitor = draft.People.Select(p => p.Affiliation).FirstOrDefault(a => a is not null);
        var stops = new List<(string Country, Place Place)>();
        NameMention? last = null;
        foreach (var name in names.Where(n => n.Start >= after && !n.FromAdjective).OrderBy(n => n.Start))
        {
            var place = name.Place ?? (name.Actor is { Kind: ActorKind.Country } country ? PlaceDecision.CountryPlace(country, article) : null);
            if (place?.CountryCode is not { Length: 2 } code)
                continue;
            // The first stop follows a word of direction or place; each further one follows the one before, joined by a comma,
            // "and" or a repeated preposition.
            var joined = last is not null && article.Text.AsSpan(last.End, name.Start - last.End).Trim() is var gap
                && (gap is "," || Tokenizer.Tokens(gap.ToString(), 0, gap.Length) is { Count: >= 1 and <= 3 } words
                    && words.All(w => lexicon.Conjunctions.Contains(w.Text) || lexicon.DestinationPrepositions.Contains(w.Text) || lexicon.PlacePrepositions.Contains(w.Text) || w.Text is "den" or "die" or "das" or "the"));
            var opened = s.IsPrepositioned(name.Start, lexicon.DestinationPrepositions) || s.IsPrepositioned(name.Start, lexicon.PlacePrepositions) || s.TokenAt(name.Start) == s.TokenAt(after);
            if (last is null ? !opened : !joined)
                break;
            last = name;
            if (code != visitor && !stops.Any(x => x.Country == code))
                stops.Add((code, place));
        }
        return stops;
    }

    private static List<EventDraft> ByCountry(EventDraft draft, List<(string Country, Place Place)> stops, ArticleReading article)
    {
        var split = new List<EventDraft>();
        var countries = stops.Select(x => x.Country).ToHashSet(StringComparer.Ordinal);
        foreach (var (country, place) in stops)
        {
            var one = draft.Copy();
            foreach (var p in draft.Participants.Where(p => p.Kind == ActorKind.Person ? p.Affiliation is { } a && countries.Contains(a) && a != country : countries.Contains(p.Id) && p.Id != country))
                one.Remove(p.Id);
            if (!one.Parties.Any(p => p.Id == country) && article.Gazetteer.ActorById(country) is { } host)
                one.Add(new EventParticipant(host.Kind, host.Id, host.Name));
            one.Place = place;
            one.PlaceSource = PlaceSource.Named;
            one.Distinct = true;
            one.Explain($"a trip to {stops.Count} countries: this visit to {place.Name}");
            split.Add(one);
        }
        return split;
    }
}
