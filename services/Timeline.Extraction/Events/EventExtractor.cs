using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Decisions;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>
/// Reads dated diplomatic events from an analysed article. Every sentence of article text is read once
/// (<see cref="ArticleReading"/>); <see cref="MentionDecision"/> finds the event words and named bodies that report an
/// event; then each decision in <c>Decisions/</c> settles one thing about it, in order: its date, mode, place,
/// participants and status; <see cref="ArticleMerge"/> joins the mentions of one real-world event. Every decision is
/// written into the event's explanation.
/// </summary>
public sealed class EventExtractor
{
    private readonly LanguageProfile profile;
    private readonly Gazetteer.Gazetteer gazetteer;
    private readonly BodyTable bodies;

    public EventExtractor(LanguageProfile profile, Gazetteer.Gazetteer? gazetteer = null, BodyTable? bodies = null)
    {
        this.profile = profile;
        this.gazetteer = gazetteer ?? Gazetteer.Gazetteer.Default;
        this.bodies = bodies ?? BodyTable.Default;
    }

    public IReadOnlyList<DiplomaticEvent> Extract(TextDocument document, TaggerResult dates)
    {
        var article = ArticleReading.Read(document, dates, profile, gazetteer, bodies);
        var tense = TenseDetector.For(profile);
        var drafts = new List<EventDraft>();
        var headlines = new List<(Mention Mention, SentenceReading Sentence)>();
        var tripsAhead = new List<EventDraft>();
        foreach (var sentence in article.Sentences)
        {
            // A heading inside the article (a section title, a photo caption, a related link) reports nothing itself.
            if (sentence.IsHeading && !sentence.IsTitle && !BodyAndItsDays(sentence))
                continue;
            var mentions = MentionDecision.Find(sentence, article);
            if (mentions.Count == 0)
                continue;
            var (dated, undated) = DateDecision.Assign(sentence, mentions, article, m => TenseOf(sentence, m.Triggers, article, tense));
            var found = new List<EventDraft>();
            foreach (var (group, date, occasion) in dated)
            {
                var draft = Start(sentence, group, article, tense);
                draft.IsOccasion = group.Any(m => m.IsOccasion);
                draft.Date = date;
                draft.DateSource = DateSource.Sentence;
                draft.Explain($"date: '{date.Text}' = {date.Value} ({date.Provenance})");
                // "On 3 June, on the margins of the Energy Forum, Rossi will meet Okafor": a meeting at an occasion is
                // another event than the occasion.
                // An occasion dated to another day is none of this event ("spoke yesterday ahead of the G7 meeting next week").
                if (mentions.Any(m => m.IsOccasion && !group.Contains(m) && !dated.Any(g => g.Mentions.Contains(m) && !g.Date.Holds(date) && !date.Holds(g.Date)))
                    && !group.Any(m => m.IsOccasion))
                    draft.Distinct = true;
                if (occasion is not null)
                {
                    draft.Occasion = found.FirstOrDefault(f => f.Triggers.Intersect(occasion.Triggers).Any());
                    draft.Distinct = occasion.IsOccasion;
                    draft.Explain($"date: that of the event it is part of, '{string.Join(", ", occasion.Triggers.Select(t => t.Word))}'");
                }
                found.Add(draft);
            }
            Mention? referringBack = null;
            foreach (var mention in undated)
            {
                if (sentence.IsTitle)
                {
                    headlines.Add((mention, sentence));
                    continue;
                }
                var draft = Start(sentence, [mention], article, tense);
                draft.IsOccasion = mention.IsOccasion;
                if (CarriedDateDecision.Carry(mention, sentence, draft.Tense, article, drafts, mentions) is not { } carried)
                {
                    if (sentence.IsLead && draft.Tense == Direction.Future && draft.Triggers.Any(t => t.Mode == "visit"))
                        tripsAhead.Add(draft);
                    referringBack ??= mention;
                    continue;
                }
                // "Zuletzt hatte 1998 ein Vorgänger in Bonn den König von Spanien empfangen": a year in the event's
                // own clause that does not hold the day carried to it says the event lies elsewhere in time.
                // "Der 2019 gewählte Präsident empfing ihn ebenfalls": a year inside an attribute tells of the attribute.
                if (sentence.Dates.Any(d => d.Granularity == Granularity.Year && sentence.SameSegment(d.Start, mention.Start) && !d.Holds(carried.Date)
                    && !(sentence.TokenAt(d.Start) is var at && at > 0 && article.Lexicon.AttributeArticles.Contains(sentence.Tokens[at - 1].Text))))
                    continue;
                // "agreed to stay in close contact ahead of the summit in Cannes": an event named only as what another comes
                // before or after does not take place on the day of the report.
                if (carried.Source == DateSource.Publication && Clauses.Introduced(sentence, mention, article.Lexicon.SequencePrepositions))
                    continue;
                draft.Date = carried.Date;
                draft.DateSource = carried.Source;
                draft.CarriedFrom = carried.From;
                // A meeting at an occasion told before is another event than the occasion itself, and so is one told after
                // an event the sentence opens with ("Im Anschluss an das Gespräch im Rathaus trifft die Gesandte
                // den Innenminister").
                if (mentions.Any(m => m.IsOccasion && m != mention)
                    || (sentence.Tokens.Count > 0 && article.Lexicon.SequenceOpeners.MatchAt(sentence.Tokens, 0) is > 0 and var opener
                        && mentions.Any(m => m != mention && m.End <= mention.Start && sentence.TokenAt(m.Start) <= opener + 3)))
                    draft.Distinct = true;
                draft.Explain(carried.Source switch
                {
                    DateSource.Publication => $"date: {carried.Date.Value}, the publication date: the lead reports the event without naming a day",
                    DateSource.DateLine => $"date: {carried.Date.Value}, the line '{carried.Date.Text}' above, which heads the lines the event stands in",
                    DateSource.StoryDay => $"date: {carried.Date.Value}, the day '{carried.Date.Text}' named just before, which the sentence goes on from",
                    _ => $"date: {carried.Date.Value}, carried from the event in sentence {carried.From!.Sentence.Index + 1}, which this sentence goes on about",
                });
                // "hat den Generalkonsul zu einem Besuch empfangen": words of one kind that take the same day from the same
                // place are one event, as they are when the sentence names that day itself.
                if (found.FirstOrDefault(f => f.DateSource == carried.Source && f.CarriedFrom == carried.From && f.Date!.Value == carried.Date.Value
                    && f.Type == draft.Type && !f.Distinct && !draft.Distinct && !f.IsOccasion && !draft.IsOccasion && (f.Body is null || draft.Body is null)
                    && !Clauses.Introduced(sentence, mention, article.Lexicon.SequencePrepositions)
                    && !f.Triggers.Concat(mention.Triggers).Any(t => TripWithItsDestination(t, sentence, article.Lexicon))) is { } same)
                {
                    same.Triggers.AddRange(mention.Triggers);
                    same.Body ??= mention.Body;
                    same.Explain($"event words: also {string.Join(", ", mention.Triggers.Select(t => $"'{t.Word}'"))}, of the same day");
                    continue;
                }
                found.Add(draft);
            }
            // "Nach dem Treffen mit Li will Merkel auch mit Xi Gespräche führen": the people of a sentence that also tells an
            // event of its own are that event's, not more people of the one referred back to.
            if (referringBack is not null && found.Count == 0)
                MorePeople(referringBack, sentence, drafts);
            // A meeting at an occasion the sentence names on its day takes place where the occasion does, so occasions are
            // settled first.
            foreach (var draft in found)
            {
                draft.Siblings = [.. found.Where(f => f != draft)];
                if (!draft.IsOccasion)
                {
                    draft.Occasion ??= found.Where(f => f.IsOccasion && f.Date is { } at && draft.Date is { } own && (at.Value == own.Value || own.Holds(at)))
                        .OrderBy(f => Clauses.Gap(sentence, f.AnchorStart, f.AnchorEnd, draft.AnchorStart, draft.AnchorEnd)).FirstOrDefault();
                    // "agreed to meet this year at the G8 summit in mid-June": the occasion dates the meeting more closely.
                    if (draft.Occasion?.Date is { } finer && draft.Date is { } coarse && finer.Value != coarse.Value && coarse.Holds(finer))
                    {
                        draft.Date = finer;
                        draft.Explain($"date: '{finer.Text}' = {finer.Value}, the date of the occasion it happens at");
                    }
                }
            }
            var shares = NamesByDraft(sentence, found, article);
            // Occasions and visits first: what happens at them, told in the same sentence, may take their place.
            var finished = new Dictionary<EventDraft, IReadOnlyList<EventDraft>>();
            foreach (var f in found.OrderBy(f => f.IsOccasion ? 0 : f.Triggers.Any(t => t.Mode == "visit") ? 1 : 2))
            {
                var before = finished.Keys.Where(d => d.IsOccasion || d.Mode == "visit").ToList();
                if (Finish(f, article, before.Count == 0 ? drafts : [.. drafts, .. before], shares[f]))
                    finished[f] = SeparateMeetings.Split(f, article, shares[f].Names, shares[f].People);
            }
            drafts.AddRange(found.Where(finished.ContainsKey).SelectMany(f => finished[f]));
        }
        DateLeadsByTheirStory(drafts, article);
        foreach (var trip in tripsAhead)
        {
            if (TripByItsFirstStop(trip, article, drafts))
                drafts.Add(trip);
        }
        // A title names the news of the day: the event of its kind the lead reports around the publication date, or else
        // the publication date itself.
        foreach (var (mention, sentence) in headlines)
        {
            var draft = Start(sentence, [mention], article, tense);
            var dct = article.DocumentDate?.Value;
            var near = drafts.Where(d => d.Type == draft.Type && d.Date?.RangeStart is { } start && (dct is null || Math.Abs(start.DayNumber - dct.Value.DayNumber) <= 7)).ToList();
            var first = near.FirstOrDefault(d => d.Sentence.IsLead) ?? near.FirstOrDefault();
            if (first?.Date is not null)
            {
                draft.Date = first.Date;
                draft.DateSource = DateSource.Headline;
                draft.CarriedFrom = first;
                draft.Explain($"date: {first.Date.Value}, the title's event, reported in sentence {first.Sentence.Index + 1}");
            }
            else if (CarriedDateDecision.LeadDate(sentence, draft.Tense, article, mention) is { } carried)
            {
                draft.Date = carried.Date;
                draft.DateSource = carried.Source;
                draft.Explain($"date: {carried.Date.Value}, the publication date: the title names the event without a day");
            }
            else
            {
                continue;
            }
            if (Finish(draft, article, drafts, (sentence.Names, sentence.People)))
                drafts.Add(draft);
        }

        PlansOfCalledOffEvents(drafts, article);
        return ArticleMerge.Merge(drafts)
            .Select((d, i) => Build(d, $"e{i + 1}", article))
            .ToList();
    }

