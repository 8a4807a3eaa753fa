using System.Collections.Concurrent;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Events.Vocabulary;

/// <summary>What else a clause must hold for an event word to report an event.</summary>
[Flags]
public enum Frame
{
    None = 0,
    /// <summary>"with"/"mit" and someone: "spoke with the President".</summary>
    With = 1,
    /// <summary>Someone as the object: "hosted the Chancellor".</summary>
    Actor = 2,
    /// <summary>A place in the clause: "travelled to Kyiv".</summary>
    Place = 4,
    /// <summary>A word of signing or reaching: "signed an agreement".</summary>
    Signed = 8,
    /// <summary>"to" right after the word: "agreed to the relocation", not "agreed on the importance".</summary>
    To = 16,
    /// <summary>A place right after the word and "to"/"nach": "will continue to Seoul", not "continue to discuss".</summary>
    Destination = 32,
    /// <summary>
    /// "with"/"mit" and someone, or a second person named in the comma segment: German "hatte Lawrow in Krasnodar
    /// gesprochen" (someone spoken to), not "sprach in Berlin über die Lage".
    /// </summary>
    WithOrPerson = 64,
}

/// <summary>An event word found in a text.</summary>
public sealed record Trigger(int Start, int End, string Word, string Type, string? Mode, Frame Frame, bool IsVerb);

/// <summary>A token of a sentence: a word, a number or a hyphenated compound.</summary>
public readonly record struct Token(string Text, int Start, int End);

/// <summary>
/// The event words of a language with their grammar (Resources/{language}/events.txt): verbs from their lemmas and
/// irregular forms, nouns with their plurals or written forms, compound endings, and the word lists the decisions
/// about an event read (status cues, prepositions, titles).
/// </summary>
public sealed class EventLexicon
{
    private sealed record Entry(string[] Words, bool Suffix, string Type, string? Mode, Frame Frame, bool IsVerb, string? SeparatedPrefix);

    private static readonly ConcurrentDictionary<string, EventLexicon> Cache = new();

    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Entry> suffixes = [];
    private readonly bool nounsCaseSensitive;

    public string Language { get; }

    /// <summary>Whether the language writes its nouns with a capital (German): a capitalised word inside a sentence is a noun.</summary>
    public bool NounsCapitalised => nounsCaseSensitive;
    public WordSet PhoneMarkers { get; }
    public WordSet Bilateral { get; }
    public WordSet Multilateral { get; }
    public WordSet SigningWords { get; }
    public WordSet Cancelled { get; }
    public WordSet Postponed { get; }

    /// <summary>Separable verbs of cancelling, as a verb and the particle that closes its clause ("sagte ... ab").</summary>
    public IReadOnlyList<(string Verb, string Particle)> CancelledSeparable { get; }

    /// <summary>Words that make a forum or a conference one of a trade or an industry ("Energy Week", "Investorenforum").</summary>
    public WordSet TradeWords { get; }

    /// <summary>"as planned", "wie geplant": after a negated event word, the plan was called off ("not to travel ... as scheduled").</summary>
    public WordSet AsPlanned { get; }
    public WordSet Negations { get; }
    public WordSet Hypothetical { get; }
    public WordSet PlacePrepositions { get; }

    /// <summary>Nouns that put a place's name in apposition: "in the Ukrainian capital Kyiv", "in der Hafenstadt Odessa".</summary>
    public WordSet PlaceNouns { get; }

    /// <summary>Words of direction before a place's name: "in central Beijing", "im Norden von".</summary>
    public WordSet PlaceModifiers { get; }

    /// <summary>Sites a visit may go to that make it a stop on a programme, not a visit between states; a word ending in one counts.</summary>
    public IReadOnlyList<string> VisitSites { get; }

    /// <summary>Nouns of a capital: "in der US-Hauptstadt", "in the Russian capital".</summary>
    public WordSet CapitalNouns { get; }
    public WordSet DestinationPrepositions { get; }
    public WordSet LocationPrepositions { get; }
    public WordSet Complementizers { get; }

    /// <summary>Words that open an infinitive clause of purpose or manner ("um ... zu", "ohne ... zu"), not what was agreed.</summary>
    public WordSet InfinitiveClauseOpeners { get; }
    public WordSet Conjunctions { get; }
    public WordSet ParticipationCues { get; }
    public WordSet CompanionPrepositions { get; }
    public WordSet Pronouns { get; }

    /// <summary>Pronouns as the object of talks ("called him", "hatte ihn angerufen"): someone named before.</summary>
    public WordSet ObjectPronouns { get; }
    public WordSet TopicPrepositions { get; }

