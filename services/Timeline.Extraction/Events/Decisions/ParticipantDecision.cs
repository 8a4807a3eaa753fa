using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Decides who takes part: the countries and organisations the sentence names as parties (not as the setting, "the war
/// in Ukraine", nor as the topic, "talks about Ukraine", nor inside reported content), the people named by office or
/// name with the country they act for, a capital standing for its government ("und Moskau"), the members of the body
/// that meets, and for talks between two sides where only one is named, the country the article is most about.
/// The host of a meeting in its own capital is not a party unless it is named as one; the country a visit goes to is.
/// </summary>
public static class ParticipantDecision
{
    /// <summary>How many more times than the next country the most named one must be named to be taken as the other side.</summary>
    private const int SalienceMargin = 2;

    public static void Decide(EventDraft draft, ArticleReading article, IReadOnlyList<NameMention> names, IReadOnlyList<PersonMention> people)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        var gazetteer = article.Gazetteer;
        var reported = ReportedContentStart(draft, article);
        // Names far from the event's words in a long sentence are its topics ("crises in Mali, Somalia ..."), not its parties.
        names = names.Where(n => n.Start < reported && Near(draft, n.Start, n.End)).ToList();
        people = people.Where(p => p.Start < reported && Near(draft, p.Start, p.End)).ToList();
        var excluded = new List<NameMention>();
        foreach (var name in names)
        {
            if (name.Place is { } place)
            {
                // A capital that is not where the event happens stands for its government ("und Moskau"), but not in a
                // dateline ("IP/07/233 Brüssel, 16. März 2007"), which says where the report was written.
                if (draft.Place?.Id == place.Id || IsPrepositioned(s, name, lexicon.PlacePrepositions) || InPerson(name, people)
                    || article.Dateline?.Start == name.Start)
                    continue;
                if (article.CountryWithCapital(place) is { } government)
                    draft.Add(new EventParticipant(ActorKind.Country, government.Id, government.Name));
                continue;
            }
            if (name.Actor is not { } actor || actor.Kind == ActorKind.Person || InPerson(name, people))
                continue;
            // "the war in Ukraine", "talks about Iran", "interests in Syria and Afghanistan", "Addis Abeba (Äthiopien)".
            if (IsPrepositioned(s, name, lexicon.TopicPrepositions) || Clauses.PostedAt(s, name.Start, lexicon) || InTopic(draft, name, lexicon) || (actor.Kind == ActorKind.Country && IsPrepositioned(s, name, lexicon.LocationPrepositions))
                || JoinedTo(s, name, excluded, lexicon) || QualifiesAPlace(s, name, article.Text) || ObjectOfATopicVerb(s, name, lexicon))
            {
                excluded.Add(name);
                continue;
            }
            // "chinesische Künstler und Wissenschaftler": the nationality of people who act for no state.
            if (name.FromAdjective && s.TokenAt(name.Start) + 1 < s.Tokens.Count && lexicon.NonStatePartners.MatchAt(s.Tokens, s.TokenAt(name.Start) + 1) > 0)
                continue;
            if (actor.Kind == ActorKind.Country && draft.Place?.CountryCode == actor.Id && !draft.Place.Id.Equals(actor.Id, StringComparison.OrdinalIgnoreCase) && name.FromAdjective)
                continue;
            AddActor(draft, actor, gazetteer);
        }
        foreach (var person in people)
        {
            // "Vladimir Putin had a telephone conversation ...": a known office holder acts for the country of the office.
            var affiliation = (person.Affiliation ?? person.Known?.Affiliation) is { } id ? gazetteer.ActorById(id) : null;
            if (person.Name is not null || person.Known is not null)
            {
                var known = person.Known;
                var id2 = known?.Id ?? Slug(person.Name!);
                // A known office holder's office is the table's ("Russian Deputy Foreign Minister"), not the word the text
                // happened to use ("Amtskollegen", "Presidents").
                draft.Add(new EventParticipant(ActorKind.Person, id2, known?.Name ?? person.Name!, known?.Role ?? person.Title, affiliation?.Id ?? known?.Affiliation));
            }
            if (affiliation is not null)
                AddActor(draft, affiliation, gazetteer);
        }
        // "Pompeo traf in Berlin Verteidigungsministerin Kramp-Karrenbauer": an office holder of no named country whom a
        // visitor from one other country meets in a country's city holds that country's office; an envoy holds their own,
        // and "counterparts" may come from anywhere.
        if (draft.Mode is "bilateral" or "visit" && draft.Place is { GeonamesId: > 0, CountryCode: var hostId } && gazetteer.ActorById(hostId) is { Kind: ActorKind.Country } hostCountry
            && draft.Parties.Count(p => p.Kind == ActorKind.Country) == 1 && !draft.Parties.Any(p => p.Id == hostId)
            && people.Any(p => p.Start >= draft.AnchorEnd && p.Title is { } title && (p.Affiliation ?? p.Known?.Affiliation) is null
                && Vocabulary.Tokenizer.Tokens(title, 0, title.Length) is var words
                && !lexicon.EnvoyTitles.AnyIn(words, 0, words.Count) && !lexicon.Counterparts.AnyIn(words, 0, words.Count)))
        {
            AddActor(draft, hostCountry, gazetteer);
            draft.Explain($"participants: {hostCountry.Name}, whose office holder the visitor meets in {draft.Place.Name}");
        }
        // "The President spoke with ...": an office holder named only by office acts for whoever issued the text.
        if (article.Issuer is { } issuer && gazetteer.ActorById(issuer) is { } issuing
            && (people.Any(p => p.Name is null && p.Affiliation is null) || (draft.Parties.Count() == 0 && draft.People.Any(p => p.Affiliation is null))))
            AddActor(draft, issuing, gazetteer);
        // "during my visit to Angola", "In April, we signed ...": the speaker takes part.
        if (FirstPersonAt(draft, article) && article.SpeakerAt(s.Start) is { } speakerId && gazetteer.ActorById(speakerId) is { } speaker)
        {
            AddActor(draft, speaker, gazetteer);
            draft.Explain($"participants: {speaker.Name}, for whom the first person speaks");
        }
        // "during my visit to Angola", "Scholz reist nach Peking": the country of the visitor's host takes part.
        if (draft.Mode == "visit" && draft.Place is { } visited && draft.Parties.Any() && draft.Parties.All(p => p.Id != visited.CountryCode)
            && gazetteer.ActorById(visited.CountryCode) is { Kind: ActorKind.Country } host)
        {
            AddActor(draft, host, gazetteer);
            draft.Explain($"participants: {host.Name}, the country visited");
        }
        if (draft.Body?.Body is { } body)
        {
            foreach (var member in body.Participants.Select(gazetteer.ActorById).OfType<Actor>())
                AddActor(draft, member, gazetteer);
        }
        // "Before the dinner, the two leaders met for an hour": the countries of the two people the sentence before names.
        if (draft.Mode is "bilateral" or "phone" && !draft.Parties.Any() && PairNamedBefore(draft, article) is { } pair)
        {
            foreach (var side in pair)
                AddActor(draft, side, gazetteer);
            draft.Explain($"participants: {pair[0].Name} and {pair[1].Name}, the countries of the two people the sentence before names");
        }
        // Talks between two sides where the sentence names no one: the two countries the article is about, when they are
        // named clearly more often than any third ("Deputy Secretary Sullivan will meet Cabinet Secretary Juma").
        if (draft.Mode is "bilateral" or "phone" or "visit" && !draft.Parties.Any())
        {
            var ranked = article.Salience.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            var third = ranked.Count > 2 ? ranked[2].Value : 0;
            if (ranked.Count >= 2 && ranked[1].Value - third >= SalienceMargin)
            {
                foreach (var (id, count) in ranked.Take(2))
                {
                    if (gazetteer.ActorById(id) is { } side)
                    {
                        draft.Add(new EventParticipant(side.Kind, side.Id, side.Name));
                        draft.Explain($"participants: {side.Name}, one of the two countries the article is about ({count} times)");
                    }
                }
            }
        }
        // Talks between two sides where the sentence names one country: the other is the country the article is most about,
        // when it is named clearly more often than any other (a wrong party misleads more than a missing one).
        if (draft.Mode is "bilateral" or "phone" && draft.Parties.Count() == 1 && draft.Parties.Single().Kind == ActorKind.Country)
        {
            var known = draft.Parties.Select(p => p.Id).ToHashSet();
            var ranked = article.Salience.Where(kv => !known.Contains(kv.Key)).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            var other = ranked.FirstOrDefault();
            var runnerUp = ranked.Count > 1 ? ranked[1].Value : 0;
            if (other.Key is not null && other.Value - runnerUp >= SalienceMargin && gazetteer.ActorById(other.Key) is { } counterpart)
            {
                draft.Add(new EventParticipant(counterpart.Kind, counterpart.Id, counterpart.Name));
                draft.Explain($"participants: {counterpart.Name} added as the other side, the article's most named country ({other.Value} times)");
            }
        }
        if (draft.Participants.Count > 0)
            draft.Explain($"participants: {string.Join(", ", draft.Participants.Select(p => p.Name))}");
    }

    /// <summary>
    /// The two countries of the people named in the sentence before, when there are exactly two and the event's own
    /// sentence refers to those people as a pair ("the two leaders", "die beiden").
    /// </summary>
    private static Actor[]? PairNamedBefore(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        if (!Enumerable.Range(0, s.Tokens.Count).Any(i => article.Lexicon.PairAnaphors.MatchAt(s.Tokens, i) > 0)
            || article.Sentences.LastOrDefault(x => x.Index < s.Index) is not { } before)
            return null;
        var countries = before.People
            .Select(p => (p.Affiliation ?? p.Known?.Affiliation) is { } id ? article.Gazetteer.ActorById(id) : null)
            .OfType<Actor>()
            .DistinctBy(a => a.Id)
            .ToArray();
        return countries.Length == 2 ? countries : null;
    }

    /// <summary>
    /// "sprachen auch über das von den USA gekündigte Atomabkommen mit dem Iran": after a topic opened right after the
    /// event's word; "will mit ihrem Amtskollegen über die Unterstützung der Ukraine reden": between a topic opener and a verb of
    /// talks that closes its comma segment, as German puts it.
    /// </summary>
    private static bool InTopic(EventDraft draft, NameMention name, Vocabulary.EventLexicon lexicon)
    {
        var s = draft.Sentence;
        foreach (var trigger in draft.Triggers)
        {
            var after = s.TokenAt(trigger.End);
            for (var i = after; i < Math.Min(s.Tokens.Count, after + 2); i++)
            {
                if (lexicon.TopicOpeners.Contains(s.Tokens[i].Text) && s.Tokens[i].End <= name.Start && s.SameSegment(s.Tokens[i].Start, name.Start))
                    return true;
            }
        }
        return Clauses.InTopicBeforeItsVerb(s, draft.Triggers, name.Start, lexicon.TopicOpeners);
    }

    /// <summary>A word of the first person in the event's own clause, outside any quotation.</summary>
    private static bool FirstPersonAt(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        return s.Tokens.Any(t => article.Lexicon.FirstPerson.Contains(t.Text)
            && draft.Anchors.Any(a => s.SameSegment(a.Start, t.Start) || Clauses.Gap(s, a.Start, a.End, t.Start, t.End) <= 3)
            && !Clauses.InQuotation(article, s, t.Start));
    }

    /// <summary>
    /// Where reported content begins after the event's words ("..., dass weder Frankreich noch ...", "said that
    /// Russia ..."): the countries named in it are what was said, not who met.
    /// </summary>
    private static int ReportedContentStart(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        var from = s.TokenAt(draft.AnchorEnd);
        for (var i = from; i < s.Tokens.Count; i++)
        {
            if (article.Lexicon.Complementizers.Contains(s.Tokens[i].Text))
                return s.Tokens[i].Start;
        }
        return int.MaxValue;
    }

    private static bool Near(EventDraft draft, int start, int end) =>
        draft.Anchors.Any(a => draft.Sentence.SameSegment(a.Start, start) || Clauses.Gap(draft.Sentence, a.Start, a.End, start, end) <= 15
            || SubjectOfAVerbAtTheEnd(draft, a, start, end));

    /// <summary>
    /// "Zum Auftakt will Steinmeier an diesem Mittwoch in Abuja mit dem Präsidenten der Kommission, Omar Touray,
    /// zusammentreffen": German puts the verb last, far from its subject; a name before a verb of the event, with no other
    /// event word between them, is still in its clause.
    /// </summary>
    private static bool SubjectOfAVerbAtTheEnd(EventDraft draft, (int Start, int End) anchor, int start, int end)
    {
        var s = draft.Sentence;
        return end <= anchor.Start && draft.Triggers.Any(t => t.IsVerb && t.Start == anchor.Start) && Clauses.Gap(s, start, end, anchor.Start, anchor.End) <= 30
            && !s.Triggers.Any(t => t.Start >= end && t.End <= anchor.Start);
    }

    /// <summary>A name joined by "and"/"und" right after one that is a setting or topic shares its role.</summary>
    private static bool JoinedTo(SentenceReading s, NameMention name, List<NameMention> excluded, Vocabulary.EventLexicon lexicon)
    {
        var at = s.TokenAt(name.Start);
        // "the situation in Syria and the Syrian government's use of violence": an article may stand between.
        if (at >= 1 && s.Tokens[at - 1].Text is "the" or "den" or "dem" or "der" or "die" or "das")
            at--;
        return at >= 2 && lexicon.Conjunctions.Contains(s.Tokens[at - 1].Text) && excluded.Any(e => e.End == s.Tokens[at - 2].End);
    }

    /// <summary>"Addis Abeba (Äthiopien)", "Beijing, China": a country right after a place says where that place is.</summary>
    private static bool QualifiesAPlace(SentenceReading s, NameMention name, string text)
    {
        var before = s.Names.LastOrDefault(n => n.End <= name.Start && n.Place is not null);
        if (before is null)
            return false;
        var between = text.AsSpan(before.End, name.Start - before.End).Trim();
        return between is "(" or ",";
    }

    private static void AddActor(EventDraft draft, Actor actor, Gazetteer.Gazetteer gazetteer)
    {
        // A council of others (the NATO-Russia Council) takes part through its members.
        if (actor.Members.Count > 0)
        {
            foreach (var member in actor.Members.Select(gazetteer.ActorById).OfType<Actor>())
                draft.Add(new EventParticipant(member.Kind, member.Id, member.Name));
            return;
        }
        draft.Add(new EventParticipant(actor.Kind, actor.Id, actor.Name));
    }

    /// <summary>
    /// "Both presidents discussed the crisis in Sudan", "to discuss ... the junta's use of force against protesters": a
    /// name after a verb of discussing, in its segment and not introduced by "with", is what was discussed.
    /// </summary>
    internal static bool ObjectOfATopicVerb(SentenceReading s, NameMention name, Vocabulary.EventLexicon lexicon)
    {
        if (IsPrepositioned(s, name, lexicon.TopicVerbPartners))
            return false;
        var at = s.TokenAt(name.Start);
        var segment = s.SegmentOf(name.Start);
        for (var i = at - 1; i >= 0 && s.SegmentOf(s.Tokens[i].Start) == segment; i--)
        {
            if (lexicon.TopicVerbs.Contains(s.Tokens[i].Text))
                return true;
        }
        return false;
    }

    private static bool InPerson(NameMention name, IReadOnlyList<PersonMention> people) =>
        people.Any(p => p.Start <= name.Start && name.End <= p.End);

    private static bool IsPrepositioned(SentenceReading s, NameMention name, Vocabulary.WordSet prepositions) => s.IsPrepositioned(name.Start, prepositions);

    public static string Slug(string name)
    {
        var chars = name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        var slug = new string([.. chars]);
        while (slug.Contains("--", StringComparison.Ordinal))
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-');
    }
}