    /// <summary>
    /// "Seltener Gast im Kanton: die Regierungsrätin empfing den Gesandten Frankreichs. ... Am Montag kam der Gesandte ins
    /// Regierungsgebäude in Sitten": a lead that tells an event without a day, and a later
    /// sentence that tells the same event with its day in the week before the publication, tell one event on that day.
    /// </summary>
    private static void DateLeadsByTheirStory(List<EventDraft> drafts, ArticleReading article)
    {
        if (article.DocumentDate?.Value is not { } dct)
            return;
        foreach (var lead in drafts.Where(d => d.DateSource == DateSource.Publication && d.Sentence.IsLead).ToList())
        {
            var (date, source) = (lead.Date, lead.DateSource);
            foreach (var later in drafts.Where(d => d.Sentence.Index > lead.Sentence.Index && d.Type == lead.Type && d.DateSource == DateSource.Sentence
                && d.Date is { Granularity: Granularity.Day, RangeStart: { } day } && day <= dct && dct.DayNumber - day.DayNumber <= 7))
            {
                // Would they be one event on that day?
                lead.Date = later.Date;
                lead.DateSource = DateSource.Carried;
                if (!lead.Participants.Any(p => later.Participants.Any(q => q.Id == p.Id)) || !ArticleMerge.SameEvent(lead, later))
                {
                    (lead.Date, lead.DateSource) = (date, source);
                    continue;
                }
                lead.DateSource = DateSource.Headline;
                lead.CarriedFrom = later;
                lead.Explain($"date: {later.Date!.Value}, that of the same event told with its day in sentence {later.Sentence.Index + 1}");
                break;
            }
        }
    }