    /// <summary>"miteinander", "each other": people joined by "and" before a verb of the with frame talk to each other.</summary>
    public WordSet ReciprocalMarkers { get; }

    /// <summary>"Besuchen Sie uns", "Visit our website": after a verb opening its sentence, a request to the reader.</summary>
    public WordSet ImperativeFollowers { get; }

    /// <summary>"Mit Blick auf", "in view of": a date in the segment they open dates its own noun.</summary>
    public WordSet FramingPrepositions { get; }

    /// <summary>"dessen", "whose": a date after one dates the relative clause's own noun.</summary>
    public WordSet PossessiveRelatives { get; }

    /// <summary>"on the eve of", "am Vorabend": the event after them is on the day after its sentence's day.</summary>
    public WordSet EvePrepositions { get; }

    /// <summary>"three weeks after the visit": the event after the word lies the span before the sentence's dated event.</summary>
    public WordSet SpanAfterPrepositions { get; }

    /// <summary>"two days before the summit": the event after the word lies the span after the sentence's dated event.</summary>
    public WordSet SpanBeforePrepositions { get; }

    /// <summary>The forms of the verbs whose participle reports the event as an adjective too ([attributive-participles]).</summary>
    public IReadOnlySet<string> AttributiveForms => attributiveForms;

    private readonly HashSet<string> attributiveForms = new(StringComparer.Ordinal);

    /// <summary>Words of a relative clause that tells when the event before it takes place ("which was scheduled to take place").</summary>
    public WordSet SchedulingWords { get; }

    /// <summary>Words that open a comma segment at a sentence's end that adds something beside the event ("including", "darunter").</summary>
    public WordSet AsideOpeners { get; }

    /// <summary>Words that open a comma segment saying only where the report comes from ("according to", "laut").</summary>
    public WordSet AttributionOpeners { get; }

    /// <summary>Words that tell of a plan as it stood ("was to visit", "sollte ursprünglich"), which the article may call off.</summary>
    public WordSet UnrealisedPlans { get; }

    /// <summary>Verbs of deciding whose infinitive is a plan ("beschlossen, sich zu treffen", "decided to meet").</summary>
    public WordSet DecidingVerbs { get; }

    /// <summary>The particle of an infinitive ("zu", "to").</summary>
    public WordSet InfinitiveParticles { get; }

    /// <summary>"to" before a verb (tense.txt's [infinitive-markers]): after "agreed", a commitment to act ("agreed to bolster"), not an agreement.</summary>
    public WordSet InfinitiveMarkers { get; }

    /// <summary>Words after "agreed to" that open what was agreed ("agreed to the relocation"), not a verb.</summary>
    public WordSet AgreementOpeners { get; }

    /// <summary>Endings that mark a possessor ("Tehran's", "Bolsonaro’s").</summary>
    public IReadOnlyList<string> PossessiveEndings { get; }

