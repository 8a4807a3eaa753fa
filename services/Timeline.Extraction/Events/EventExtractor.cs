using CultureInfo = System.Globalization.CultureInfo;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Gazetteer;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events;

/// <summary>
/// Reads dated diplomatic events from an analysed article: event words first, then the date, place and
/// participants that govern them in their clause and sentence, then one event per real-world event in the
/// article. Every decision is written into the event's explanation.
/// </summary>
public sealed class EventExtractor
{
    private static readonly Granularity[] DatedGranularities =
        [Granularity.Time, Granularity.Day, Granularity.Week, Granularity.Month, Granularity.Season, Granularity.Year];

    private readonly LanguageProfile profile;
    private readonly TriggerLexicon lexicon;

    // The words of the sentence being read, found once and shared by every clause and conjunction check.
    private IReadOnlyList<(string Text, int Start, int End)> sentenceTokens = [];

    // Every date of the article, including those that cannot date an event themselves (the end of "vom 10. bis 13.").
    private IReadOnlyList<Timex> allDates = [];
    private readonly Gazetteer.Gazetteer gazetteer;

    public EventExtractor(LanguageProfile profile, Gazetteer.Gazetteer? gazetteer = null)
    {
        this.profile = profile;
        lexicon = TriggerLexicon.For(profile);
        this.gazetteer = gazetteer ?? Gazetteer.Gazetteer.Default;
    }

    public IReadOnlyList<DiplomaticEvent> Extract(TextDocument document, TaggerResult dates)
    {
        var text = document.Text;
        allDates = dates.Timexes;
        // One pass of the gazetteer over the article's own text, shared by salience and by every event.
        var namesBySentence = document.Sentences.Select(s => s.Role == ParagraphRole.Body ? gazetteer.Find(text, s.Start, s.End) : []).ToList();
        var salience = Salience(namesBySentence);
        var drafts = new List<Draft>();
        Draft? previousConsult = null;
        var previousConsultSentence = -10;

        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.Role != ParagraphRole.Body)
                continue;
            var triggers = lexicon.Find(text, sentence.Start, sentence.End);
            if (triggers.Count == 0)
            {
                if (previousConsult is not null && s - previousConsultSentence == 1 && MentionsTakingPart(text, sentence))
                    previousConsult.CompleteParties(namesBySentence[s], text, gazetteer);
                continue;
            }
            var timexes = dates.Timexes
                .Where(t => t.Start >= sentence.Start && t.End <= sentence.End && t.IsResolvedDate && DatedGranularities.Contains(t.Granularity))
                .Where(t => !TriggerLexicon.WordsBefore(text, t.Start, sentence.Start, 1).Any(lexicon.SpanPrepositions.Contains))
                .ToList();
            var names = namesBySentence[s];

            if (timexes.Count == 0)
            {
                // An undated mention of talks right after a dated one ("die US-Delegation zu den Gesprächen") names
                // more of the same meeting's people; and where that meeting still lacks a side, its parties
                // ("Beteiligt sind Russland, die Ukraine ...").
                if (previousConsult is not null && s - previousConsultSentence <= 6 && (triggers.Any(t => t.Type == "CONSULT") || MentionsTakingPart(text, sentence)))
                {
                    foreach (var person in names.Where(n => n.Actor?.Kind == ActorKind.Person))
                        previousConsult.AddPerson(person, text);
                    if (s - previousConsultSentence == 1)
                        previousConsult.CompleteParties(names, text, gazetteer);
                }
                continue;
            }