    /// <summary>How many words before an event word a phrase of a plan as it stood ("was set to") may begin.</summary>
    private const int PlanReach = 5;

    /// <summary>
    /// "put off her trip to Chile and Peru of 4-6 May ... She was to be in Santiago on 4 May", "die Reise nach Malta ist
    /// abgesagt ... In Valletta hätte sie den Premierminister sehen sollen": an event told as a plan as it stood, on the days
    /// of one the article calls off or puts off, shares its fate. One told in the unreal past that no such event holds is
    /// no event.
    /// </summary>
    private static void PlansOfCalledOffEvents(List<EventDraft> drafts, ArticleReading article)
    {
        if (!article.TellsOfACalledOffEvent)
            return;
        var lexicon = article.Lexicon;
        var calledOff = drafts.Where(d => d.Status is "cancelled" or "postponed" && d.Date is not null).ToList();
        foreach (var plan in drafts.ToList())
        {
            var s = plan.Sentence;
            if (plan.Status is not ("scheduled" or "occurred") || plan.Date is not { } day)
                continue;
            var unreal = plan.Triggers.Any(t => MentionDecision.Counterfactual(t, s, lexicon));
            if (!unreal && !plan.Triggers.Any(t => s.TokenAt(t.Start) is var at && lexicon.UnrealisedPlans.AnyIn(s.Tokens, Math.Max(0, at - PlanReach), at)))
                continue;
            var off = calledOff.FirstOrDefault(o => o.Date is { } d
                && (d.Value == day.Value || d.Holds(day) || day.Holds(d) || (o.EndDate is { RangeEnd: { } last } && d.RangeStart <= day.RangeStart && day.RangeEnd <= last)));
            if (off is not null)
            {
                plan.Status = off.Status;
                plan.Explain($"status: {off.Status}, a plan as it stood on the days of the event called off in sentence {off.Sentence.Index + 1}");
            }
            else if (unreal)
            {
                drafts.Remove(plan);
            }
        }
    }