    /// <summary>Whether a token ends in a possessive ending of the language.</summary>
    public bool IsPossessive(string token)
    {
        foreach (var ending in PossessiveEndings)
        {
            if (token.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>Verbs whose object is the subject of talks: "discussed", "besprachen".</summary>
    public WordSet TopicVerbs { get; }

    /// <summary>Words that open an indirect question after a verb of discussing: "wie", "how".</summary>
    public WordSet QuestionWords { get; }

    /// <summary>Words that introduce a partner after a verb of discussing: "with", "mit".</summary>
    public WordSet TopicVerbPartners { get; }
    public WordSet SpanPrepositions { get; }
    public WordSet SincePrepositions { get; }
    public WordSet Titles { get; }
    public WordSet Counterparts { get; }
    public WordSet SummitWords { get; }
    public WordSet GenericMarkers { get; }
    public WordSet SpeechVerbs { get; }
    public WordSet EndMarkers { get; }
    public WordSet DuringPrepositions { get; }
    public WordSet RelativePronouns { get; }
    public WordSet Vetoes { get; }

    /// <summary>Words of a plan reported by someone ("wrote that Merkel would hold talks on Wednesday"), not of a wish.</summary>
    public WordSet ReportedPlanWords { get; }

    /// <summary>Verbs of going: with one, "to"/"nach" names where an event is ("nach Berlin kommen").</summary>
    public WordSet MotionVerbs { get; }

    /// <summary>Nouns of a stance towards an agreement ("support of", "Ablehnung"): the agreement is its object, not an event.</summary>
    public WordSet StanceWords { get; }

    /// <summary>Words that join a date to the noun before it ("die Anschläge vom 22. Juli", "the attacks of 26 June").</summary>
    public WordSet AttributiveDatePrepositions { get; }

    /// <summary>Articles that open an attribute before its noun ("den im Dezember neu gewählten Präsidenten"): a date inside tells of its adjective.</summary>
    public WordSet AttributeArticles { get; }

    /// <summary>The endings of the adjective that closes such an attribute ("gewählten"), those of [attributive-endings].</summary>
    public IReadOnlyList<string> AttributeEndings { get; }

    /// <summary>Verbs that keep up or strengthen talks as a relation ("den Dialog pflegen", "deepen the dialogue").</summary>
    public WordSet CultivatingVerbs { get; }

    /// <summary>Verb forms spelt like a determiner ("einigen"): before a noun they are the determiner.</summary>
    public WordSet DeterminerHomographs { get; }

    /// <summary>Pronouns of each other that begin with a word of recurrence ("each other"): no recurrence.</summary>
    public WordSet ReciprocalPronouns { get; }

    /// <summary>Verbs of leaving a place, right before it ("left Kuwait City after talks"): what the sentence tells happened there.</summary>
    public WordSet DepartureVerbs { get; }

    /// <summary>Verbs that pay a visit ("stattete Prag einen Besuch ab"): the place between one and the visit is its destination.</summary>
    public WordSet VisitPayingVerbs { get; }

    /// <summary>Words of going home around a destination ("nach Berlin zurück", "back to Berlin").</summary>
    public WordSet ReturnWords { get; }

    /// <summary>Negations at the end of the clause, after the event word ("flog nie nach Peking").</summary>
    public WordSet ClauseNegations { get; }

    /// <summary>Words before a word of talks that make it something asked for ("Wunsch nach einem Telefonat", "request for a meeting").</summary>
    public WordSet RequestOpeners { get; }

    /// <summary>The ending that makes a city's adjective ("Grazer", "Wiener"): before a building it names the city.</summary>
    public WordSet CityAdjectiveEndings { get; }

    /// <summary>Buildings a city's adjective may stand before as the venue ("Grazer Burg", "Wiener Rathaus").</summary>
    public WordSet VenueNouns { get; }

    /// <summary>Endings of nouns of an act ("Vereidigung"): after a bare "nach", such a noun takes the date that follows.</summary>
    public WordSet ActNounEndings { get; }

    /// <summary>A call on someone in person ("called on Prime Minister Lee"), where no "to" and a verb follow.</summary>
    public WordSet CourtesyCalls { get; }

    /// <summary>Nouns of a state of affairs before a place ("the situation in Westminster"): the place is theirs, no venue.</summary>
    public WordSet SettingNouns { get; }

    /// <summary>Words that open a sentence pointing at other material ("Here is Monday's press conference").</summary>
    public WordSet PointerStarts { get; }

    /// <summary>Words of the first person: the speaker takes part in what they tell ("during my visit", "we signed").</summary>
    public WordSet FirstPerson { get; }

    /// <summary>Words that make a talks noun the purpose of a measure ("recalled its ambassador for consultations").</summary>
    public WordSet PurposePrepositions { get; }
    public WordSet NewEventDeterminers { get; }

    /// <summary>Words before an event noun that refer back to an event told before ("the talks", "dem Treffen").</summary>
    public WordSet ReferringDeterminers { get; }

    /// <summary>Words that make an -ing form after them a verb ("is meeting"); without one it is the noun ("the meeting"). English only.</summary>
    public WordSet IngVerbMarkers { get; }

    /// <summary>Words that open a clause about a place named before them: "wo", "where".</summary>
    public WordSet PlaceRelatives { get; }

    /// <summary>Words that name again the place told before: "dort", "there".</summary>
    public WordSet ThereWords { get; }

    /// <summary>Words after which "there" says that something exists, not where: "there will be".</summary>
    public WordSet ExistentialFollowers { get; }
    public WordSet DistinctMarkers { get; }

    /// <summary>
    /// Titles of people posted at a place ("Botschafter", "envoy", "Ukraine-Beauftragte"), matched as the end of a word: the
    /// place after them ("Botschafter in Washington", "Ambassador to NATO") is their post, not an event's venue or party.
    /// </summary>
    public IReadOnlyList<string> PostedTitles { get; }

    public bool IsPostedTitle(string word) => PostedTitles.Any(t => word.EndsWith(t, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Erstmals hätten alle Regierungschefs an einem China-Gipfel teilnehmen sollen", "should have taken place": an
    /// auxiliary of the unreal past followed in its clause by a modal makes the clause's events ones that did not happen.
    /// </summary>
    public WordSet CounterfactualAuxiliaries { get; }
    public WordSet CounterfactualModals { get; }

    /// <summary>
    /// People who act for no state ("Künstler und Wissenschaftler", "business leaders", "civil society"): a meeting with
    /// them alone is no diplomacy, and a nationality before them is theirs, not a party's.
    /// </summary>
    public WordSet NonStatePartners { get; }

    /// <summary>Words that stand for the two people named just before: "the two leaders", "die beiden".</summary>
    public WordSet PairAnaphors { get; }

    /// <summary>Offices held abroad for one's own country: "Ambassador", "Botschafterin".</summary>
    public WordSet EnvoyTitles { get; }

    /// <summary>The word that names the agent of a passive: "by", "von".</summary>
    public WordSet PassiveAgents { get; }

    /// <summary>
    /// Prepositions that open the topic right after an event word ("sprachen auch über das von den USA gekündigte
    /// Abkommen mit dem Iran"): every country named after one in its comma segment is part of the topic.
    /// </summary>
    public WordSet TopicOpeners { get; }

    /// <summary>Topic openers after which a date or a place belongs to the topic ("sprachen über die geplante Eröffnung ... in diesem Sommer").</summary>
    public WordSet TopicOpenersHoldingDates { get; }

    /// <summary>Prepositions between a topic noun and a body ("a seat on the Council").</summary>
    public WordSet BodyTopicPrepositions { get; }

    /// <summary>
    /// Prepositions that put one event before or after another ("consultations ahead of the summit", "Gespräche im
    /// Vorfeld des Gipfels"): the two are different events, not one.
    /// </summary>
    public WordSet SequencePrepositions { get; }

    /// <summary>Words that open a sentence or clause with what comes before its event: "Nach der Landung ...", "After his arrival ...".</summary>
    public WordSet SequenceOpeners { get; }

    /// <summary>Words before an office that say what someone named is ("als Bundeskanzlerin", "as Chancellor"): no second person.</summary>
    public WordSet AppositionWords { get; }

    /// <summary>Verbs that say where people are ("The leaders were in New York for the General Assembly").</summary>
    public WordSet PresenceVerbs { get; }

    /// <summary>Words that make talks with several partners one meeting per partner ("separate talks", "jeweils").</summary>
    public WordSet SeparatePartners { get; }
    public WordSet SequenceMarkers { get; }
    public WordSet BodyVetoes { get; }

    /// <summary>A country's own government, parliament and party bodies, whose sessions are no diplomacy.</summary>
    public WordSet DomesticBodies { get; }

    /// <summary>Words between a session word and its owner ("Sitzung des Bundesrates", "session of the Cabinet").</summary>
    public WordSet OwnerArticles { get; }

    /// <summary>Possessives before a session word that make it its subject's own ("an seiner Sitzung", "at its meeting").</summary>
    public WordSet SessionPossessives { get; }

    /// <summary>Greetings that open a sentence ("Welcome to", "Willkommen auf"): the event word in them greets the reader.</summary>
    public WordSet Greetings { get; }

    /// <summary>Words right before an event noun that make it every such meeting ("all our", "all unseren").</summary>
    public WordSet GenericDeterminers { get; }

    /// <summary>The press and companies as the other side right after an event word or its "with" ("with reporters", "mit der Presse").</summary>
    public WordSet NonStateObjects { get; }

    /// <summary>Words that place one town by another ("Annapolis, Maryland near Washington"): the second names no venue.</summary>
    public WordSet NearbyPrepositions { get; }

    /// <summary>Nouns of topics and texts before a body's name in the genitive ("Themen des Europäischen Rates", "the agenda of the Council").</summary>
    public WordSet BodyTopicNouns { get; }

    /// <summary>Those who speak for a government from its seat ("a spokeswoman in Moscow said"): where they speak is no venue.</summary>
    public WordSet Spokespeople { get; }

    /// <summary>Auxiliaries and modals before a verb ("will", "can"): after one, a word that is also a noun is the verb.</summary>
    public WordSet Auxiliaries { get; }

    /// <summary>Adverbs, and German subject pronouns, that may stand between a verb and its object ("traf sie auch das Team", "met also the staff").</summary>
    public WordSet WordsBeforeObject { get; }

    public WordSet Pluperfect { get; }

    /// <summary>Words that say who issued a text, by the actor id they stand for.</summary>
    public IReadOnlyList<(string ActorId, string[] Words)> Issuers { get; }
    public IReadOnlyList<string> RoleWords { get; }
    public IReadOnlySet<string> StopWords { get; }

    public static EventLexicon For(LanguageProfile language) => Cache.GetOrAdd(language.Code, static (_, l) => new EventLexicon(l), language);

    private EventLexicon(LanguageProfile language)
    {
        Language = language.Code;
        var file = language.Events;
        var setting = (string key) => file.Section("settings").FirstOrDefault(e => e.Key == key)?.Values[0];
        nounsCaseSensitive = setting("case-sensitive") == "yes";
        var german = setting("grammar") == "de";
        var attributiveVerbs = file.Words("attributive-participles").ToHashSet(StringComparer.Ordinal);
        var attributiveEndings = file.Words("attributive-endings");
        foreach (var entry in file.Section("verbs"))
        {
            var (lemma, irregular) = Lemma(file.Name, entry);
            var (type, mode) = TypeAndMode(entry.Values[0]);
            var frame = Frames(file.Name, entry.Line, entry.Values.Skip(1));
            var attributive = german && attributiveVerbs.Contains(lemma.Replace("|", "", StringComparison.Ordinal));
            var forms = german
                ? WordForms.GermanVerb(lemma, irregular, attributive ? attributiveEndings : null)
                : WordForms.EnglishVerb(lemma, irregular);
            foreach (var form in forms.Distinct())
            {
                Add(new Entry(form.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries), false, type, mode, frame, true, form.SeparatedPrefix));
                if (attributive)
                    attributiveForms.Add(form.Text);
            }
        }
        foreach (var entry in file.Section("nouns"))
        {
            var key = entry.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (key.Length == 0)
                throw new FormatException($"{file.Name}:{entry.Line}: a noun line needs a type before '='.");
            var (type, mode) = TypeAndMode(key[0]);
            var frame = Frames(file.Name, entry.Line, key.Skip(1));
            foreach (var value in entry.Values)
            {
                var suffix = value.StartsWith('*');
                var word = value.TrimStart('*');
                foreach (var form in suffix || german ? [word] : WordForms.EnglishNoun(word))
                    Add(new Entry(form.Split(' ', StringSplitOptions.RemoveEmptyEntries), suffix, type, mode, frame, false, null));
            }
        }
        // Longest first; where a form is both a noun and a verb ("talks", "visits"), the reading that asks less of the
        // clause first, since the other one's frame may not hold.
        foreach (var list in byFirstWord.Values)
            list.Sort((a, b) => a.Words.Length != b.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : (a.Frame == Frame.None ? 0 : 1).CompareTo(b.Frame == Frame.None ? 0 : 1));
        suffixes.Sort((a, b) => b.Words[0].Length.CompareTo(a.Words[0].Length));

        WordSet Set(string section, bool caseSensitive = false) => new(file.Words(section), caseSensitive);
        PhoneMarkers = Set("phone-markers");
        Bilateral = Set("bilateral-markers");
        Multilateral = Set("multilateral-markers");
        SigningWords = Set("signing-words");
        Cancelled = Set("cancelled");
        Postponed = Set("postponed");
        CancelledSeparable = [.. file.Words("cancelled-separable").Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length == 2).Select(w => (w[0], w[1]))];
        TradeWords = Set("trade-words");
        AsPlanned = Set("as-planned");
        Negations = Set("negations");
        Hypothetical = Set("hypothetical");
        PlacePrepositions = Set("place-prepositions");
        PlaceNouns = Set("place-nouns");
        PlaceModifiers = Set("place-modifiers");
        VisitSites = [.. file.Words("visit-sites")];
        CapitalNouns = Set("capital-nouns");
        DestinationPrepositions = Set("destination-prepositions");
        LocationPrepositions = Set("location-prepositions");
        Complementizers = Set("complementizers");
        InfinitiveClauseOpeners = Set("infinitive-clause-openers");
        DecidingVerbs = Set("deciding-verbs");
        UnrealisedPlans = Set("unrealised-plans");
        AttributionOpeners = Set("attribution-openers");
        AsideOpeners = Set("aside-openers");
        SchedulingWords = Set("scheduling-words");
        InfinitiveParticles = Set("infinitive-particles");
        Conjunctions = Set("conjunctions");
        ParticipationCues = Set("participation-cues");
        CompanionPrepositions = Set("companion-prepositions");
        Pronouns = Set("pronouns", caseSensitive: true);
        ObjectPronouns = Set("object-pronouns", caseSensitive: true);
        TopicPrepositions = Set("topic-prepositions");
        ReciprocalMarkers = Set("reciprocal-markers");
        ImperativeFollowers = Set("imperative-followers");
        FramingPrepositions = Set("framing-prepositions");
        PossessiveRelatives = Set("possessive-relatives");
        EvePrepositions = Set("eve-prepositions");
        SpanAfterPrepositions = Set("span-after-prepositions");
        SpanBeforePrepositions = Set("span-before-prepositions");
        InfinitiveMarkers = new WordSet(language.Tense.Words("infinitive-markers"), caseSensitive: false);
        AgreementOpeners = Set("agreement-openers");
        PossessiveEndings = file.Words("possessive-endings");
        TopicVerbs = Set("topic-verbs");
        TopicVerbPartners = Set("topic-verb-partners");
        QuestionWords = Set("question-words");
        SpanPrepositions = Set("span-prepositions");
        SincePrepositions = Set("since-prepositions");
        Titles = Set("titles", caseSensitive: nounsCaseSensitive);
        Counterparts = Set("counterparts");
        SummitWords = Set("summit-words");
        GenericMarkers = Set("generic-markers");
        SpeechVerbs = Set("speech-verbs");
        EndMarkers = Set("end-markers");
        DuringPrepositions = Set("during-prepositions");
        RelativePronouns = Set("relative-pronouns");
        Vetoes = Set("vetoes");
        ReportedPlanWords = Set("reported-plan-words");
        MotionVerbs = Set("motion-verbs");
        StanceWords = Set("stance-words");
        AttributiveDatePrepositions = Set("attributive-date-prepositions");
        AttributeArticles = Set("attribute-articles", caseSensitive: true);
        CultivatingVerbs = Set("cultivating-verbs");
        DeterminerHomographs = Set("determiner-homographs", caseSensitive: true);
        ReciprocalPronouns = Set("reciprocal-pronouns");
        DepartureVerbs = Set("departure-verbs");
        VisitPayingVerbs = Set("visit-paying-verbs");
        ReturnWords = Set("return-words");
        ClauseNegations = Set("clause-negations", caseSensitive: true);
        RequestOpeners = Set("request-openers");
        CityAdjectiveEndings = Set("city-adjective-endings", caseSensitive: true);
        VenueNouns = Set("venue-nouns", caseSensitive: true);
        ActNounEndings = Set("act-noun-endings", caseSensitive: true);
        CourtesyCalls = Set("courtesy-calls");
        SettingNouns = Set("setting-nouns");
        AttributeEndings = attributiveEndings.ToList();
        PointerStarts = Set("pointer-starts");
        FirstPerson = Set("first-person", caseSensitive: true);
        PurposePrepositions = Set("purpose-prepositions");
        NewEventDeterminers = Set("new-event-determiners");
        ReferringDeterminers = Set("referring-determiners");
        IngVerbMarkers = Set("ing-verb-markers");
        ThereWords = Set("there-words");
        PlaceRelatives = Set("place-relatives");
        ExistentialFollowers = Set("existential-followers");
        DistinctMarkers = Set("distinct-markers");
        SeparatePartners = Set("separate-partners");
        PresenceVerbs = Set("presence-verbs");
        AppositionWords = Set("apposition-words");
        SequencePrepositions = Set("sequence-prepositions");
        SequenceOpeners = Set("sequence-openers");
        TopicOpeners = Set("topic-openers");
        TopicOpenersHoldingDates = Set("topic-openers-holding-dates");
        BodyTopicPrepositions = Set("body-topic-prepositions");
        NonStatePartners = Set("non-state-partners");
        PairAnaphors = Set("pair-anaphors");
        EnvoyTitles = Set("envoy-titles");
        PassiveAgents = Set("passive-agents");
        CounterfactualAuxiliaries = Set("counterfactual-auxiliaries");
        CounterfactualModals = Set("counterfactual-modals");
        PostedTitles = file.Words("posted-titles");
        SequenceMarkers = Set("sequence-markers");
        BodyVetoes = Set("body-vetoes", caseSensitive: true);
        DomesticBodies = Set("domestic-bodies", caseSensitive: true);
        OwnerArticles = Set("owner-articles");
        SessionPossessives = Set("session-possessives");
        Greetings = Set("greetings");
        GenericDeterminers = Set("generic-determiners");
        NonStateObjects = Set("non-state-objects");
        NearbyPrepositions = Set("nearby-prepositions");
        WordsBeforeObject = Set("words-before-object");
        Auxiliaries = Set("auxiliaries");
        Spokespeople = Set("spokespeople");
        BodyTopicNouns = Set("body-topic-nouns");
        Pluperfect = Set("pluperfect");
        Issuers = [.. file.Section("issuers").SelectMany(e => e.Values.Select(v => (e.Key, Tokenizer.Words(v))))];
        RoleWords = file.Words("role-words");
        StopWords = new HashSet<string>(language.Text.Words("stopwords"), StringComparer.OrdinalIgnoreCase);
    }

    private void Add(Entry entry)
    {
        if (entry.Words.Length == 0)
            return;
        if (entry.Suffix)
        {
            suffixes.Add(entry);
            return;
        }
        if (!byFirstWord.TryGetValue(entry.Words[0], out var list))
            byFirstWord[entry.Words[0]] = list = [];
        if (!list.Any(e => e.Words.SequenceEqual(entry.Words, StringComparer.Ordinal) && e.Type == entry.Type && e.SeparatedPrefix == entry.SeparatedPrefix
            && e.IsVerb == entry.IsVerb && e.Frame == entry.Frame))
            list.Add(entry);
    }

    private static (string Lemma, IReadOnlyList<string> Irregular) Lemma(string file, ResourceEntry entry)
    {
        var key = entry.Key;
        var open = key.IndexOf('(');
        if (open < 0)
            return (key.Trim(), []);
        var close = key.IndexOf(')', open);
        if (close < 0)
            throw new FormatException($"{file}:{entry.Line}: '(' without ')'.");
        var forms = key[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return (key[..open].Trim(), forms);
    }

    private static (string Type, string? Mode) TypeAndMode(string value)
    {
        var dot = value.IndexOf('.');
        return dot < 0 ? (value, null) : (value[..dot], value[(dot + 1)..]);
    }

    private static Frame Frames(string file, int line, IEnumerable<string> words)
    {
        var frame = Frame.None;
        foreach (var word in words)
        {
            frame |= word.Trim() switch
            {
                "with" => Frame.With,
                "actor" => Frame.Actor,
                "place" => Frame.Place,
                "signed" => Frame.Signed,
                "to" => Frame.To,
                "destination" => Frame.Destination,
                "with-or-person" => Frame.WithOrPerson,
                var other => throw new FormatException($"{file}:{line}: unknown frame '{other}' (with, actor, place, signed, to, destination, with-or-person)."),
            };
        }
        return frame;
    }

    /// <summary>The event words among <paramref name="tokens"/>, longest first where several begin at one token.</summary>
    public IReadOnlyList<Trigger> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<Trigger>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var match = Match(tokens, i);
            if (match is not { } m)
                continue;
            var last = tokens[i + m.Words.Length - 1];
            found.Add(new Trigger(tokens[i].Start, last.End, string.Join(' ', tokens.Skip(i).Take(m.Words.Length).Select(t => t.Text)), m.Type, m.Mode, m.Frame, m.IsVerb));
            i += m.Words.Length - 1;
        }
        return found;
    }

    private Entry? Match(IReadOnlyList<Token> tokens, int i)
    {
        if (byFirstWord.TryGetValue(tokens[i].Text, out var candidates))
        {
            foreach (var entry in candidates)
            {
                if (i + entry.Words.Length > tokens.Count || !WordsAgree(tokens, i, entry))
                    continue;
                // "kam ... zusammen": the prefix later in the clause; "willkommen geheißen": a prefix German writes apart, right before.
                if (entry.SeparatedPrefix is { } prefix && !tokens.Skip(i + 1).Any(t => t.Text == prefix) && !(i > 0 && tokens[i - 1].Text == prefix))
                    continue;
                if (entry.IsVerb && (IsIngNoun(tokens, i) || AfterADeterminer(tokens, i) || (AfterAnArticle(tokens, i) && candidates.Any(e => !e.IsVerb && e.Words.Length == 1))))
                    continue;
                // "continued co-ordination", "continue to discuss": only a word before "to" and a name is a journey.
                if (entry.Frame.HasFlag(Frame.Destination) && !ToAName(tokens, i + entry.Words.Length))
                    continue;
                return entry;
            }
        }
        var token = tokens[i].Text;
        foreach (var entry in suffixes)
        {
            var suffix = entry.Words[0];
            // The word before the ending must be a word of its own: "Staatsreise", "EU-Gipfel", not "Preise".
            var prefix = token.Length - suffix.Length;
            // "KanzlerGESPRÄCH": an ending in capitals inside a word is a brand's name for a format, not a meeting word.
            if (prefix > 0 && token.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && (prefix >= 3 || token[prefix - 1] == '-')
                && (!nounsCaseSensitive || char.IsUpper(token[0])) && !(token[prefix - 1] != '-' && token[prefix..].All(c => !char.IsLower(c))))
                return entry;
        }
        return null;
    }

    /// <summary>
    /// "had a friendly and productive call": in English, a word that is also a noun, after "a" and only lower-case words
    /// with nothing but spaces between them, is the noun ("a delegation met" keeps its verb, which is no noun); an
    /// auxiliary between them makes it a verb ("a delegation will visit Moscow").
    /// </summary>
    private bool AfterAnArticle(IReadOnlyList<Token> tokens, int i)
    {
        if (nounsCaseSensitive)
            return false;
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (tokens[k + 1].Start - tokens[k].End > 1)
                return false;
            var word = tokens[k].Text;
            if (word is "a" or "an")
                return true;
            if (!word.All(char.IsLower) || InfinitiveMarkers.Contains(word) || Auxiliaries.Contains(word))
                return false;
        }
        return false;
    }

    /// <summary>Whether a destination preposition and a capitalised word stand at <paramref name="i"/>: "to Seoul", "nach Tokio".</summary>
    private bool ToAName(IReadOnlyList<Token> tokens, int i)
    {
        // German puts the destination at the end of the verb's clause ("fliegt sie am 16. Dezember nach Lissabon"): up to
        // eight words on, with nothing but spaces between them (or an ordinal's full stop).
        var reach = nounsCaseSensitive ? 8 : 0;
        for (var k = i; k + 1 < tokens.Count && k <= i + reach; k++)
        {
            if (DestinationPrepositions.Contains(tokens[k].Text) && char.IsUpper(tokens[k + 1].Text[0]))
                return true;
            var gap = tokens[k + 1].Start - tokens[k].End;
            if (gap > 2 || (gap == 2 && !char.IsDigit(tokens[k].Text[^1])))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "Called the meeting long", "a very substantive meeting": an -ing form with no form of "be" or opening preposition
    /// one or two words before it, in mid-sentence and not after punctuation (more than a space between the words), is the
    /// noun, not the verb.
    /// </summary>
    private bool IsIngNoun(IReadOnlyList<Token> tokens, int i)
    {
        if (IngVerbMarkers.All.Count == 0 || i == 0 || !tokens[i].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || tokens[i].Start - tokens[i - 1].End > 1)
            return false;
        return !IngVerbMarkers.AnyIn(tokens, Math.Max(0, i - 2), i);
    }

    /// <summary>
    /// "Bolsonaro’s visit has opened", "their call": in English, a word after a possessive or a determiner that refers
    /// back is the noun; German writes its nouns with a capital, so needs no such rule.
    /// </summary>
    private bool AfterADeterminer(IReadOnlyList<Token> tokens, int i)
    {
        if (nounsCaseSensitive || i == 0)
            return false;
        // Not "first" ("Putin and Xi first met") nor "that" ("the delegation that visited Kyiv").
        var before = tokens[i - 1].Text;
        return IsPossessive(before)
            || (ReferringDeterminers.Contains(before) && !Complementizers.Contains(before) && !RelativePronouns.Contains(before));
    }

    private bool WordsAgree(IReadOnlyList<Token> tokens, int i, Entry entry)
    {
        for (var k = 0; k < entry.Words.Length; k++)
        {
            var word = tokens[i + k].Text;
            var expected = entry.Words[k];
            // German nouns keep their capital; a verb may be capitalised at the start of a sentence, but is no noun then.
            var exact = nounsCaseSensitive && !entry.IsVerb;
            if (exact ? !string.Equals(word, expected, StringComparison.Ordinal)
                : !string.Equals(word, expected, StringComparison.OrdinalIgnoreCase))
                return false;
            if (nounsCaseSensitive && entry.IsVerb && k == 0 && char.IsUpper(word[0]) && !char.IsUpper(expected[0]) && i > 0)
                return false;
        }
        return true;
    }
}

/// <summary>A word list of a vocabulary file, matched as whole words or word sequences.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> single;
    private readonly List<string[]> phrases;

    public IReadOnlyList<string> All { get; }

    public WordSet(IEnumerable<string> words, bool caseSensitive)
    {
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        All = words.ToList();
        single = new HashSet<string>(All.Where(w => !w.Contains(' ')), comparer);
        phrases = All.Where(w => w.Contains(' ')).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(w => w.Length).ToList();
        Comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
    }

    private StringComparison Comparison { get; }

    public bool Contains(string word) => single.Contains(word);

    /// <summary>How many tokens from <paramref name="i"/> form one of the words or phrases, or 0.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length > tokens.Count)
                continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
                all = string.Equals(tokens[i + k].Text, phrase[k], Comparison);
            if (all)
                return phrase.Length;
        }
        return single.Contains(tokens[i].Text) ? 1 : 0;
    }

    /// <summary>Whether any word or phrase of the set occurs among the tokens from <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            if (MatchAt(tokens, i) > 0)
                return true;
        }
        return false;
    }

    /// <summary>The first word or phrase of the set among the tokens from <paramref name="from"/> to <paramref name="to"/>, or null.</summary>
    public string? FirstIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            var n = MatchAt(tokens, i);
            if (n > 0)
                return string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Text));
        }
        return null;
    }
}