            var recentPeople = previousConsult is not null && s - previousConsultSentence <= 2 ? previousConsult.People : [];
            foreach (var draft in DraftsFor(document, sentence, triggers, timexes, names, dates.DocumentDate?.Value, salience, recentPeople))
            {
                drafts.Add(draft);
                if (draft.Type == "CONSULT")
                {
                    previousConsult = draft;
                    previousConsultSentence = s;
                }
            }
        }

        return MergeWithinArticle(drafts)
            .Select((d, i) => d.Build($"e{i + 1}"))
            .ToList();
    }

    private bool MentionsTakingPart(string text, Sentence sentence) =>
        TriggerLexicon.Tokens(text, sentence.Start, sentence.End).Any(t => lexicon.ParticipationCues.Contains(t.Text));

    private IEnumerable<Draft> DraftsFor(TextDocument document, Sentence sentence, IReadOnlyList<Trigger> triggers,
        IReadOnlyList<Timex> timexes, IReadOnlyList<NameMention> names, DateOnly? dct, IReadOnlyDictionary<string, int> salience,
        IReadOnlyList<EventParticipant> recentPeople)
    {
        var text = document.Text;
        sentenceTokens = TriggerLexicon.Tokens(text, sentence.Start, sentence.End);
        // Each date goes to the event word nearest to it, preferring one in its own clause.
        var byTrigger = triggers.ToDictionary(t => t, _ => new List<Timex>());
        foreach (var timex in timexes)
        {
            var nearest = triggers
                .OrderBy(t => ClauseKey(text, sentence, t.Start) == ClauseKey(text, sentence, timex.Start) ? 0 : 1)
                .ThenBy(t => Gap(t.Start, t.End, timex.Start, timex.End))
                .First();
            byTrigger[nearest].Add(timex);
        }

        var groups = new List<(List<Trigger> Triggers, Timex Date)>();
        foreach (var (trigger, dated) in byTrigger.Where(kv => kv.Value.Count > 0))
        {
            // "traf am Montag in Moskau Putin und am Dienstag in Kiew Selenskyj": one verb, two days joined by a
            // conjunction, two events.
            var days = dated.Where(t => t.Granularity >= Granularity.Day).OrderBy(t => t.Start).ToList();
            var separate = days.Count > 1 && days.Zip(days.Skip(1)).All(p => p.First.Value != p.Second.Value && ConjunctionBetween(text, p.First.End, p.Second.Start));
            var chosen = separate
                ? days
                : [dated.OrderBy(t => ClauseKey(text, sentence, t.Start) == ClauseKey(text, sentence, trigger.Start) ? 0 : 1)
                    .ThenByDescending(t => t.Granularity).ThenBy(t => Gap(trigger.Start, trigger.End, t.Start, t.End)).First()];
            foreach (var best in chosen)
            {
                var same = groups.FindIndex(g => g.Date.Value == best.Value && Compatible(g.Triggers[0].Type, trigger.Type));
                if (same >= 0)
                    groups[same].Triggers.Add(trigger);
                else
                    groups.Add(([trigger], best));
            }
        }
        // Undated event words of the same kind describe the nearest dated one ("Sitzung ... die Gespräche").
        foreach (var trigger in triggers.Where(t => byTrigger[t].Count == 0))
        {
            var host = groups.Where(g => Compatible(g.Triggers[0].Type, trigger.Type))
                .OrderBy(g => g.Triggers.Min(t => Gap(t.Start, t.End, trigger.Start, trigger.End)))
                .FirstOrDefault();
            host.Triggers?.Add(trigger);
        }

        // Several events in one sentence: each name belongs to the event whose words and date are nearest to it, in
        // its own clause, on its own side of a conjunction. Words two events share do not decide between them.
        var namesOf = groups.Select(_ => new List<NameMention>()).ToList();
        var shared = groups.SelectMany(g => g.Triggers).GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var name in names)
        {
            var nearest = Enumerable.Range(0, groups.Count)
                .Select(g => (Index: g, Anchors: groups[g].Triggers.Where(t => !shared.Contains(t)).Select(t => (t.Start, t.End)).Append((groups[g].Date.Start, groups[g].Date.End)).ToList()))
                .OrderBy(g => g.Anchors.Any(a => ClauseIndex(sentence, a.Start) == ClauseIndex(sentence, name.Start)) ? 0 : 1)
                .ThenBy(g => g.Anchors.Min(a => (ConjunctionBetween(text, Math.Min(a.End, name.End), Math.Max(a.Start, name.Start)) ? 100_000 : 0) + Gap(a.Start, a.End, name.Start, name.End)))
                .First().Index;
            namesOf[nearest].Add(name);
        }
        // The subject before the first event word serves every event of the sentence: "Scholz reist ... und trifft ...".
        var firstAnchor = groups.SelectMany(g => g.Triggers.Select(t => t.Start).Append(g.Date.Start)).Min();
        foreach (var subject in names.Where(n => n.End <= firstAnchor && n.Actor is not null))
        {
            foreach (var list in namesOf.Where(list => !list.Contains(subject)))
                list.Add(subject);
        }
        for (var g = 0; g < groups.Count; g++)
        {
            var draft = Draft.Start(profile, lexicon, sentence, groups[g].Triggers, groups[g].Date, dct, text);
            draft.EndDate = RangeEnd(groups[g].Date, allDates);
            draft.ResolvePlace(namesOf[g], text);
            draft.ResolveParticipants(namesOf[g], text, salience, gazetteer, recentPeople);
            if (draft.IsEvent)
                yield return draft;
        }
    }

    private static bool Compatible(string a, string b) => a == b;

    /// <summary>
    /// "vom 10. bis 13. Januar": the last day of the range the event's date opens, if it does. In news the tagger gives a
    /// range as one expression that holds its last day; in narrative mode the last day is an expression of its own.
    /// </summary>
    private static Timex? RangeEnd(Timex start, IReadOnlyList<Timex> timexes) =>
        !start.Provenance.Rule.StartsWith("range@", StringComparison.Ordinal) ? null
        : start.RangeEnd is { } end && end > start.RangeStart
            ? start with { Value = Calendar.Day(end), Type = "DATE", Granularity = Granularity.Day, RangeStart = end, RangeEnd = end }
            : timexes.FirstOrDefault(t => t.Provenance.Rule == start.Provenance.Rule && t.Start > start.Start && t.RangeStart > start.RangeStart);

    private bool ConjunctionBetween(string text, int from, int to) =>
        from < to && sentenceTokens.Any(t => t.Start >= from && t.End <= to && lexicon.Conjunctions.Contains(t.Text));

    /// <summary>The clause of an offset, where a complementizer ("that", "dass") also opens a new clause.</summary>
    private (int Clause, int Reported) ClauseKey(string text, Sentence sentence, int offset)
    {
        var clause = ClauseIndex(sentence, offset);
        var start = clause >= 0 ? sentence.Clauses[clause].Start : sentence.Start;
        var reported = sentenceTokens.Count(t => t.Start >= start && t.End <= offset && lexicon.Complementizers.Contains(t.Text));
        return (clause, reported);
    }

    private static int ClauseIndex(Sentence sentence, int offset)
    {
        for (var i = 0; i < sentence.Clauses.Count; i++)
        {
            if (offset >= sentence.Clauses[i].Start && offset < sentence.Clauses[i].End)
                return i;
        }
        return -1;
    }

    private static int Gap(int aStart, int aEnd, int bStart, int bEnd) =>
        aEnd <= bStart ? bStart - aEnd : bEnd <= aStart ? aStart - bEnd : 0;

    /// <summary>How often each country is named in the article's own text: who the article is about.</summary>
    private Dictionary<string, int> Salience(IEnumerable<IReadOnlyList<NameMention>> namesBySentence)
    {
        var counts = new Dictionary<string, int>();
        foreach (var names in namesBySentence)
        {
            foreach (var name in names)
            {
                var country = CountryOf(name);
                if (country is not null)
                    counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }
        return counts;
    }

    private string? CountryOf(NameMention name) => name.Actor switch
    {
        { Kind: ActorKind.Country } a => a.Id,
        { Kind: ActorKind.Person, Affiliation: { } aff } when gazetteer.ActorById(aff)?.Kind == ActorKind.Country => aff,
        _ => name.Place is { } p && gazetteer.Actors.Any(a => a.CapitalPlaceId == p.Id) ? p.CountryCode : null,
    };

    private static IEnumerable<Draft> MergeWithinArticle(List<Draft> drafts)
    {
        var merged = new List<Draft>();
        foreach (var draft in drafts)
        {
            var same = merged.FirstOrDefault(m => m.SameEventAs(draft));
            if (same is null)
                merged.Add(draft);
            else
                same.Absorb(draft);
        }
        return merged;
    }

    /// <summary>An event being assembled from one sentence, and later merged with others of the same article.</summary>
    private sealed class Draft
    {
        private readonly LanguageProfile profile;
        private readonly TriggerLexicon lexicon;
        private readonly List<string> explanation = [];
        private readonly List<EventParticipant> participants = [];
        private Actor? body;

        public required string Type { get; init; }
        public string? Mode { get; private set; }
        public required string Status { get; set; }
        public required Timex Date { get; set; }
        public Place? Place { get; private set; }
        public required Sentence Sentence { get; init; }
        public required string Evidence { get; init; }
        public required List<Trigger> Triggers { get; init; }
        public Timex? EndDate { get; set; }
        private bool dateInTriggerClause;

        private Draft(LanguageProfile profile, TriggerLexicon lexicon)
        {
            this.profile = profile;
            this.lexicon = lexicon;
        }

        public bool IsEvent => Type == "CONSULT" ? Place is not null || participants.Count > 0 : participants.Count > 0;

        public IReadOnlyList<EventParticipant> People => participants.Where(p => p.Kind == ActorKind.Person).ToList();

        /// <summary>Adds the parties a following sentence names, while this event still lacks a side.</summary>
        public void CompleteParties(IReadOnlyList<NameMention> names, string text, Gazetteer.Gazetteer gazetteer)
        {
            if (Parties().Count() >= 2)
                return;
            foreach (var name in names.Where(n => n.Actor is { Kind: not ActorKind.Person } && !PrecededBy(text, n.Start, 0, lexicon.LocationPrepositions)))
                Add(new EventParticipant(name.Actor!.Kind, name.Actor.Id, name.Actor.Name));
            explanation.Add($"participants completed from the next sentence: {string.Join(", ", Parties().Select(p => p.Name))}");
        }

        public static Draft Start(LanguageProfile profile, TriggerLexicon lexicon, Sentence sentence, List<Trigger> triggers, Timex date, DateOnly? dct, string text)
        {
            var first = triggers[0];
            var draft = new Draft(profile, lexicon)
            {
                Type = first.Type,
                Status = "occurred",
                Date = date,
                Sentence = sentence,
                Evidence = text[sentence.Start..sentence.End],
                Triggers = triggers,
            };
            draft.dateInTriggerClause = triggers.Any(t => sentence.Clauses.Any(c => t.Start >= c.Start && t.Start < c.End && date.Start >= c.Start && date.Start < c.End));
            draft.explanation.Add($"event words: {string.Join(", ", triggers.Select(t => $"'{t.Word}' ({t.Type}{(t.Mode is null ? "" : "." + t.Mode)})"))}");
            draft.explanation.Add($"date: '{date.Text}' = {date.Value} ({date.Provenance})");
            draft.Mode = draft.DecideMode(text);
            draft.Status = draft.DecideStatus(text, dct);
            return draft;
        }

        private string? DecideMode(string text)
        {
            if (Type != "CONSULT")
                return null;
            var modes = Triggers.Select(t => t.Mode).Where(m => m is not null).ToList();
            foreach (var special in new[] { "call", "visit", "mediated" })
            {
                if (modes.Contains(special))
                    return special;
            }
            if (Triggers.Any(t => TriggerLexicon.WordsBefore(text, t.Start, Sentence.Start, 2).Any(lexicon.Bilateral.Contains)))
            {
                explanation.Add("mode: bilateral, said so beside the event word");
                return "bilateral";
            }
            if (Triggers.Any(t => TriggerLexicon.WordsBefore(text, t.Start, Sentence.Start, 2).Any(lexicon.Multilateral.Contains)))
            {
                explanation.Add("mode: multilateral, said so beside the event word");
                return "multilateral";
            }
            return modes.Contains("multilateral") ? "multilateral" : "bilateral";
        }

        private string DecideStatus(string text, DateOnly? dct)
        {
            var scope = text[Sentence.Start..Sentence.End];
            if (lexicon.Cancelled.FirstOrDefault(c => ContainsWord(scope, c)) is { } cancelled)
            {
                explanation.Add($"status: cancelled ('{cancelled}')");
                return "cancelled";
            }
            if (lexicon.Postponed.FirstOrDefault(c => ContainsWord(scope, c)) is { } postponed)
            {
                explanation.Add($"status: postponed ('{postponed}')");
                return "postponed";
            }
            if (dct is { } d && Date.RangeStart is { } start)
            {
                if (start > d)
                {
                    explanation.Add($"status: scheduled, its date lies after the document date {Calendar.Day(d)}");
                    return "scheduled";
                }
                if (start == d && Date.Provenance.Direction == Direction.Future)
                {
                    explanation.Add("status: scheduled, announced for the document's own day");
                    return "scheduled";
                }
            }
            else if (Date.Provenance.Direction == Direction.Future)
            {
                explanation.Add("status: scheduled, the clause speaks of what is to come");
                return "scheduled";
            }
            return "occurred";
        }

        private static bool ContainsWord(string scope, string phrase)
        {
            var i = scope.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            while (i >= 0)
            {
                var before = i == 0 || !char.IsLetter(scope[i - 1]);
                var after = i + phrase.Length >= scope.Length || !char.IsLetter(scope[i + phrase.Length]);
                if (before && after)
                    return true;
                i = scope.IndexOf(phrase, i + 1, StringComparison.OrdinalIgnoreCase);
            }
            return false;
        }

        /// <summary>The place named after "in"/"im"/"at" nearest to the event's words and date; the clause first.</summary>
        public void ResolvePlace(IReadOnlyList<NameMention> names, string text)
        {
            var anchors = Triggers.Select(t => t.Start).Append(Date.Start).ToList();
            // A visit's destination may stand bare after the verb: "visited Kyiv on Monday", "besuchte am Montag Kiew".
            var visitEnd = Triggers.Where(t => t.Mode == "visit").Select(t => t.End).DefaultIfEmpty(-1).Min();
            var destination = visitEnd < 0 ? null : names.FirstOrDefault(n => n.Place is not null && n.Start >= visitEnd && SameClause(visitEnd - 1, n.Start));
            var candidates = names
                .Where(n => n.Place is not null && (PrecededByPlacePreposition(text, n.Start) || n == destination))
                .OrderBy(n => anchors.Any(a => SameClause(a, n.Start)) ? 0 : 1)
                .ThenBy(n => anchors.Min(a => Math.Abs(a - n.Start)))
                .ToList();
            if (candidates.Count == 0)
                return;
            Place = candidates[0].Place;
            explanation.Add($"place: '{candidates[0].Text}' = {Place!.Name} ({Place.CountryCode}, GeoNames {Place.GeonamesId})");
        }

        private bool SameClause(int a, int b) =>
            Sentence.Clauses.Any(c => a >= c.Start && a < c.End && b >= c.Start && b < c.End);

        private bool PrecededByPlacePreposition(string text, int start) => PrecededBy(text, start, Sentence.Start, lexicon.PlacePrepositions);

        private static bool PrecededBy(string text, int start, int limit, IReadOnlySet<string> words)
        {
            var end = start;
            while (end > limit && text[end - 1] == ' ')
                end--;
            var begin = end;
            while (begin > limit && char.IsLetter(text[begin - 1]))
                begin--;
            return begin < end && words.Contains(text[begin..end]);
        }

        public void ResolveParticipants(IReadOnlyList<NameMention> names, string text,
            IReadOnlyDictionary<string, int> salience, Gazetteer.Gazetteer gazetteer, IReadOnlyList<EventParticipant> recentPeople)
        {
            var reported = ReportedContentStart(text);
            foreach (var name in names)
            {
                if (name.Start >= reported && !Triggers.Any(t => t.Start >= reported))
                    continue;
                // "talks on the crisis around Ukraine": what the talks are about, not who holds them.
                if (name.Actor?.Kind != ActorKind.Person && TriggerLexicon.WordsBefore(text, name.Start, Sentence.Start, 3).Any(lexicon.TopicPrepositions.Contains))
                    continue;
                // "the Swiss city": the host country named by an adjective is the setting, not a party.
                if (name.FromAdjective && Place is not null && name.Actor?.Id == Place.CountryCode)
                    continue;
                // "the war in Ukraine": a country after "in" is where something is, not who takes part.
                if (name.Actor?.Kind == ActorKind.Country && PrecededBy(text, name.Start, Sentence.Start, lexicon.LocationPrepositions))
                    continue;
                if (name.Place is { } place)
                {
                    // A capital that is not where the event happens stands for its government ("und Moskau").
                    if (PrecededByPlacePreposition(text, name.Start))
                        continue;
                    var country = gazetteer.Actors.FirstOrDefault(a => a.CapitalPlaceId == place.Id);
                    if (country is not null)
                        Add(new EventParticipant(ActorKind.Country, country.Id, country.Name));
                    continue;
                }
                var actor = name.Actor!;
                if (actor.Kind == ActorKind.Person)
                {
                    AddPerson(name, text);
                    continue;
                }
                if (actor.Members.Count > 0)
                {
                    body = actor;
                    foreach (var member in actor.Members.Select(gazetteer.ActorById).Where(m => m is not null))
                        Add(new EventParticipant(member!.Kind, member.Id, member.Name));
                    continue;
                }
                Add(new EventParticipant(actor.Kind, actor.Id, actor.Name));
            }
            // "Am Dienstag reist sie nach Moskau weiter": a pronoun stands for the person of the event just before.
            if (Parties().Count() < 2 && recentPeople.Count > 0 && TriggerLexicon.Tokens(text, Sentence.Start, Sentence.End).Any(t => lexicon.Pronouns.Contains(t.Text)))
            {
                participants.Insert(0, recentPeople[0]);
                explanation.Add($"participants: '{recentPeople[0].Name}' from the sentence before, for a pronoun");
            }
            foreach (var person in participants.Where(p => p.Kind == ActorKind.Person && p.Affiliation is not null).ToList())
            {
                var affiliation = gazetteer.ActorById(person.Affiliation!);
                if (affiliation is not null)
                    Add(new EventParticipant(affiliation.Kind, affiliation.Id, affiliation.Name));
            }
            // Talks between two sides where the sentence names only one: the other side is the country the
            // article is most about.
            if (Mode is "bilateral" or "call" && Parties().Count() == 1)
            {
                var known = Parties().Select(p => p.Id).ToHashSet();
                var other = salience.Where(kv => !known.Contains(kv.Key)).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
                if (other.Key is not null && gazetteer.ActorById(other.Key) is { } counterpart)
                {
                    Add(new EventParticipant(counterpart.Kind, counterpart.Id, counterpart.Name));
                    explanation.Add($"participants: {counterpart.Name} added as the other side, the article's most named country ({other.Value} times)");
                }
            }
            if (Mode == "bilateral" && Parties().Count() > 2 && participants.Any(p => p.Kind == ActorKind.Organisation))
                Mode = "multilateral";
            // A summit of two heads of state is a meeting of two, whatever the event word.
            if (Mode == "multilateral" && body is null && Parties().Count() == 2 && Parties().All(p => p.Kind == ActorKind.Country))
                Mode = "bilateral";
            explanation.Add($"participants: {string.Join(", ", participants.Select(p => p.Name))}");
        }

        private int ReportedContentStart(string text)
        {
            foreach (var (start, end) in Sentence.Clauses)
            {
                var first = TriggerLexicon.Tokens(text, start, end).FirstOrDefault();
                if (first.Text is not null && lexicon.Complementizers.Contains(first.Text))
                    return start;
            }
            return int.MaxValue;
        }

        private IEnumerable<EventParticipant> Parties() => participants.Where(p => p.Kind != ActorKind.Person);

        public void AddPerson(NameMention name, string text)
        {
            var actor = name.Actor!;
            var role = (name.Start >= Sentence.Start && name.Start < Sentence.End ? RoleBefore(text, name.Start) : null) ?? actor.Role;
            Add(new EventParticipant(ActorKind.Person, actor.Id, actor.Name, role, actor.Affiliation));
        }

        /// <summary>The office written right before a name: "NATO-Generalsekretär Jens Stoltenberg", "Deputy Secretary of State Wendy Sherman".</summary>
        private string? RoleBefore(string text, int start)
        {
            var words = TriggerLexicon.Tokens(text, Sentence.Start, start);
            var first = words.Count;
            for (var i = words.Count - 1; i >= 0 && words.Count - i <= 6; i--)
            {
                var word = words[i].Text;
                if (lexicon.StopWords.Contains(word) && word is not ("of" or "for"))
                    break;
                if (!char.IsUpper(word[0]) && word is not ("of" or "for"))
                    break;
                first = i;
            }
            while (first < words.Count && words[first].Text is "of" or "for")
                first++;
            if (first >= words.Count)
                return null;
            var role = text[words[first].Start..words[^1].End];
            return lexicon.RoleWords.Any(r => role.Contains(r, StringComparison.OrdinalIgnoreCase)) ? role : null;
        }

        private void Add(EventParticipant participant)
        {
            if (!participants.Any(p => p.Id == participant.Id))
                participants.Add(participant);
        }

        public bool SameEventAs(Draft other) =>
            Type == other.Type
            && (Place is null || other.Place is null || Place.Id == other.Place.Id)
            && DatesCompatible(Date, other.Date)
            && (Place is not null || other.Place is not null || Parties().Select(p => p.Id).Intersect(other.Parties().Select(p => p.Id)).Any());

        private static bool DatesCompatible(Timex a, Timex b) =>
            a.Value == b.Value
            || (a.RangeStart is { } aS && a.RangeEnd is { } aE && b.RangeStart is { } bS && b.RangeEnd is { } bE
                && ((aS <= bS && bE <= aE) || (bS <= aS && aE <= bE)));

        public void Absorb(Draft other)
        {
            if (other.Date.Granularity > Date.Granularity)
                Date = other.Date;
            Place ??= other.Place;
            body ??= other.body;
            foreach (var p in other.participants)
                Add(p);
            if (Mode == "bilateral" && other.Mode is not null and not "bilateral")
                Mode = other.Mode;
            explanation.Add($"merged with the event in '{Shorten(other.Evidence)}'");
        }

        private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";

        public DiplomaticEvent Build(string key)
        {
            var confidence = 0.35;
            confidence += Date.Granularity is Granularity.Day or Granularity.Time ? 0.2 : Date.Granularity == Granularity.Week ? 0.1 : 0.0;
            confidence += Place is not null ? 0.15 : 0.0;
            confidence += Parties().Count() >= 2 ? 0.1 : 0.0;
            confidence += dateInTriggerClause ? 0.1 : 0.0;
            confidence += Triggers.Count > 1 ? 0.05 : 0.0;
            confidence = Math.Round(Math.Min(confidence, 0.95), 2);
            return new DiplomaticEvent(key, Type, Mode, Status, Date, Place, participants.ToList(), Title(), Sentence.Start, Sentence.End, Evidence, confidence, explanation.ToList(), EndDate);
        }

        private string Title()
        {
            var where = Place is null ? "" : $" in {Place.Name}";
            var parties = Parties().Select(p => p.Name).ToList();
            var between = parties.Count >= 2 ? string.Join("–", parties.Take(3)) : parties.FirstOrDefault() ?? "";
            return (Type, Mode) switch
            {
                ("CONSULT", _) when body is not null => $"{body.Name} meeting{where}",
                ("CONSULT", "multilateral") => $"{(Parties().FirstOrDefault(p => p.Kind == ActorKind.Organisation)?.Name ?? "Multilateral")} meeting{where}",
                ("CONSULT", "call") => $"{between} phone call".Trim(),
                ("CONSULT", "visit") => $"{between} visit{(Place is null ? "" : $" to {Place.Name}")}".Trim(),
                ("CONSULT", "mediated") => $"Mediated talks{where}",
                ("CONSULT", _) when Triggers.Any(t => lexicon.SummitWords.Contains(t.Word)) => $"{between} summit{where}".Trim(),
                ("CONSULT", _) => $"{between} talks{where}".Trim(),
                _ => $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Type.Replace('_', ' ').ToLowerInvariant())}: {between}{where}".Trim(),
            };
        }
    }
}