    /// <summary>How many sentences after a lead's trip its first dated stop may be told.</summary>
    private const int StopReach = 2;

    /// <summary>
    /// "Die Ministerpräsidentin fährt zu Gesprächen nach Ungarn. In Budapest trifft sie am Freitag den Regierungschef": a lead
    /// that announces a trip to a country without its day, and one of the two sentences after it that dates an event in a
    /// city of that country, tell the trip to that city on that day (false when they do not). The event stays one of its own
    /// within the trip.
    /// </summary>
    private static bool TripByItsFirstStop(EventDraft trip, ArticleReading article, List<EventDraft> drafts)
    {
        var index = trip.Sentence.Index;
        var stop = drafts.FirstOrDefault(d => d.Sentence.Index > index && d.Sentence.Index <= index + StopReach && d.DateSource == DateSource.Sentence
            && d.Date is { Granularity: Granularity.Day or Granularity.Time } && d.Place is { GeonamesId: > 0 } && d.Type == "CONSULT");
        // The lead names the trip's country, the next sentence a city in it.
        if (stop is null || !trip.Sentence.Names.Any(n => n.Actor is { Kind: ActorKind.Country } country && !n.FromAdjective && country.Id == stop.Place!.CountryCode))
            return false;
        trip.Date = DateDecision.AsDay(stop.Date!);
        trip.DateSource = DateSource.Carried;
        if (!Finish(trip, article, drafts, (trip.Sentence.Names, trip.Sentence.People)) || trip.Place is not { } place
            || !(place.Id == stop.Place!.Id || (place.GeonamesId == 0 && place.CountryCode == stop.Place.CountryCode)))
            return false;
        trip.Place = stop.Place;
        trip.PlaceSource = PlaceSource.Carried;
        trip.Distinct = true;
        trip.Explain($"date and place: {trip.Date.Value} in {stop.Place.Name}, where the trip's first event told with its day takes place (sentence {stop.Sentence.Index + 1})");
        return true;
    }

    private static Direction TenseOf(SentenceReading sentence, IReadOnlyList<Trigger> triggers, ArticleReading article, TenseDetector tense)
    {
        var anchor = triggers.FirstOrDefault(t => t.IsVerb) ?? triggers.FirstOrDefault();
        var (start, end) = anchor is null ? (sentence.Start, sentence.Start) : (anchor.Start, anchor.End);
        return tense.DirectionAt(article.Text, sentence.Sentence, start, end - start, article.TenseCues).Direction;
    }

    /// <summary>
    /// "zum Auftakt seines Staatsbesuchs in Österreich … empfangen worden": a visit that names where it goes is the trip, and
    /// what the sentence tells beside it is one of its events; a visit that names no place ("zu einem Besuch empfangen") is
    /// what the other words tell.
    /// </summary>
    private static bool TripWithItsDestination(Trigger visit, SentenceReading s, Vocabulary.EventLexicon lexicon) =>
        visit.Mode == "visit" && s.Names.Any(n => n.Start >= visit.End && s.TokenAt(n.Start) - s.TokenAt(visit.End) <= 2
            && (s.IsPrepositioned(n.Start, lexicon.PlacePrepositions) || s.IsPrepositioned(n.Start, lexicon.DestinationPrepositions)));

    /// <summary>"Europäischer Rat, 24. – 25. März 2011": a heading that names a body and its days is the title of its meeting.</summary>
    private static bool BodyAndItsDays(SentenceReading s) =>
        s.Bodies.Count == 1 && s.Triggers.Count == 0 && s.Dates.Any(d => d.Granularity == Granularity.Day) && s.Tokens.Count <= 10;

    private static EventDraft Start(SentenceReading sentence, IReadOnlyList<Mention> group, ArticleReading article, TenseDetector tense)
    {
        var draft = new EventDraft(sentence, [.. group.SelectMany(m => m.Triggers)], group.Select(m => m.Body).FirstOrDefault(b => b is not null));
        draft.Tense = TenseOf(sentence, draft.Triggers, article, tense);
        var at = draft.Triggers.Count > 0 ? sentence.TokenAt(draft.Triggers[0].Start) : 0;
        draft.Distinct = article.Lexicon.DistinctMarkers.AnyIn(sentence.Tokens, at - 3, at);
        draft.Explain($"event words: {string.Join(", ", draft.Triggers.Select(t => $"'{t.Word}' ({t.Type}{(t.Mode is null ? "" : "." + t.Mode)})").Concat(draft.Body is { } b ? [$"'{b.Text}' ({b.Body.Name})"] : []))}");
        return draft;
    }

