using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Decides where an event happened, in this order: a place named after "in"/"at"/"im"/"bei" (or the destination of a
/// visit) nearest to the event's words, in their comma segment first; a country so named, narrowed to the dateline's
/// city or an earlier event's city in that country; the usual seat of the body that meets; the place of the event a
/// dateless sentence goes on about, or of the same kind of meeting named in the sentences just before; and the
/// dateline's city for what happens around the publication date. A phone call has no place.
/// </summary>
public static class PlaceDecision
{
    public static void Decide(EventDraft draft, ArticleReading article, IReadOnlyList<EventDraft> earlier)
    {
        if (draft.Mode == "phone")
        {
            draft.Explain("place: none, a call has no venue");
            return;
        }
        var s = draft.Sentence;
        var named = Named(draft, article);
        if (named is { Place: { } place })
        {
            Set(draft, PlaceSource.Named, place, $"'{named.Text}' named {(draft.Anchors.Any(a => s.SameSegment(a.Start, named.Start)) ? "beside the event" : "in the sentence")}");
            return;
        }
        if (named is { Actor: { Kind: ActorKind.Country } country })
        {
            var city = draft.CarriedFrom?.Place is { } before && before.CountryCode == country.Id
                ? (before, $"{before.Name}, where the event it goes on about took place")
                : CityIn(country.Id, draft, article, earlier);
            if (city is not null)
            {
                Set(draft, PlaceSource.Named, city.Value.Place, $"'{named.Text}' named, narrowed to {city.Value.Why}");
                return;
            }
            if (CountryPlace(country, article) is { } whole)
            {
                Set(draft, PlaceSource.Named, whole, $"'{named.Text}' named, no city in it");
                return;
            }
        }
        // "will travel to Berlin, April 13 to April 15. Secretary Clinton will join ... an informal NATO Foreign Ministerial
        // meeting": a body meeting that someone named (or "she") joins on a day of a trip to a city is where the traveller
        // is, not at the body's seat; "Am 14. April tagt der Rat" names no one and stays at its seat.
        if (draft.Body is not null && (s.People.Any(p => p.Name is not null || p.Known is not null) || article.Lexicon.Pronouns.AnyIn(s.Tokens, 0, s.Tokens.Count))
            && DuringTrip(draft, earlier) is { } traveller)
        {
            Set(draft, PlaceSource.Trip, traveller.Place!, $"the city of the visit of {traveller.Date!.Text}, within whose days it falls, rather than the body's seat");
            return;
        }
        if (draft.Body is { } body && draft.Date?.RangeStart is { } start && body.Body.SeatIn(start.Month) is { } seatId && article.Gazetteer.PlaceById(seatId) is { } seat)
        {
            Set(draft, PlaceSource.Seat, seat, $"the usual seat of the {body.Body.Name}{(seatId != body.Body.SeatId ? $" in {Calendar.Day(start)[..7]}" : "")}");
            return;
        }
        if (draft.DateSource == DateSource.DateLine && ProgrammePlace(draft, article) is { } stop)
        {
            Set(draft, PlaceSource.Earlier, stop.Place!, $"'{stop.Text}', the place the programme names last above it");
            return;
        }
        if (draft.Occasion?.Place is { } shared)
        {
            Set(draft, PlaceSource.Occasion, shared, "the place of the event it is part of");
            return;
        }
        // A dateline says where the report was filed; where the text says its people were says more.
        if (draft.CarriedFrom?.PlaceSource == PlaceSource.Dateline && WhereTheyWere(draft, article) is { } present)
        {
            Set(draft, PlaceSource.Presence, present.Place!, $"'{present.Text}', where the next sentence says its people were");
            return;
        }
        if (draft.CarriedFrom?.Place is { } carried)
        {
            Set(draft, PlaceSource.Carried, carried, "the place of the event the sentence goes on about");
            return;
        }
        if (CityOfItsVenue(draft, article) is { } hall)
        {
            Set(draft, PlaceSource.Named, hall.Place!, $"'{hall.Text}', the city whose {article.Text[hall.End..].TrimStart().Split(' ')[0]} the article names elsewhere");
            return;
        }
        if (There(draft, article, earlier) is { } there)
        {
            Set(draft, PlaceSource.There, there.Place, there.Why);
            return;
        }
        if (DuringTrip(draft, earlier) is { } trip)
        {
            Set(draft, PlaceSource.Trip, trip.Place!, $"the city of the visit of {trip.Date!.Text}, within whose days it falls");
            return;
        }
        if (Recent(draft, article) is { } recent)
        {
            Set(draft, PlaceSource.Earlier, recent.Place!, $"'{recent.Text}' named for the same meeting just before");
            return;
        }
        if (HeadingTrip(draft, article) is { } headed)
        {
            Set(draft, PlaceSource.Earlier, headed.Place!, $"'{headed.Text}', where the heading above it says the trip goes");
            return;
        }
        if (SameKindBefore(draft, earlier) is { } same)
        {
            Set(draft, PlaceSource.Earlier, same.Place!, $"the place of the {same.Triggers.Select(t => t.Word).FirstOrDefault() ?? "meeting"} told in sentence {same.Sentence.Index + 1}");
            return;
        }
        if (AnnouncedWithTheSamePeople(draft, earlier) is { } announced)
        {
            Set(draft, PlaceSource.Earlier, announced.Place!, $"the place of the meeting with the same people announced in sentence {announced.Sentence.Index + 1} for {announced.Date!.Text}, which holds its day");
            return;
        }
        if (WhereTheyWere(draft, article) is { } stay)
        {
            Set(draft, PlaceSource.Presence, stay.Place!, $"'{stay.Text}', where the next sentence says its people were");
            return;
        }
        if (VisitorMeetsHost(draft, earlier) is { } visit)
        {
            Set(draft, PlaceSource.Trip, visit.Place!, $"the city of the visit of {visit.Date!.Text}, whose visitor meets someone of the country visited a day from it");
            return;
        }
        if (HostsAtHome(draft, article) is { } home)
        {
            Set(draft, PlaceSource.Host, home.Capital, $"the capital of {home.Host.Name}, whose office holder receives the guest");
            return;
        }
        if (article.Dateline is { Place: { } filed } dateline && NearPublication(draft, article))
        {
            Set(draft, PlaceSource.Dateline, filed, $"the dateline '{dateline.Text}', for what happens around the publication date");
            return;
        }
        // Meetings and signings take place at a venue; a demand or a measure does not take the article's.
        if (draft.Type is "CONSULT" or "AGREE" && WithinTheWeek(draft, article) && OnlyVenue(article, draft) is { } only)
            Set(draft, PlaceSource.OnlyVenue, only.Place!, $"'{only.Text}', the only place the article names as a venue");
    }

    /// <summary>
    /// "Am 4. Juni treffen sich dort auch die Verteidigungsminister", "they will meet there again": a word naming again the
    /// place told before, in the event's comma segment, puts the event where the latest event with a place took place.
    /// </summary>
    private static (Place Place, string Why)? There(EventDraft draft, ArticleReading article, IReadOnlyList<EventDraft> earlier)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        var segment = s.SegmentOf(draft.AnchorStart);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var n = lexicon.ThereWords.MatchAt(s.Tokens, i);
            if (n == 0 || s.SegmentOf(s.Tokens[i].Start) != segment)
                continue;
            if (i + n < s.Tokens.Count && lexicon.ExistentialFollowers.Contains(s.Tokens[i + n].Text))
                continue;
            // "The call dealt with Kenya, after the Minister's visit there": a place or a country named after a
            // preposition earlier in the same sentence, outside the event's own segment ("Russia, he said, would meet them
            // there" names no place).
            if (s.Names.LastOrDefault(m => !m.FromAdjective && m.End <= s.Tokens[i].Start && s.SegmentOf(m.Start) != segment
                && (m.Place is { GeonamesId: > 0 } || m.Actor is { Kind: ActorKind.Country })
                && WordBefore(s, m.Start, article) is { } w && (lexicon.PlacePrepositions.Contains(w) || lexicon.TopicPrepositions.Contains(w) || lexicon.DestinationPrepositions.Contains(w))) is { } named
                && (named.Place is { GeonamesId: > 0 } city ? city : CountryPlace(named.Actor!, article)) is { } here)
                return (here, $"'there': '{named.Text}', named before it in the sentence");
            // "Zuletzt stand Genf im Rampenlicht, als sich dort Putin und Biden trafen": the one city the sentence names before
            // it, in another clause, whatever its part in that clause; not when its own clause names a place before it
            // ("Während Oslo schweigt, reist sie nach Polen und trifft dort ...").
            if (!s.Names.Any(m => !m.FromAdjective && m.End <= s.Tokens[i].Start && s.SegmentOf(m.Start) == segment && (m.Place is not null || m.Actor is { Kind: ActorKind.Country }))
                && s.Names.Where(m => !m.FromAdjective && m.End <= s.Tokens[i].Start && s.SegmentOf(m.Start) != segment && m.Place is { GeonamesId: > 0 })
                    .Select(m => m.Place!).DistinctBy(p => p.Id).ToList() is [var only])
                return (only, $"'there': '{only.Name}', the one city named before it in the sentence");
            // "... und wird dann nach Moskau weiterreisen. Dort will er Lawrow treffen": the place the sentence before
            // went to, else where the last event with a place took place.
            var before = SentenceBefore(article, s);
            if (before is not null && before.Names.LastOrDefault(m => m.Place is { GeonamesId: > 0 } && !m.FromAdjective
                && WordBefore(before, m.Start, article) is { } w && (lexicon.PlacePrepositions.Contains(w) || lexicon.DestinationPrepositions.Contains(w))) is { } last)
                return (last.Place!, $"'there': '{last.Text}', named in the sentence before");
            // "Im Handelszentrum Singapur wird er einen Vortrag halten. Am nächsten Tag wird er dort ...": the one place the
            // sentence before names, a city or a country named alone.
            if (before is { } previous)
            {
                // A city, or a country that is its own city ("Singapur").
                var places = previous.Names.Where(m => !m.FromAdjective)
                    .Select(m => (Name: m, Place: m.Place is { GeonamesId: > 0 } city ? city : m.Actor is { Kind: ActorKind.Country } c ? CountryPlace(c, article) : null))
                    .Where(x => x.Place is not null).ToList();
                if (places.Select(x => x.Place!.Id).Distinct().Count() == 1)
                    return (places[0].Place!, $"'there': '{places[0].Name.Text}', the one place the sentence before names");
            }
            return earlier.LastOrDefault(d => d.Place is not null && d.Sentence.Index < s.Index) is { } told
                ? (told.Place!, $"'there': the place of the event told in sentence {told.Sentence.Index + 1}")
                : null;
        }
        return null;
    }

    /// <summary>
    /// "Bush met with Mbeki, Pastrana and De La Rua. The leaders were in New York for the session of the General Assembly":
    /// the sentence right after a meeting, telling of no other event before the place, that says where people were, says
    /// where it was.
    /// </summary>
    private static NameMention? WhereTheyWere(EventDraft draft, ArticleReading article)
    {
        if (draft.Type != "CONSULT" || SentenceAfter(article, draft.Sentence) is not { } next)
            return null;
        var lexicon = article.Lexicon;
        if (next.IsHeading || next.Dates.Any(d => d.Granularity >= Granularity.Day && d.Value != draft.Date?.Value))
            return null;
        for (var i = 0; i + 2 < next.Tokens.Count && i < 8; i++)
        {
            if (!lexicon.PresenceVerbs.Contains(next.Tokens[i].Text))
                continue;
            // "were in New York", "waren in New York": right after the verb; "Tensions were high in Taipei" says nothing of
            // where people were.
            for (var k = i + 1; k < Math.Min(next.Tokens.Count - 1, i + 2); k++)
            {
                if (!lexicon.LocationPrepositions.Contains(next.Tokens[k].Text))
                    continue;
                // "who were in Italy's Bari", "waren im italienischen Bari": the city after its country's name or adjective.
                var first = next.Names.FirstOrDefault(n => n.Start == next.Tokens[k + 1].Start);
                if (first is { Actor.Kind: ActorKind.Country } && (first.FromAdjective || first.Place is null))
                    first = next.Names.FirstOrDefault(n => n.Start > first.Start && next.TokenAt(n.Start) - next.TokenAt(first.End) <= 2);
                var name = first is { Place.GeonamesId: > 0, FromAdjective: false } ? first : null;
                // "were in New York for the session of the General Assembly": an occasion after the place says why they were there.
                if (name is not null && !next.Triggers.Any(t => t.Start < name.Start) && !next.Bodies.Any(b => b.Start < name.Start))
                    return name;
            }
        }
        return null;
    }

    /// <summary>
    /// "The Secretary then traveled to Brasilia, Brazil April 16-17. On April 16, she led the delegation to the Dialogue":
    /// an event dated to a day within a visit to a city, naming no place of its own, is in that city. The latest such
    /// visit counts.
    /// </summary>
    private static EventDraft? DuringTrip(EventDraft draft, IReadOnlyList<EventDraft> earlier)
    {
        if (draft.Mode == "visit" || draft.Date is not { Granularity: Granularity.Day or Granularity.Time } day)
            return null;
        var visits = earlier.Where(d => d.Mode == "visit" && d.Place is { GeonamesId: > 0 } && d.Date is { Granularity: Granularity.Day }).ToList();
        var holding = visits.LastOrDefault(d => d.Date!.Value == day.Value || Span(d).Holds(day));
        if (holding is null)
            return null;
        // "reist am 20. und 21. Februar nach Paris und nach Rom ... Am Nachmittag reist sie weiter nach Rom ... Am 21. Februar
        // ...": a stop the trip went on to after the first, within its days and before this one, is where the traveller is.
        return visits.Where(d => d.Date!.RangeStart is { } start && start <= day.RangeStart && Span(holding).Holds(d.Date!))
            .OrderBy(d => d.Date!.RangeStart).ThenBy(d => d.Sentence.Index).LastOrDefault() ?? holding;
    }

    /// <summary>The days of an event: from its date to the end of its range ("April 16-17"), when it has one.</summary>
    private static Timex Span(EventDraft d) =>
        d.EndDate?.RangeEnd is { } end && d.Date!.RangeStart is { } start && end > start ? d.Date with { RangeEnd = end } : d.Date!;

    /// <summary>
    /// The one city the article's text names as a venue (after "in", or as where guests go), if it names exactly one, and
    /// names it once at least in a sentence that does not put it after the event: "the upcoming G-20 summit in London ...,
    /// G-8 summit in July" is no venue for a call of the day the readout is dated.
    /// </summary>
    private static NameMention? OnlyVenue(ArticleReading article, EventDraft draft)
    {
        var venues = article.Sentences.Where(s => !s.IsHeading)
            .SelectMany(s => s.Names.Where(n => n.Place is { GeonamesId: > 0 } && !n.FromAdjective && !Possessor(s, n, article.Lexicon) && !Clauses.PostedAt(s, n.Start, article.Lexicon)
                && !Setting(s, n, article.Lexicon) && !Clauses.InTopicOf(s, s.Triggers, n.Start, article.Lexicon.TopicOpenersHoldingDates) && WordBefore(s, n.Start, article) is { } w
                && (article.Lexicon.LocationPrepositions.Contains(w) || (article.Lexicon.DestinationPrepositions.Contains(w) && Hosting(s))))
                .Select(n => (Sentence: s, Name: n)))
            .ToList();
        if (venues.Select(v => v.Name.Place!.Id).Distinct().Count() != 1)
            return null;
        // "talked on Monday, ahead of the summit they will both attend in Rome next month": the date nearest the
        // venue is the one it is named for.
        return venues.FirstOrDefault(v => v.Sentence.Dates.MinBy(d => Math.Abs(d.Start - v.Name.Start)) is not { } nearest || !After(nearest, draft.Date!)).Name;
    }

    private static bool After(Timex later, Timex date) => later.RangeStart is { } start && date.RangeEnd is { } end && start > end;

    /// <summary>"welcomed tens of ministers to Brussels", "reiste nach Wien": where guests or travellers go is where they meet.</summary>
    private static bool Hosting(SentenceReading s) => s.Triggers.Any(t => t.Mode == "visit" || t.Frame.HasFlag(Vocabulary.Frame.Actor));

    /// <summary>The article sentence read right before this one, if any.</summary>
    private static SentenceReading? SentenceBefore(ArticleReading article, SentenceReading s) => Neighbour(article, s, -1);

    /// <summary>The article sentence read right after this one, if any.</summary>
    private static SentenceReading? SentenceAfter(ArticleReading article, SentenceReading s) => Neighbour(article, s, 1);

    private static SentenceReading? Neighbour(ArticleReading article, SentenceReading s, int step)
    {
        var sentences = article.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Index == s.Index)
                return i + step >= 0 && i + step < sentences.Count ? sentences[i + step] : null;
        }
        return null;
    }

    private static void Set(EventDraft draft, PlaceSource source, Place place, string why)
    {
        draft.Place = place;
        draft.PlaceSource = source;
        draft.Explain($"place: {place.Name} ({place.CountryCode}{(place.GeonamesId > 0 ? $", GeoNames {place.GeonamesId}" : "")}): {why}");
    }

    /// <summary>
    /// "Nach einem Gespräch mit dem Regierungschef fliegt der Präsident nach Berlin zurück", "then flew back to Berlin": a
    /// destination with a word of going home right around it is where the traveller returns.
    /// </summary>
    private static bool ReturnHome(SentenceReading s, NameMention name, EventLexicon lexicon)
    {
        var next = s.TokenAt(name.End - 1) + 1;
        var preposition = s.TokenAt(name.Start) - 1;
        return (next < s.Tokens.Count && lexicon.ReturnWords.Contains(s.Tokens[next].Text))
            || (preposition >= 1 && lexicon.DestinationPrepositions.Contains(s.Tokens[preposition].Text) && lexicon.ReturnWords.Contains(s.Tokens[preposition - 1].Text));
    }

    /// <summary>
    /// "Die Ministerin hatte am Dienstag Prag besucht": a place right before a visit's verb at the end of its clause is the verb's
    /// object, where German puts it.
    /// </summary>
    private static bool ObjectBeforeItsVisit(EventDraft draft, SentenceReading s, NameMention name) =>
        name.Place is { GeonamesId: > 0 } && s.TokenAt(name.End) is var next && next < s.Tokens.Count
        && draft.Triggers.Any(t => t.Mode == "visit" && t.IsVerb && t.Start == s.Tokens[next].Start);

    /// <summary>
    /// "Der Ratspräsident stattete Prag am Donnerstag einen kurzen Besuch ab": the place between a verb of paying and the visit paid
    /// is where the visit goes.
    /// </summary>
    private static bool PaidAVisit(EventDraft draft, SentenceReading s, NameMention name, Vocabulary.EventLexicon lexicon)
    {
        if (lexicon.VisitPayingVerbs.All.Count == 0 || name.Place is null)
            return false;
        foreach (var visit in draft.Triggers.Where(t => t.Mode == "visit" && !t.IsVerb && t.Start > name.End && s.SameSegment(t.Start, name.Start)))
        {
            for (var i = s.TokenAt(name.Start) - 1; i >= 0 && i >= s.TokenAt(name.Start) - 4 && s.SameSegment(s.Tokens[i].Start, name.Start); i--)
            {
                if (lexicon.VisitPayingVerbs.Contains(s.Tokens[i].Text) && s.TokenAt(visit.Start) - s.TokenAt(name.End) <= 6)
                    return true;
            }
        }
        return false;
    }

    /// <summary>The place or country named as the venue: after a place preposition, or bare after a visit's verb.</summary>
    private static NameMention? Named(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        if (RelativeOfPlace(draft, article) is { } antecedent)
            return antecedent;
        var visitEnd = draft.Triggers.Where(t => t.Mode == "visit" && t.IsVerb).Select(t => t.End).DefaultIfEmpty(-1).Min();
        // A visit goes to its place; so does a guest who is welcomed, received or hosted ("welcomed Macron to Berlin").
        var visiting = draft.Mode == "visit" || draft.Triggers.Any(t => t.Mode == "visit" || t.Frame.HasFlag(Vocabulary.Frame.Actor));
        var candidates = new List<(NameMention Name, int Cost)>();
        var distant = new List<NameMention>();
        // Words this event shares with another of its sentence ("met X in Paris on Monday and Y in Rome on Tuesday") do
        // not say which place is whose: the dates do.
        var shared = draft.Siblings.SelectMany(o => o.Triggers).ToHashSet();
        var anchors = draft.Anchors.Where(a => !draft.Triggers.Any(t => t.Start == a.Start && shared.Contains(t))).ToList();
        // The event's date, and every other mention of that date in the sentence ("2. Mai 2005 ... am 2. Mai in Luxemburg").
        if (draft.DateSource == DateSource.Sentence && draft.Date is { } date)
            anchors.AddRange(s.Dates.Where(d => d.Value == date.Value && d.End > d.Start).Select(d => (d.Start, d.End)));
        if (anchors.Count == 0)
            anchors = draft.Anchors.ToList();
        foreach (var name in s.Names.Concat(CityAdjectives(s, article)))
        {
            // "reining in Tehran's nuclear program": a city that owns something stands for its government, unless what it owns
            // is a named building there ("at Geneva's Palais des Nations", "in Berlin's Chancellery").
            if (Possessor(s, name, lexicon))
                continue;
            // "im Normandie-Format", "Iran-Gespräche": the first part of a compound qualifies a word, it names no venue, unless
            // it is a city that begins the event's own word ("beim Paris-Besuch", "die Moskau-Reise").
            var inEventWord = name.FromAdjective && name.Place is { GeonamesId: > 0 } && draft.Triggers.Any(t => t.Start <= name.Start && name.End < t.End);
            // "in der US-Hauptstadt", "in the Russian capital": the capital of the country named.
            if (name.Actor is { Kind: ActorKind.Country, CapitalPlaceId: { } capitalId } nation && CapitalNamed(s, name, lexicon)
                && article.Gazetteer.PlaceById(capitalId) is { } capital)
            {
                var gap = anchors.Min(a => Clauses.Gap(s, a.Start, a.End, name.Start, name.End) + (s.SameSegment(a.Start, name.Start) ? 0 : 6));
                if (gap <= 14)
                    candidates.Add((name with { Place = capital, Actor = null, FromAdjective = false }, gap));
                continue;
            }
            if (name.FromAdjective && !inEventWord)
                continue;
            var isPlace = name.Place is not null;
            var isCountry = name.Actor?.Kind == ActorKind.Country && !name.FromAdjective;
            if (!isPlace && !isCountry)
                continue;
            if (InPersonTitle(name, s) || Clauses.PostedAt(s, name.Start, lexicon) || WhereSaid(s, name, lexicon) || NearAnother(s, name, lexicon)
                || Setting(s, name, lexicon) || OfAnEventBefore(draft, name, lexicon))
                continue;
            // "sprachen über die geplante Eröffnung eines Büros in Boston": where a language names the venue of talks before
            // their topic ([topic-openers-holding-dates]), a place inside the topic is the topic's.
            if (Clauses.InTopicOf(s, draft.Triggers, name.Start, lexicon.TopicOpenersHoldingDates) || ReturnHome(s, name, lexicon))
                continue;
            // "discussed the conflict in the Ukraine": a country named after a verb of discussing is the topic, not the venue.
            if (isCountry && !isPlace && ParticipantDecision.ObjectOfATopicVerb(s, name, lexicon))
                continue;
            var preposition = WordBefore(s, name.Start, article);
            // "to Islamabad on 25 March and Kabul on 26 March": a place joined by "and" to one after a preposition shares it.
            if (preposition is not null && lexicon.Conjunctions.Contains(preposition)
                && s.Names.LastOrDefault(n => n.End <= name.Start && n.Place is { GeonamesId: > 0 } && s.TokenAt(name.Start) - s.TokenAt(n.Start) <= 8
                    && s.SameSegment(n.Start, name.Start)) is { } joined
                && WordBefore(s, joined.Start, article) is { } joinedBy && (lexicon.PlacePrepositions.Contains(joinedBy) || lexicon.DestinationPrepositions.Contains(joinedBy)))
                preposition = joinedBy;
            // "to"/"nach" name where a visit goes; for other events they name something else ("the response to Hurricane Irma").
            var destinationWord = preposition is not null && lexicon.DestinationPrepositions.Contains(preposition) && !lexicon.LocationPrepositions.Contains(preposition);
            var byPreposition = preposition is not null && (destinationWord ? visiting || MotionIn(s, name.Start, lexicon)
                : isPlace ? lexicon.PlacePrepositions.Contains(preposition) : lexicon.LocationPrepositions.Contains(preposition));
            // "The envoy left Doha on Friday, after talks with ...": the city someone leaves after talks held them; "left
            // Washington for talks" did not.
            byPreposition |= isPlace && preposition is not null && lexicon.DepartureVerbs.Contains(preposition)
                && s.Tokens.Any(t => t.Start >= name.End && t.End <= draft.AnchorStart && (lexicon.SequencePrepositions.Contains(t.Text) || lexicon.SequenceOpeners.Contains(t.Text)));
            // "visited Moscow"; "besucht Außenministerin Kneissl am Montag erneut Moskau": the city a visit verb takes as its
            // object, right after it or up to eight words later in its comma segment (German puts the object late).
            var objectGap = visitEnd >= 0 && name.Start >= visitEnd ? Clauses.Gap(s, visitEnd, visitEnd, name.Start, name.End) : int.MaxValue;
            var destination = objectGap <= 3 || (objectGap <= 8 && name.Place is { GeonamesId: > 0 } && s.SameSegment(visitEnd - 1, name.Start))
                || ObjectBeforeItsVisit(draft, s, name) || PaidAVisit(draft, s, name, lexicon);
            if (!byPreposition && !destination && !inEventWord)
                continue;
            // "die Reise von Ministerpräsidentin Maria Huber in das Großherzogtum Luxemburg": the traveller named between a
            // visit and its destination counts as one word.
            var cost = anchors.Min(a => (preposition is not null && lexicon.DestinationPrepositions.Contains(preposition) && draft.Triggers.Any(t => t.Start == a.Start && t.Mode == "visit") ? Clauses.GapOverPeople(s, a.Start, a.End, name.Start, name.End) : Clauses.Gap(s, a.Start, a.End, name.Start, name.End))
                + (s.SameSegment(a.Start, name.Start) ? 0 : 6)
                + (Across(s, a, name, lexicon) ? 3 : 0) + (name.Start < a.Start ? 1 : 0));
            // A place nearer to another event's words or date belongs to that event: "reist nach Kiew und trifft in Moskau Putin".
            // Distances count a comma segment's border and a conjunction as for the event's own words ("meet Abbas in Ramallah,
            // and then travel", "to Islamabad on 25 March and Kabul on 26 March").
            // Events of the same day and sentence (a meeting at an occasion) share their places.
            var sameDay = draft.Siblings.Where(o => o.Date?.Value == draft.Date?.Value).SelectMany(o => o.Triggers).ToHashSet();
            // Only words that report an event of their own count: "meet with Kerry in Vienna to discuss Syria" has one.
            var others = draft.Siblings.SelectMany(o => o.Triggers).Where(t => !draft.Triggers.Contains(t) && !sameDay.Contains(t)).Select(t => (t.Start, t.End))
                .Concat(draft.Siblings.Where(o => o.DateSource == DateSource.Sentence && o.Date is { } d && d.End > d.Start && d.Value != draft.Date?.Value).Select(o => (o.Date!.Start, o.Date.End)))
                // "Nach den Gesprächen am Dienstagnachmittag besuchen sie am Mittwoch die Hochschule in Zürich": another day the
                // sentence names, even for what is no event of its own, has the places nearer to it.
                .Concat(draft.DateSource == DateSource.Sentence && draft.Date is { } own
                    ? s.Dates.Where(d => d.End > d.Start && d.Granularity >= Granularity.Day && !d.Holds(own) && !own.Holds(d)).Select(d => (d.Start, d.End))
                    : [])
                .Select(a => Clauses.Gap(s, a.Start, a.End, name.Start, name.End) + (s.SameSegment(a.Start, name.Start) ? 0 : 6) + (Across(s, a, name, lexicon) ? 3 : 0))
                .DefaultIfEmpty(int.MaxValue).Min();
            if (others < cost)
                cost += 15;
            // A country far from the event's words is its setting or topic, not its venue ("the deadlock in Libya").
            if (cost > (isPlace ? 14 : 8))
            {
                // A city further away may still be the venue: at the end of a long list of who meets, where the sentence
                // tells of no other event and names no other city as a place ("trifft sich ... mit X (Estland), Y (Lettland)
                // und Z (Litauen) in Riga").
                if (isPlace && name.Place!.GeonamesId > 0 && byPreposition && s.Triggers.All(t => draft.Triggers.Contains(t)))
                    distant.Add(name);
                continue;
            }
            // A city beats its country in the same sentence: "in Addis Abeba (Äthiopien)".
            candidates.Add((name, cost + (isPlace ? 0 : 3)));
        }
        if (candidates.Count == 0 && distant.Select(n => n.Place!.Id).Distinct().Count() == 1)
            return distant[0];
        var best = candidates.OrderBy(c => c.Cost).FirstOrDefault();
        // "in Germany's western city of Bonn": a city of the named country close by says where in it.
        if (best.Name?.Actor is { Kind: ActorKind.Country } named)
        {
            var city = candidates.Where(c => c.Name.Place?.CountryCode == named.Id && c.Cost <= best.Cost + 6).OrderBy(c => c.Cost).FirstOrDefault();
            if (city.Name is not null)
                return city.Name;
        }
        return best.Name;
    }

    /// <summary>
    /// "nach einer Station in Kroatien auch die Reise nach Malta", "after talks in Paris, he flew to Rome": a place
    /// right after another event's word that the sentence puts before or after this event is that event's.
    /// </summary>
    private static bool OfAnEventBefore(EventDraft draft, NameMention name, EventLexicon lexicon)
    {
        var s = draft.Sentence;
        return s.Triggers.Any(t => t.End <= name.Start && !draft.Triggers.Contains(t) && s.TokenAt(name.Start) - s.TokenAt(t.End) <= 2
            && Clauses.Introduced(s, new Mention([t], null, t.Type), lexicon.SequencePrepositions));
    }

    /// <summary>
    /// "talked at length about the situation in Westminster", "über die Lage in Syrien": a place after a noun of a
    /// state of affairs is where that is, not where the event is.
    /// </summary>
    private static bool Setting(SentenceReading s, NameMention name, EventLexicon lexicon)
    {
        var i = SkipArticles(s, s.TokenAt(name.Start) - 1);
        return i >= 1 && lexicon.LocationPrepositions.Contains(s.Tokens[i].Text) && lexicon.SettingNouns.Contains(s.Tokens[i - 1].Text);
    }

    /// <summary>
    /// "in der Grazer Burg", "im Wiener Rathaus": a city's adjective before a building ([venue-nouns]; not "im Minsker
    /// Abkommen"), after a word of location, names the city as the venue. Only cities of 100,000 people or more, capitals
    /// and the seats of a state's regions ("im Klagenfurter Rathaus") whose adjective is the name and the ending ("Grazer";
    /// "Münchner" is not read).
    /// </summary>
    private static IEnumerable<NameMention> CityAdjectives(SentenceReading s, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        if (lexicon.CityAdjectiveEndings.All.Count == 0)
            yield break;
        for (var i = 1; i + 1 < s.Tokens.Count; i++)
        {
            var word = s.Tokens[i].Text;
            if (!char.IsUpper(word[0]) || !char.IsUpper(s.Tokens[i + 1].Text[0]) || s.Names.Any(n => n.Start <= s.Tokens[i].Start && s.Tokens[i].End <= n.End))
                continue;
            foreach (var ending in lexicon.CityAdjectiveEndings.All)
            {
                if (word.Length <= ending.Length + 2 || !word.EndsWith(ending, StringComparison.Ordinal))
                    continue;
                var building = s.Tokens[i + 1].Text;
                if (!lexicon.VenueNouns.All.Any(v => building.EndsWith(v, StringComparison.Ordinal) || building.EndsWith(v.ToLowerInvariant(), StringComparison.Ordinal)))
                    continue;
                var city = article.Gazetteer.PlacesNamed(word[..^ending.Length])
                    .FirstOrDefault(p => p.GeonamesId > 0 && (p.Population >= 100_000 || p.Kind == PlaceKind.Capital || p.FeatureCode == "PPLA"));
                if (city is not null && WordBefore(s, s.Tokens[i].Start, article) is { } before && lexicon.LocationPrepositions.Contains(before))
                    yield return new NameMention(s.Tokens[i].Start, s.Tokens[i].End, word, city, null);
            }
        }
    }

    /// <summary>
    /// "zu Besuch im Rathaus … Zu Besuch im Stuttgarter Rathaus": a venue the event's sentence names without its city
    /// ("im Rathaus", "im Landhaus") is that of the one city whose building of that name the article names, in a caption too.
    /// </summary>
    private static NameMention? CityOfItsVenue(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        var venues = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < s.Tokens.Count; i++)
        {
            if (lexicon.LocationPrepositions.Contains(s.Tokens[i].Text) && lexicon.VenueNouns.Contains(s.Tokens[i + 1].Text))
                venues.Add(s.Tokens[i + 1].Text);
        }
        if (venues.Count == 0)
            return null;
        var cities = article.Sentences.Concat(article.Captions).SelectMany(other => CityAdjectives(other, article)
                .Where(n => other.TokenAt(n.End) is var k && k < other.Tokens.Count && venues.Contains(other.Tokens[k].Text)))
            .ToList();
        return cities.DistinctBy(n => n.Place!.Id).Count() == 1 ? cities[0] : null;
    }

    /// <summary>
    /// "Bundesrat Cassis reist nach Madrid / 01.06.2023 — Medienmitteilung / Der Vorsteher des EDA wird am 5. Juni den
    /// spanischen Minister treffen": a meeting right under a heading (a title, or an item's title on a page of several)
    /// that tells of a trip to one city takes place there. Only a date line may stand between them.
    /// </summary>
    private static NameMention? HeadingTrip(EventDraft draft, ArticleReading article)
    {
        if (draft.Type != "CONSULT" || draft.Mode == "phone")
            return null;
        // The document's sentences, not only the article's: on a page of several reports an item's title is a link.
        var document = article.Document;
        var text = article.Text;
        var index = draft.Sentence.Index;
        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            var x = document.Sentences[k];
            // A date line ("01.06.2023 — Medienmitteilung EDA") may stand between.
            if (article.DateLineOf(k) is not null)
                continue;
            var tokens = Tokenizer.Tokens(text, x.Start, x.End);
            // A heading: a line without a full stop ("Bundesrat Ignazio Cassis reist ... nach Madrid").
            if (x.End - x.Start > 160 || ".!?:;\"“”»«".Contains(text[x.End - 1]) || !article.Lexicon.Find(tokens).Any(t => t.Mode == "visit"))
                return null;
            var cities = article.Gazetteer.Find(text, x.Start, x.End, article.DocumentDate?.Value)
                .Where(n => n.Place is { GeonamesId: > 0 } && !n.FromAdjective && tokens.LastOrDefault(t => t.End <= n.Start) is { } before
                    && article.Lexicon.DestinationPrepositions.Contains(before.Text)).ToList();
            return cities.Select(c => c.Place!.Id).Distinct().Count() == 1 ? cities[0] : null;
        }
        return null;
    }

    /// <summary>
    /// "Montag, 20. Juni 2016 / - Flug nach Bukarest / - Bukarest, Präsidentenpalast / Gespräch mit dem Ministerpräsidenten":
    /// in the lines under a date line, an event takes place in the city named last above it.
    /// </summary>
    private static NameMention? ProgrammePlace(EventDraft draft, ArticleReading article)
    {
        // The lines between the date line and the event, and the date line itself.
        var line = draft.Date!.Start;
        var sentences = article.Sentences;
        for (var k = sentences.Count - 1; k >= 0; k--)
        {
            var x = sentences[k];
            if (x.Index >= draft.Sentence.Index)
                continue;
            if (x.End <= line)
                return null;
            if (x.Names.LastOrDefault(n => n.Place is { GeonamesId: > 0 } && !n.FromAdjective && !Possessor(x, n, article.Lexicon)) is { } city)
                return city;
        }
        return null;
    }

    /// <summary>
    /// "travels to Paris, where she will meet Le Drian", "nach Paris reisen, wo sie ... treffen wird": an event word in a
    /// clause that a place relative opens right after a comma takes place where the city just before that comma is.
    /// </summary>
    private static NameMention? RelativeOfPlace(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        foreach (var trigger in draft.Triggers)
        {
            // Back from the event word to the comma that opens its clause; brackets on the way ("(09.12.)") do not end it.
            for (var i = s.TokenAt(trigger.Start); i >= 0 && i < s.Tokens.Count; i--)
            {
                var token = s.Tokens[i];
                if (!Clauses.AfterComma(article.Text, token.Start))
                    continue;
                if (!article.Lexicon.PlaceRelatives.Contains(token.Text))
                    break;
                var comma = article.Text.LastIndexOf(',', token.Start);
                // "returned to Berlin, where he said the talks in Geneva had gone well": a place of the clause's own wins.
                if (s.Names.Any(n => n.Start > comma && (n.Place is not null || n.Actor?.Kind == ActorKind.Country) && !n.FromAdjective))
                    return null;
                // Up to three words may stand between the city and the comma: a date or the verb ("to Paris on Monday, where",
                // "nach Paris reisen, wo").
                if (s.Names.LastOrDefault(n => n.End <= comma) is { Place: { GeonamesId: > 0 } } city
                    && i - s.TokenAt(city.End) <= 3 && !Possessor(s, city, article.Lexicon))
                    return city;
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// "in der US-Hauptstadt", "in the Russian capital", after a place preposition and with no name of the city after it:
    /// a country's capital named by its noun.
    /// </summary>
    internal static bool CapitalNamed(SentenceReading s, NameMention name, Vocabulary.EventLexicon lexicon)
    {
        var at = s.TokenAt(name.Start);
        var token = s.Tokens[at];
        var next = at + 1;
        var compound = token.End > name.End && lexicon.CapitalNouns.Contains(token.Text[(name.End - token.Start)..].TrimStart('-'));
        var before = compound || (next < s.Tokens.Count && lexicon.CapitalNouns.Contains(s.Tokens[next].Text));
        if (!before)
            return false;
        var after = compound ? next : next + 1;
        if (after < s.Tokens.Count && s.Names.Any(n => n.Place is not null && n.Start == s.Tokens[after].Start))
            return false;
        var i = SkipArticles(s, at - 1);
        return i >= 0 && (lexicon.PlacePrepositions.Contains(s.Tokens[i].Text) || lexicon.DestinationPrepositions.Contains(s.Tokens[i].Text));
    }

    /// <summary>"zu einer Konferenz nach Berlin kommen", "come to Rome for the summit": a verb of going in the name's segment.</summary>
    private static bool MotionIn(SentenceReading s, int offset, Vocabulary.EventLexicon lexicon) =>
        s.Tokens.Any(t => lexicon.MotionVerbs.Contains(t.Text) && s.SameSegment(t.Start, offset));

    /// <summary>Whether a conjunction stands between an anchor and a name.</summary>
    private static bool Across(SentenceReading s, (int Start, int End) anchor, NameMention name, Vocabulary.EventLexicon lexicon)
    {
        var (from, to) = anchor.End <= name.Start ? (anchor.End, name.Start) : (name.End, anchor.Start);
        return s.Tokens.Any(t => t.Start >= from && t.End <= to && lexicon.Conjunctions.Contains(t.Text));
    }

    /// <summary>
    /// "..., wie ein Sprecher des Außenministeriums in Berlin mitteilte", "a spokesman in Washington said": a place in a comma
    /// segment that holds a verb of saying and no event word is where the saying was, not the venue. So is a place between a
    /// spokesperson and the verb of saying, with the event words all after it ("a spokeswoman in Moscow said the meeting
    /// ..."); not one after other speakers ("diplomats in Vienna said the talks would resume"), who may be at the venue, nor
    /// one that opens its segment ("Am Freitag in Genf sagte Blinken nach den Gesprächen").
    /// </summary>
    private static bool WhereSaid(SentenceReading s, NameMention name, Vocabulary.EventLexicon lexicon)
    {
        var segment = s.SegmentOf(name.Start);
        if (segment < 0)
            return false;
        var next = s.TokenAt(name.End - 1) + 1;
        var preposition = s.TokenAt(name.Start) - 1;
        if (next < s.Tokens.Count && lexicon.SpeechVerbs.Contains(s.Tokens[next].Text)
            && preposition >= 1 && lexicon.LocationPrepositions.Contains(s.Tokens[preposition].Text)
            && lexicon.Spokespeople.Contains(s.Tokens[preposition - 1].Text)
            && !s.Triggers.Any(t => s.SegmentOf(t.Start) == segment && t.Start < name.Start))
            return true;
        // "said he was glad to host the G7 leaders in Charlevoix soon": a body's meeting is an event word too.
        if (s.Triggers.Any(t => s.SegmentOf(t.Start) == segment) || s.Bodies.Any(b => s.SegmentOf(b.Start) == segment))
            return false;
        return s.Tokens.Any(t => s.SegmentOf(t.Start) == segment && lexicon.SpeechVerbs.Contains(t.Text));
    }

    /// <summary>
    /// "the Mayor of Vienna", "Botschafter in Wien", "a visit by US Secretary of State Pompeo": a place or country that is
    /// part of someone's office, or a country right before a person (their nationality), is not a venue; a city right
    /// before one still is ("trifft in Moskau Präsident Putin").
    /// </summary>
    private static bool InPersonTitle(NameMention name, SentenceReading s) =>
        s.People.Any(p => (p.Start <= name.Start && name.End <= p.End)
            || (name.Place is null && p.Start >= name.End && Clauses.Gap(s, name.Start, name.End, p.Start, p.End) <= 1));

    /// <summary>
    /// The word before an offset, skipping articles ("in the White House", "in den Iran") and a noun of places with its
    /// words ("in der ukrainischen Hauptstadt Kiew", "in Germany's western city of Bonn").
    /// </summary>
    private static string? WordBefore(SentenceReading s, int offset, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        var i = SkipArticles(s, s.TokenAt(offset) - 1);
        // "in central Beijing", "in Germany's Hamburg", "im bayerischen Elmau": a word of direction, a country's possessive or an
        // adjective of a country or region describes the place.
        while (i >= 0 && (lexicon.PlaceModifiers.Contains(s.Tokens[i].Text) || CountryPossessive(s, s.Tokens[i], lexicon) || article.Gazetteer.IsPlaceAdjective(s.Tokens[i].Text)))
            i = SkipArticles(s, i - 1);
        var noun = i >= 1 && s.Tokens[i].Text is "of" && lexicon.PlaceNouns.Contains(s.Tokens[i - 1].Text) ? i - 1
            : i >= 0 && lexicon.PlaceNouns.Contains(s.Tokens[i].Text) ? i : -1;
        if (noun >= 0)
        {
            // Up to five words describe the place before its noun ("the Swiss city", "the Russian Black Sea resort city").
            for (var k = noun - 1; k >= Math.Max(0, noun - 6); k--)
            {
                if (lexicon.PlacePrepositions.Contains(s.Tokens[k].Text) || lexicon.DestinationPrepositions.Contains(s.Tokens[k].Text))
                    return s.Tokens[k].Text;
            }
        }
        return i >= 0 ? s.Tokens[i].Text : null;
    }


    /// <summary>Whether a name ends in a possessive "'s" before a word in lower case ("Tehran's nuclear program", not "Geneva's Palais").</summary>
    private static bool Possessor(SentenceReading s, NameMention name, Vocabulary.EventLexicon lexicon)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var token = s.Tokens[i];
            if (token.Start < name.End && name.End <= token.End)
                return lexicon.IsPossessive(token.Text) && i + 1 < s.Tokens.Count && char.IsLower(s.Tokens[i + 1].Text[0]);
        }
        return false;
    }

    private static bool CountryPossessive(SentenceReading s, Vocabulary.Token token, Vocabulary.EventLexicon lexicon) =>
        lexicon.IsPossessive(token.Text) && s.Names.Any(n => n.Actor?.Kind == ActorKind.Country && n.Start == token.Start);

    private static int SkipArticles(SentenceReading s, int i)
    {
        while (i >= 0 && s.Tokens[i].Text is "the" or "The" or "den" or "dem" or "der" or "die" or "das")
            i--;
        return i;
    }

    /// <summary>A city in a named country that the article has already placed something in: its dateline, or an earlier event.</summary>
    private static (Place Place, string Why)? CityIn(string country, EventDraft draft, ArticleReading article, IReadOnlyList<EventDraft> earlier)
    {
        if (article.Dateline?.Place is { } filed && filed.CountryCode == country)
            return (filed, $"the dateline's {filed.Name}");
        var before = earlier.LastOrDefault(d => d.Place is { } p && p.CountryCode == country && p.GeonamesId > 0);
        if (before is not null)
            return (before.Place!, $"{before.Place!.Name}, where the article's earlier event took place");
        // "Xi's state visit to Brazil ... Xi's visit to Brasília follows ...": the one city of that country the article
        // names as where someone is or goes.
        // A visit goes where the article says someone goes ("visit to Brasília") rather than where something else was held.
        var lexicon = article.Lexicon;
        var named = article.Sentences.Where(s => !s.IsHeading)
            .SelectMany(s => s.Names.Where(n => n.Place is { GeonamesId: > 0 } p && p.CountryCode == country && !n.FromAdjective
                && !Clauses.PostedAt(s, n.Start, lexicon)).Select(n => (n.Place!, Word: WordBefore(s, n.Start, article))))
            .ToList();
        var goneTo = named.Where(n => n.Word is { } w && lexicon.DestinationPrepositions.Contains(w)).Select(n => n.Item1).DistinctBy(p => p.Id).ToList();
        var cities = draft.Mode == "visit" && goneTo.Count == 1 ? goneTo
            : named.Where(n => n.Word is { } w && (lexicon.DestinationPrepositions.Contains(w) || lexicon.LocationPrepositions.Contains(w))).Select(n => n.Item1).DistinctBy(p => p.Id).ToList();
        return cities.Count == 1 ? (cities[0], $"{cities[0].Name}, the one city of that country the article names as a venue") : null;
    }

    /// <summary>
    /// A country as the place of an event whose city the text does not name, located at its capital; a country named like
    /// its capital ("in Luxemburg", "in Singapore") is that city.
    /// </summary>
    public static Place? CountryPlace(Actor country, ArticleReading article)
    {
        var capital = country.CapitalPlaceId is { } id ? article.Gazetteer.PlaceById(id) : null;
        if (capital is not null && (capital.Name == country.Name || (capital.GermanName is { } german && german == country.GermanName)))
            return capital;
        return capital is null ? null
            : new Place(country.Id.ToLowerInvariant(), country.Name, country.Id, 0, capital.Latitude, capital.Longitude, country.Names) { GermanName = country.GermanName };
    }

    /// <summary>A place named for the same kind of meeting in the two sentences before ("will meet annually in Pretoria ... The next forum is ...").</summary>
    private static NameMention? Recent(EventDraft draft, ArticleReading article)
    {
        var words = draft.Triggers.Select(t => Head(t.Word)).Concat(draft.Body is { } b ? [b.Body.Id] : []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var index = article.Sentences.ToList().FindIndex(x => x.Index == draft.Sentence.Index);
        for (var k = index - 1; k >= Math.Max(0, index - 2); k--)
        {
            var before = article.Sentences[k];
            // "an overview of my visit to Washington, D.C. During the last two days, I have had very useful meetings": talks
            // told right after a visit to a city took place there.
            // Not a trip only planned or wished for ("Sie plant eine Reise nach Peking").
            var visit = draft.Type == "CONSULT" && draft.Mode != "phone" && before.Triggers.Any(t => t.Mode == "visit")
                && !article.Lexicon.Hypothetical.AnyIn(before.Tokens, 0, before.Tokens.Count) && !article.Lexicon.ReportedPlanWords.AnyIn(before.Tokens, 0, before.Tokens.Count);
            var same = before.Triggers.Any(t => words.Contains(Head(t.Word))) || before.Bodies.Any(b => words.Contains(b.Body.Id)) || visit;
            if (!same || (before.Dates.Count > 0 && !before.Dates.Any(d => Overlap(d, draft.Date))))
                continue;
            var place = before.Names.FirstOrDefault(n => n.Place is not null && WordBefore(before, n.Start, article) is { } w
                && (article.Lexicon.PlacePrepositions.Contains(w) || visit && article.Lexicon.DestinationPrepositions.Contains(w)));
            if (place is not null)
                return place;
        }
        return null;
    }

    /// <summary>
    /// "Muster trifft diese Woche in Washington Pompeo und Bolton. ... In den Gesprächen mit Bolton am Mittwoch und mit
    /// Pompeo am Donnerstag ...": a day within the span of a meeting told earlier with a place, naming one of its people,
    /// is a day of that meeting, and there.
    /// </summary>
    private static EventDraft? AnnouncedWithTheSamePeople(EventDraft draft, IReadOnlyList<EventDraft> earlier)
    {
        if (draft.Date is not { Granularity: Granularity.Day or Granularity.Time } day)
            return null;
        var people = draft.Sentence.People.Select(p => p.Known?.Id ?? (p.Name is { } name ? ParticipantDecision.Slug(name) : null)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return people.Count == 0 ? null
            : earlier.LastOrDefault(d => d.Type == draft.Type && d.Place is { GeonamesId: > 0 } && d.Date is { Granularity: >= Granularity.Week }
                && Span(d) is { RangeStart: { } first, RangeEnd: { } last } span && last > first && span.Holds(day) && d.People.Any(p => people.Contains(p.Id)));
    }

    /// <summary>
    /// "Außenministerin Kneissl empfing am 18. Jänner die deutsche Verteidigungsministerin zu einem Arbeitsgespräch": who
    /// receives, hosts or welcomes a guest of another country, with no place named, does so at home, in the capital of the
    /// country whose office they hold. The host is the agent of a passive ("wurde von der Kanzlerin empfangen"), else the
    /// person named before the word in its clause.
    /// </summary>
    private static (Place Capital, Actor Host)? HostsAtHome(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        var lexicon = article.Lexicon;
        foreach (var trigger in draft.Triggers.Where(t => t.IsVerb && t.Type == "CONSULT" && t.Mode == "bilateral" && t.Frame.HasFlag(Vocabulary.Frame.Actor)))
        {
            var segment = s.SegmentOf(trigger.Start);
            var inClause = s.People.Where(p => s.SegmentOf(p.Start) == segment).ToList();
            var host = inClause.FirstOrDefault(p => s.IsPrepositioned(p.Start, lexicon.PassiveAgents))
                ?? inClause.LastOrDefault(p => p.End <= trigger.Start);
            if (host is null || (host.Affiliation ?? host.Known?.Affiliation) is not { } id || article.Gazetteer.ActorById(id) is not { Kind: ActorKind.Country, CapitalPlaceId: { } capitalId } country
                || article.Gazetteer.PlaceById(capitalId) is not { } capital)
                continue;
            var guests = inClause.Where(p => p != host).Select(p => p.Affiliation ?? p.Known?.Affiliation).OfType<string>();
            if (guests.Any(g => g != id))
                return (capital, country);
        }
        return null;
    }

    /// <summary>
    /// "Im Rahmen eines Arbeitsbesuchs in Wien traf die Landeshauptfrau am Dienstag den Bundespräsidenten ... Ein Treffen mit dem
    /// Kanzler, das am Montagabend hätte stattfinden sollen, wurde abgesagt": a meeting of a visitor from elsewhere, told
    /// before in a city, with someone of that city's country, a day from it, is in that city.
    /// </summary>
    private static EventDraft? VisitorMeetsHost(EventDraft draft, IReadOnlyList<EventDraft> earlier)
    {
        if (draft.Date?.RangeStart is not { } day || draft.Date.Granularity < Granularity.Day)
            return null;
        // The people are the sentence's: its participants are decided after its place.
        // A person is the same by id or by surname ("Huber" after "Maria Huber").
        var named = draft.Sentence.People.Where(p => p.Known is not null || p.Name is not null)
            .Select(p => (Id: p.Known?.Id ?? ParticipantDecision.Slug(p.Name!), Surname: Surname(p.Known?.Name ?? p.Name!), Affiliation: p.Affiliation ?? p.Known?.Affiliation)).ToList();
        bool Same(EventParticipant p, (string Id, string Surname, string? Affiliation) n) => p.Id == n.Id || Surname(p.Name) == n.Surname;
        return earlier.LastOrDefault(d => d.Place is { GeonamesId: > 0 } city && d.Date?.RangeStart is { } start && Math.Abs(start.DayNumber - day.DayNumber) <= 1
            && d.People.Any(p => named.Any(n => Same(p, n)) && p.Affiliation != city.CountryCode)
            && named.Any(n => !d.People.Any(q => Same(q, n)) && n.Affiliation == city.CountryCode));

        static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
    }

    /// <summary>"the next talks, 3rd of March": the place of the latest earlier event named with the same word.</summary>
    private static EventDraft? SameKindBefore(EventDraft draft, IReadOnlyList<EventDraft> earlier)
    {
        var words = draft.Triggers.Where(t => !t.IsVerb).Select(t => Head(t.Word)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return words.Count == 0 ? null
            : earlier.LastOrDefault(d => d.Place is not null && d.Type == draft.Type && d.Triggers.Any(t => words.Contains(Head(t.Word)))
                && Overlap(d.Date, draft.Date));
    }

    /// <summary>
    /// "The pledges of the 2016 G20 summit", told of the 2017 one: a meeting of the kind in another year was held
    /// elsewhere; the next round of talks in the same year is usually held where the last one was.
    /// </summary>
    private static bool Overlap(Timex? a, Timex? b) =>
        a?.RangeStart is not { } aStart || a.RangeEnd is not { } aEnd || b?.RangeStart is not { } bStart || b.RangeEnd is not { } bEnd
        || (aStart.Year <= bEnd.Year && bStart.Year <= aEnd.Year);

    private static string Head(string word) => word.Split(' ')[^1].TrimEnd('s').ToLowerInvariant();

    /// <summary>
    /// "a week when we have welcomed tens of ministers to Brussels ... We started on Monday with Libya": an event of the
    /// week around the publication date, in an article that names one venue only, is there.
    /// </summary>
    private static bool WithinTheWeek(EventDraft draft, ArticleReading article) =>
        article.DocumentDate?.Value is { } dct && draft.Date?.RangeStart is { } start && draft.Date.RangeEnd is { } end
        && start >= dct.AddDays(-7) && end <= dct.AddDays(7) && draft.Date.Granularity >= Granularity.Day;

    /// <summary>
    /// "gathered in Annapolis, Maryland near Washington, D.C.", "in Meseberg nahe Berlin": a town named after "near" and
    /// right after another place only says where that place lies.
    /// </summary>
    private static bool NearAnother(SentenceReading s, NameMention name, EventLexicon lexicon)
    {
        var at = s.TokenAt(name.Start);
        for (var k = 1; k <= 4 && at - k >= 0; k++)
        {
            if (lexicon.NearbyPrepositions.MatchAt(s.Tokens, at - k) == k)
                return s.Names.Any(n => n.Place is not null && n.End <= s.Tokens[at - k].Start && s.TokenAt(n.Start) >= at - k - 4 && !n.FromAdjective);
        }
        return false;
    }

    /// <summary>Whether the event happens within a day of the publication date: where a dateline's city is the venue.</summary>
    private static bool NearPublication(EventDraft draft, ArticleReading article) =>
        article.DocumentDate?.Value is { } dct && draft.Date?.RangeStart is { } start && draft.Date.RangeEnd is { } end
        && start <= dct.AddDays(1) && end >= dct.AddDays(-1) && draft.Date.Granularity >= Granularity.Day;
}