    /// <summary>
    /// "Der Generalsekretär und die Staatssekretärin, die in Brüssel die Abordnung der USA anführte": a sentence right after an event
    /// that refers back to it names more of its people.
    /// </summary>
    private static void MorePeople(Mention mention, SentenceReading sentence, IReadOnlyList<EventDraft> drafts)
    {
        // "held separate talks with Egypt and Jordan. The talks with Egypt's Shoukry ...": the one of them the sentence names.
        var last = CarriedDateDecision.PartnerNamed(sentence, drafts) ?? drafts.LastOrDefault();
        if (last is null || last.Type != mention.Type || sentence.Index - last.Sentence.Index > 4)
            return;
        foreach (var person in sentence.People.Where(p => p.Name is not null || p.Known is not null))
        {
            var known = person.Known;
            last.Add(new EventParticipant(ActorKind.Person, known?.Id ?? ParticipantDecision.Slug(person.Name!), known?.Name ?? person.Name!,
                known?.Role ?? person.Title, person.Affiliation ?? known?.Affiliation));
        }
    }

    /// <summary>Settles the rest of an event in order; false when it is not an event after all.</summary>
    private static bool Finish(EventDraft draft, ArticleReading article, IReadOnlyList<EventDraft> earlier,
        (IReadOnlyList<NameMention> Names, IReadOnlyList<PersonMention> People) share)
    {
        draft.EndDate = DateDecision.RangeEnd(draft.Date!, article.AllDates);
        ModeDecision.FromWords(draft, article);
        PlaceDecision.Decide(draft, article, earlier);
        ParticipantDecision.Decide(draft, article, share.Names, share.People);
        ModeDecision.FromParties(draft);
        StatusDecision.Decide(draft, article);
        // "In April, we signed ...": a date in the event's own clause, or fronted right before it.
        var ownDate = draft.DateSource == DateSource.Sentence && draft.Anchors.Any(a => draft.Sentence.SameSegment(a.Start, draft.Date!.Start)
            || Clauses.Gap(draft.Sentence, a.Start, a.End, draft.Date.Start, draft.Date.End) <= 4);
        // "his early support for a free trade agreement in 1994": an agreement that is the object of a stance is no event.
        if (draft.Type == "AGREE" && draft.Triggers.All(t => !t.IsVerb)
            && draft.Triggers.Any(t => article.Lexicon.StanceWords.AnyIn(draft.Sentence.Tokens, draft.Sentence.TokenAt(t.Start) - 6, draft.Sentence.TokenAt(t.Start))))
            return false;
        // An agreement named by a noun alone is an event only with its date right beside it ("die Vereinbarung ... im Juli 2015").
        if (draft.Type == "AGREE" && draft.Triggers.All(t => !t.IsVerb && t.Frame == Vocabulary.Frame.None)
            && !(ownDate && draft.Triggers.Any(t => draft.Sentence.SameSegment(t.Start, draft.Date!.Start) && Clauses.Gap(draft.Sentence, t.Start, t.End, draft.Date.Start, draft.Date.End) <= 6)))
            return false;
        // "Topics to be discussed will be ... enforcing UN sanctions on North Korea": a measure named after a verb of
        // discussing, with no date of its own, is what was discussed.
        if (draft.Type is "SANCTION" or "MOBILIZE" or "REDUCE_RELATIONS" && !ownDate
            && article.Lexicon.TopicVerbs.AnyIn(draft.Sentence.Tokens, 0, draft.Sentence.TokenAt(draft.AnchorStart)))
            return false;
        // Demands and refusals are everywhere in reports; only one dated in its own clause is an event.
        if (draft.Type is "REQUEST" or "REJECT" && (!ownDate || !draft.Sentence.Names.Concat<object>(draft.Sentence.People).Any()
            || !draft.Sentence.People.Any(p => p.Start < draft.AnchorStart) && !draft.Sentence.Names.Any(n => n.Actor is not null && n.Start < draft.AnchorStart)))
            return false;
        // "Die G8-Außenminister forderten verstärkte Anstrengungen", "Rice urged patience": a demand needs someone it is made
        // of, a second party; an appeal to no one is a statement.
        if (draft.Type is "REQUEST" or "REJECT" && draft.Parties.Select(p => p.Id).Distinct().Count() < 2)
            return false;
        // "President Obama called Ambassador Eikenberry, U.S. Ambassador to Afghanistan": talks among people of one country,
        // with no other party, are that country's own business, not diplomacy.
        var people = draft.Participants.Where(p => p.Kind == ActorKind.Person).ToList();
        // A pronoun before the event's words ("In Israel wird er mit Peres und Barak zusammentreffen") stands for a visitor
        // named before, from elsewhere.
        if (draft.Type == "CONSULT" && people.Count >= 2 && people[0].Affiliation is { } own && people.All(p => p.Affiliation == own)
            && draft.Parties.All(p => p.Id == own)
            && !draft.Sentence.Tokens.Any(t => t.End <= draft.AnchorStart && article.Lexicon.Pronouns.Contains(t.Text))
            && !OnlyCompanions(draft, article)
            // "Am Montag trifft der Minister in Mexiko den Präsidenten ... und die Außenministerin ...": an office named without
            // a name or a country, named first, may be the visitor from elsewhere; named after someone named ("Merkel traf
            // Schäuble und den Innenminister"), it is one of theirs.
            && !(draft.Sentence.People.FirstOrDefault() is { Name: null, Known: null, Affiliation: null }))
        {
            return false;
        }
        // "In Johannesburg trifft er Vertreter aus Wirtschaft und Zivilgesellschaft": talks with people who act for no state,
        // and with no partner of their own, are no diplomacy; a visit goes to a country whoever it meets there.
        if (draft.Type == "CONSULT" && draft.Mode != "visit" && draft.Body is null && draft.Triggers.FirstOrDefault() is { } first && NonStatePartnersIn(draft.Sentence, first, article)
            && !PartnerNamed(draft.Sentence, first, article))
            return false;
        // An event needs someone or somewhere, or a date in its own clause: an event word alone is too little for a timeline.
        return draft.Place is not null || draft.Body is not null || draft.Participants.Count > 0 || ownDate;
    }

    /// <summary>
    /// "Für Donnerstag standen Gespräche mit EU-Kommissionspräsident Barroso und EU-Ratspräsident Van Rompuy auf dem
    /// Programm": when everyone the sentence names stands after "mit" behind the event word, they are the other side of a
    /// visitor told before, not a meeting among themselves.
    /// </summary>
    private static bool OnlyCompanions(EventDraft draft, ArticleReading article)
    {
        var s = draft.Sentence;
        // "fliegt die Ministerin dann nach Lima, wo sie mit dem Präsidenten ... und dem Außenminister ... sprechen
        // will": an office named without a name before the event word is the visitor, no one of theirs.
        var named = s.People.Where(p => p.Name is not null || p.Known is not null).ToList();
        if (named.Count == 0 || named.Any(p => p.Start < draft.AnchorEnd))
            return false;
        var first = named.Min(p => p.Start);
        return s.Tokens.Any(t => t.Start >= draft.AnchorEnd && t.End <= first && article.Lexicon.CompanionPrepositions.Contains(t.Text));
    }

    /// <summary>
    /// Whether the talks have a partner of their own besides people who act for no state: in the event's comma segment, a
    /// country by name, or a second person by name or by an office of a country ("met his Chinese counterpart to discuss
    /// detained journalists", "trifft Präsident Ramaphosa und Vertreter der Wirtschaft"); "civil society leaders" is none. Countries in a compound, an adjective or
    /// a topic ("bei ihrer China-Reise", "chinesische Künstler", "to discuss ... in Kenya") name no side.
    /// </summary>
    private static bool PartnerNamed(SentenceReading s, Trigger trigger, ArticleReading article)
    {
        var segment = s.SegmentOf(trigger.Start);
        var from = s.Sentence.Clauses[segment].Start;
        var countries = s.Names.Count(n => n.Start >= from && s.SegmentOf(n.Start) == segment && n.Actor is { Kind: ActorKind.Country } && !n.FromAdjective
            && !ParticipantDecision.ObjectOfATopicVerb(s, n, article.Lexicon));
        var people = s.People.Where(p => p.Start >= from && s.SegmentOf(p.Start) == segment && (p.Name is not null || p.Affiliation is not null)
            && !(p.Name is null && s.TokenAt(p.Start) is var at and > 0 && article.Lexicon.AppositionWords.Contains(s.Tokens[at - 1].Text))).ToList();
        // One person counts when named after the event's word, with someone named by office before it ("the President met
        // President Tinubu") or in English, whose subject stands first.
        return countries > 0 || people.Count >= 2
            || (people.Count == 1 && people[0].Start > trigger.Start && (article.Lexicon.Language != "de" || s.People.Any(p => p.Name is null && p.End <= trigger.Start)));
    }

    /// <summary>
    /// A word of people who act for no state in the comma segment of an event word, and after it in English; or the press
    /// or companies right after the word or its "with" ("a session with reporters", "met businesses", "a meeting yesterday
    /// with the CEO of", "eine Begegnung mit der Presse").
    /// </summary>
    private static bool NonStatePartnersIn(SentenceReading s, Trigger trigger, ArticleReading article)
    {
        var segment = s.SegmentOf(trigger.Start);
        var next = s.TokenAt(trigger.End);
        while (next < s.Tokens.Count && article.Lexicon.WordsBeforeObject.Contains(s.Tokens[next].Text))
            next++;
        for (var i = next; i < Math.Min(s.Tokens.Count, next + 4) && s.SegmentOf(s.Tokens[i].Start) == segment; i++)
        {
            var at = i == next && !article.Lexicon.CompanionPrepositions.Contains(s.Tokens[i].Text) ? i
                : article.Lexicon.CompanionPrepositions.Contains(s.Tokens[i].Text) ? i + 1 : -1;
            if (at >= 0 && at < s.Tokens.Count && article.Lexicon.NonStateObjects.MatchAt(s.Tokens, at) > 0)
                return true;
        }
        var from = article.Lexicon.Language == "de" ? 0 : s.TokenAt(trigger.End);
        for (var i = from; i < s.Tokens.Count; i++)
        {
            if (s.SegmentOf(s.Tokens[i].Start) == segment && article.Lexicon.NonStatePartners.MatchAt(s.Tokens, i) > 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Several events in one sentence: each name belongs to the event whose words and date are nearest to it, in its own
    /// comma segment, on its own side of a conjunction; a subject named before every event word serves them all
    /// ("Scholz reist nach Kiew und trifft in Moskau Putin").
    /// </summary>
    private static Dictionary<EventDraft, (IReadOnlyList<NameMention> Names, IReadOnlyList<PersonMention> People)> NamesByDraft(SentenceReading sentence,
        IReadOnlyList<EventDraft> drafts, ArticleReading article)
    {
        if (drafts.Count <= 1)
            return drafts.ToDictionary(d => d, _ => (sentence.Names, sentence.People));
        var first = drafts.Min(d => Math.Min(d.AnchorStart, d.DateSource == DateSource.Sentence && d.Date is { } date ? date.Start : int.MaxValue));
        // Who meets on the margins of an occasion takes part in the meeting, not in the occasion, unless named in the
        // occasion's own words ("the EU-China summit").
        var meetings = Enumerable.Range(0, drafts.Count).Where(i => !drafts[i].IsOccasion).ToList();
        int Nearest(int start, int end) => Enumerable.Range(0, drafts.Count)
            .Where(i => meetings.Count == 0 || meetings.Contains(i) || Clauses.Gap(sentence, drafts[i].AnchorStart, drafts[i].AnchorEnd, start, end) <= 1)
            .OrderBy(i => Distance(sentence, drafts[i], start, end, article))
            .First();
        var names = drafts.Select(_ => new List<NameMention>()).ToList();
        var people = drafts.Select(_ => new List<PersonMention>()).ToList();
        foreach (var name in sentence.Names)
        {
            if (name.End <= first)
                names.ForEach(list => list.Add(name));
            else
                names[Nearest(name.Start, name.End)].Add(name);
        }
        foreach (var person in sentence.People)
        {
            if (person.End <= first)
                people.ForEach(list => list.Add(person));
            else
                people[Nearest(person.Start, person.End)].Add(person);
        }
        return Enumerable.Range(0, drafts.Count).ToDictionary(i => drafts[i], i => ((IReadOnlyList<NameMention>)names[i], (IReadOnlyList<PersonMention>)people[i]));
    }

    private static int Distance(SentenceReading s, EventDraft draft, int start, int end, ArticleReading article)
    {
        var anchors = draft.Anchors.ToList();
        if (draft.DateSource == DateSource.Sentence && draft.Date is { } date && date.End > date.Start)
            anchors.Add((date.Start, date.End));
        return anchors.Min(a =>
        {
            var gap = Clauses.Gap(s, a.Start, a.End, start, end);
            var (from, to) = a.End <= start ? (a.End, start) : (end, a.Start);
            var across = s.Tokens.Any(t => t.Start >= from && t.End <= to && article.Lexicon.Conjunctions.Contains(t.Text));
            return gap + (s.SameSegment(a.Start, start) ? 0 : 6) + (across ? 20 : 0);
        });
    }

    private static DiplomaticEvent Build(EventDraft draft, string key, ArticleReading article)
    {
        var (start, end) = EvidenceSpan(draft, article.Text, article.Lexicon);
        start = AfterReleaseHeader(draft, article, start);
        var titles = TitleDecision.Titles(draft, article.Lexicon);
        return new(key, draft.Type, draft.Type == "CONSULT" ? draft.Mode : null, draft.Status, draft.Date!, draft.Place, [.. draft.Participants],
            titles[TitleDecision.English], start, end, article.Document.Original[start..end],
            ConfidenceDecision.Of(draft), [.. draft.Explanation], draft.EndDate) { Titles = titles };
    }

    /// <summary>
    /// A release number or date run into the first sentence before its dateline ("IP/07/233 Brüssel, 16. März 2007
    /// Gipfeltreffen ...") and a dateline that opens it ("WASHINGTON – (AD) – Nachfolgend ...") are furniture, not
    /// evidence: the evidence then begins after the dateline, its date and its agency.
    /// </summary>
    private static int AfterReleaseHeader(EventDraft draft, ArticleReading article, int start)
    {
        if (article.Dateline is not { } dateline || dateline.Start < start || dateline.End > draft.AnchorStart)
            return start;
        var text = article.Text;
        var from = dateline.End;
        if (article.AllDates.FirstOrDefault(t => t.Start >= from && t.Start - from <= 6) is { } date && date.End <= draft.AnchorStart)
            from = date.End;
        from = SkipPunctuation(text, from, draft.AnchorStart);
        // "WASHINGTON – (AD) – Nachfolgend ...": the agency that filed the report.
        if (from < draft.AnchorStart && text[from] == '(' && text.IndexOf(')', from, Math.Min(24, draft.AnchorStart - from)) is var close and > 0)
            from = SkipPunctuation(text, close + 1, draft.AnchorStart);
        return from;
    }

    private static int SkipPunctuation(string text, int from, int limit)
    {
        while (from < limit && (char.IsWhiteSpace(text[from]) || text[from] is ',' or '-' or '–' or '—' or ':' or '.'))
            from++;
        return from;
    }

    /// <summary>
    /// The evidence is the event's sentence, without a comma segment before or after the event's words and date that only
    /// says who reported it ("..., wie ein Reporter der Agentur berichtete", "..., the ministry said"); where a long
    /// "sentence" runs lines together (a release number, a dateline and the lead without full stops), only the comma
    /// segments from the event's words and date are kept.
    /// </summary>
    private static (int Start, int End) EvidenceSpan(EventDraft draft, string text, Vocabulary.EventLexicon lexicon)
    {
        var s = draft.Sentence;
        var points = draft.Anchors.Select(a => a.Start).ToList();
        if (draft.DateSource == DateSource.Sentence && draft.Date is { } date && date.End > date.Start && date.Start >= s.Start)
            points.Add(date.Start);
        var segments = points.Select(s.SegmentOf).Where(i => i >= 0).ToList();
        if (segments.Count == 0)
            return (s.Start, s.End);
        var clauses = s.Sentence.Clauses;
        var (first, last) = (segments.Min(), segments.Max());
        if (s.End - s.Start > 300)
            return Trimmed(clauses[first].Start, clauses[last].End);
        // Attribution segments at either end, with a verb of saying and nothing of the event.
        var (from, to) = (0, clauses.Count - 1);
        while (from < first && Attribution(clauses[from]))
            from++;
        while (to > last && (Attribution(clauses[to]) || Aside(clauses[to])))
            to--;
        return from == 0 && to == clauses.Count - 1 ? (s.Start, s.End) : Trimmed(from == 0 ? s.Start : clauses[from].Start, to == clauses.Count - 1 ? s.End : clauses[to].End);

        // "..., and the Chancellor said it went well": a clause joined by a conjunction goes on with the news.
        // "According to a statement from the ministry, ...": a segment opened by a word of attribution says where the report comes from.
        bool Attribution((int Start, int End) clause) =>
            (s.Tokens.Any(t => t.Start >= clause.Start && t.End <= clause.End && lexicon.SpeechVerbs.Contains(t.Text))
                || OpenerOf(clause) is var opener && opener >= 0 && lexicon.AttributionOpeners.MatchAt(s.Tokens, opener) > 0)
            && !s.Triggers.Any(t => t.Start >= clause.Start && t.End <= clause.End)
            && !(OpenerOf(clause) is var joiner && joiner >= 0 && lexicon.Conjunctions.Contains(s.Tokens[joiner].Text));

        // "..., wo ihn die Präsidentin empfängt, die gerade aus Asien zurückkehrt": a relative clause at the end that holds nothing of
        // the event describes someone in it.
        // So is one that a word of [aside-openers] opens ("..., including a business forum"), and
        // one with a time of its own ("..., für 12 Uhr ist ein Pressegespräch geplant"): the next item of a programme.
        bool Aside((int Start, int End) clause) =>
            OpenerOf(clause) is var opener && opener >= 0
            && ((lexicon.RelativePronouns.Contains(s.Tokens[opener].Text) && Clauses.AfterComma(text, s.Tokens[opener].Start))
                || lexicon.AsideOpeners.MatchAt(s.Tokens, opener) > 0
                || s.Dates.Any(d => d.Start >= clause.Start && d.End <= clause.End && d.Start != draft.Date?.Start && d.Start != draft.EndDate?.Start))
            && !draft.Triggers.Any(t => t.Start >= clause.Start && t.End <= clause.End)
            && !s.Names.Any(n => n.Start >= clause.Start && n.End <= clause.End && !n.FromAdjective
                && (n.Place?.Id == draft.Place?.Id || draft.Participants.Any(p => p.Id == n.Actor?.Id)))
            && !s.People.Any(p => p.Start >= clause.Start && p.End <= clause.End
                && draft.Participants.Any(q => q.Kind == ActorKind.Person && (q.Id == p.Known?.Id || q.Name == p.Name)));

        // The first word of a comma segment, or -1.
        int OpenerOf((int Start, int End) clause) =>
            s.TokenAt(clause.Start) is var k && k < s.Tokens.Count && s.Tokens[k].End <= clause.End ? k : -1;

        (int, int) Trimmed(int start, int end)
        {
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';'))
                start++;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ','))
                end--;
            return (start, end);
        }
    }
}
