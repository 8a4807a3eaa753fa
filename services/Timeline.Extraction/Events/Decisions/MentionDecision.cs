using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>One event a sentence may report: its event words and the body whose meeting it is.</summary>
/// <param name="Triggers">Its event words.</param>
/// <param name="Body">The named body whose meeting it is, if any.</param>
/// <param name="Type">Its PLOVER type.</param>
/// <param name="IsOccasion">Introduced by "during", "at", "bei", "am Rande": the occasion other events of the sentence happen at.</param>
public sealed record Mention(IReadOnlyList<Trigger> Triggers, BodyMention? Body, string Type, bool IsOccasion = false)
{
    public int Start => Math.Min(Triggers.Count > 0 ? Triggers.Min(t => t.Start) : int.MaxValue, Body?.Start ?? int.MaxValue);
    public int End => Math.Max(Triggers.Count > 0 ? Triggers.Max(t => t.End) : 0, Body?.End ?? 0);
}

/// <summary>
/// Decides which event words and named bodies of a sentence report an event: a word's frame must hold ("spoke" needs
/// "with" and someone), a negated, hypothetical or recurring meeting is not one, and a body's meeting is one event with
/// the word that heads it ("Sitzung des NATO-Russland-Rats", "the European Council meeting").
/// </summary>
public static class MentionDecision
{
    /// <summary>Types that a timeline reports; other event words only help read these.</summary>
    private static readonly HashSet<string> Reported = ["CONSULT", "AGREE", "REQUEST", "REJECT", "REDUCE_RELATIONS", "MOBILIZE", "SANCTION"];

    public static IReadOnlyList<Mention> Find(SentenceReading s, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        // "Here is Monday's press conference on Iran": a sentence pointing at other material reports nothing.
        if (s.Tokens.Count > 0 && lexicon.PointerStarts.MatchAt(s.Tokens, 0) > 0)
            return [];
        var triggers = s.Triggers.Where(t => Reported.Contains(t.Type) && FrameHolds(t, s, article) && !Negated(t, s, lexicon)
            && !Generic(t, s, lexicon) && !TradeGathering(t, s, lexicon) && Clauses.SeparableAt(lexicon.CancelledSeparable, s, s.TokenAt(t.Start)) is null && !Unreal(t, s, article) && !EndOfVisit(t, s, lexicon) && !Discussed(t, s, lexicon) && !TopicOfTalks(t, s, lexicon) && !PurposeOfAMeasure(t, s, lexicon) && !Cultivated(t, s, lexicon) && !Determiner(t, s, lexicon) && !Attribute(t, s, lexicon)
            && !SiteVisit(t, s, article) && !Imperative(t, s, lexicon) && !DomesticSession(t, s, lexicon) && (lexicon.Vetoes.MatchAt(s.Tokens, s.TokenAt(t.Start)) == 0 || CourtesyCall(t, s, lexicon))).ToList();
        var mentions = triggers.Select(t => Asked(t, s, lexicon) ? new Mention([t with { Type = "REQUEST", Mode = null }], null, "REQUEST") : new Mention([t], null, t.Type)).ToList();
        foreach (var body in s.Bodies)
        {
            var next = s.TokenAt(body.End);
            if (Generic(body.Start, s, lexicon) || (next < s.Tokens.Count && lexicon.BodyVetoes.Contains(s.Tokens[next].Text)) || InOffice(body, s)
                || TopicOf(body, s, lexicon))
                continue;
            var head = mentions.FindIndex(m => m.Type == "CONSULT" && m.Body is null && Heads(m.Triggers[0], body, s));
            if (head >= 0)
                mentions[head] = mentions[head] with { Body = body };
            else
                mentions.Add(new Mention([], body, "CONSULT"));
        }
        // "Der G7-Gipfel wird ... verlegt": a word of moving troops that is also a word of postponing, beside a meeting, moves the meeting.
        if (mentions.Any(m => m.Type == "CONSULT"))
            mentions.RemoveAll(m => m.Type == "MOBILIZE" && m.Triggers.All(t => lexicon.Postponed.Contains(t.Word)));
        mentions.RemoveAll(m => Clauses.History(s, m, article));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. mentions.Select(m => m with { IsOccasion = m.Type == "CONSULT" && Clauses.Introduced(s, m, lexicon.DuringPrepositions) })];
    }

    /// <summary>
    /// "hatte seinen Wunsch nach einem Telefonat mit dem Kanzler übermitteln lassen", "a request for a meeting": talks asked for
    /// are a request, made on the day the sentence dates.
    /// </summary>
    private static bool Asked(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        if (t.Type != "CONSULT" || t.IsVerb || lexicon.RequestOpeners.All.Count == 0)
            return false;
        var at = s.TokenAt(t.Start);
        for (var k = at - 1; k >= Math.Max(0, at - 4); k--)
        {
            var n = lexicon.RequestOpeners.MatchAt(s.Tokens, k);
            if (n > 0)
                return k + n == at || (k + n < at && Enumerable.Range(k + n, at - k - n).All(i => lexicon.NewEventDeterminers.Contains(s.Tokens[i].Text) || lexicon.ReferringDeterminers.Contains(s.Tokens[i].Text)));
        }
        return false;
    }

    /// <summary>
    /// "Besuchen Sie uns dort, wo wir für Sie arbeiten", "Visit our website": a request to the reader reports nothing; nor
    /// does a greeting that opens the sentence ("Welcome to the United Nations").
    /// </summary>
    private static bool Imperative(Trigger t, SentenceReading s, EventLexicon lexicon) =>
        (t.IsVerb && s.TokenAt(t.Start) == 0 && s.TokenAt(t.End) is var next && next < s.Tokens.Count && lexicon.ImperativeFollowers.Contains(s.Tokens[next].Text))
        || (lexicon.Greetings.MatchAt(s.Tokens, 0) is > 0 and var greeting && s.TokenAt(t.Start) < greeting);

    /// <summary>
    /// "Der Bundesrat hat an seiner Sitzung vom 12. September beschlossen", "die Kabinettssitzung", "a Cabinet meeting",
    /// "Sitzung des Bundesrates": the session of a country's own government or parliament is politics at home. The body
    /// owns the session word: as the first part of its compound, right before it, right after it in the genitive ("des",
    /// "of the"), or, with "seiner"/"its" before the word, anywhere in its comma segment. A body word before a person's
    /// name is a title ("Bundesrat Didier Burkhalter"), and another body named as the meeting's ("an der Sitzung der OSZE")
    /// makes it no session of the country's own.
    /// </summary>
    private static bool DomesticSession(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        if (t.Type != "CONSULT" || t.Mode is not ("multilateral" or "bilateral"))
            return false;
        // "Am Mittwoch tagt wie jede Woche das Kabinett", "the Cabinet met": a verb of meeting whose subject is the
        // country's own government or parliament, with no foreign body in its clause.
        if (t.IsVerb)
            return t.Frame == Frame.None && !s.Bodies.Any(b => s.SameSegment(b.Start, t.Start)) && !s.Names.Any(n => n.Actor is not null && s.SameSegment(n.Start, t.Start))
                && Enumerable.Range(0, s.Tokens.Count).Any(i => s.SameSegment(s.Tokens[i].Start, t.Start) && Math.Abs(s.Tokens[i].Start - t.Start) <= 40
                    && lexicon.DomesticBodies.MatchAt(s.Tokens, i) is > 0 and var n && !InATitle(s, i, n, lexicon));
        var at = s.TokenAt(t.Start);
        var word = s.Tokens[at].Text;
        // "Kabinettssitzung", "Bundesratssitzung": the body begins the compound.
        foreach (var body in lexicon.DomesticBodies.All)
        {
            if (!body.Contains(' ') && word.Length > body.Length + 3 && word.StartsWith(body, StringComparison.Ordinal) && char.IsLower(word[body.Length]))
                return true;
        }
        var segment = s.SegmentOf(t.Start);
        if (s.Bodies.Any(b => s.SegmentOf(b.Start) == segment))
            return false;
        bool Body(int i, out int length)
        {
            var found = i >= 0 && i < s.Tokens.Count && s.SegmentOf(s.Tokens[i].Start) == segment ? lexicon.DomesticBodies.MatchAt(s.Tokens, i) : 0;
            length = found;
            return found > 0 && !(i + found < s.Tokens.Count && s.People.Any(p => p.Name is not null && p.Start <= s.Tokens[i + found].Start && p.End > s.Tokens[i + found].Start));
        }
        // "a Cabinet meeting": right before it.
        for (var k = 1; k <= 3; k++)
        {
            if (Body(at - k, out var length) && length == k)
                return true;
        }
        // "Sitzung des Bundesrates", "the session of the Federal Council": right after it.
        var after = at + 1;
        while (after < s.Tokens.Count && after <= at + 2 && lexicon.OwnerArticles.Contains(s.Tokens[after].Text))
            after++;
        if (after > at + 1 && Body(after, out _))
            return true;
        // "Der Bundesrat hat an seiner Sitzung", "An seiner Sitzung ... wurde der Bundesrat": the session is its own.
        if (at > 0 && lexicon.SessionPossessives.Contains(s.Tokens[at - 1].Text))
        {
            for (var i = Math.Max(0, at - 6); i <= Math.Min(s.Tokens.Count - 1, at + 8); i++)
            {
                if (i != at && Body(i, out _))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "besprechen sie am Montag die offenen Themen des Europäischen Rates", "the agenda of the European
    /// Council", "a seat on the Council": a body named as what a topic, a text or a seat belongs to is no meeting of
    /// that day.
    /// </summary>
    private static bool TopicOf(BodyMention body, SentenceReading s, EventLexicon lexicon)
    {
        var k = s.TokenAt(body.Start) - 1;
        while (k >= 0 && lexicon.OwnerArticles.Contains(s.Tokens[k].Text))
            k--;
        // "a seat on the Council", "einen Sitz im Sicherheitsrat".
        if (k >= 1 && lexicon.BodyTopicPrepositions.Contains(s.Tokens[k].Text))
            k--;
        return k >= 0 && k < s.TokenAt(body.Start) - 1 && lexicon.BodyTopicNouns.Contains(s.Tokens[k].Text);
    }

    /// <summary>"the cabinet secretary", "Bundestagspräsidentin": a body's name that is part of someone's office.</summary>
    private static bool InATitle(SentenceReading s, int i, int length, EventLexicon lexicon) =>
        s.People.Any(p => p.Start <= s.Tokens[i].Start && s.Tokens[i].End <= p.End)
        || (i + length < s.Tokens.Count && (lexicon.Titles.MatchAt(s.Tokens, i + length) > 0 || lexicon.RoleWords.Contains(s.Tokens[i + length].Text, StringComparer.OrdinalIgnoreCase)));

    /// <summary>"Donald Tusk, President of the European Council": a body named as part of someone's office.</summary>
    private static bool InOffice(BodyMention body, SentenceReading s)
    {
        var at = s.TokenAt(body.Start);
        var k = at - 1;
        while (k >= 0 && s.Tokens[k].Text is "the" or "of" or "des" or "der")
            k--;
        return k >= 0 && k < at - 1 && s.People.Any(p => p.Title is not null && p.End == s.Tokens[k].End);
    }

    /// <summary>
    /// An event word is the head of a body's name when they overlap or stand together ("Sitzung des X", "X meeting",
    /// "beim X-Treffen"), and the body is its subject when it stands right before it in its clause ("The Foreign Affairs
    /// Council meets", "The OSCE Permanent Council held a special session").
    /// </summary>
    private static bool Heads(Trigger trigger, BodyMention body, SentenceReading s)
    {
        if (trigger.Start < body.End && body.Start < trigger.End)
            return true;
        if (body.End <= trigger.Start && s.SameSegment(body.Start, trigger.Start)
            && (Clauses.Gap(s, body.Start, body.End, trigger.Start, trigger.End) <= 4 || RestOfAName(s, body.End, trigger.Start)))
            return true;
        if (trigger.IsVerb)
            return false;
        var (from, to) = trigger.End <= body.Start ? (trigger.End, body.Start) : (body.End, trigger.Start);
        var between = s.Tokens.Where(t => t.Start >= from && t.End <= to).ToList();
        return between.Count <= 2 && between.All(t => t.Text is "of" or "the" or "des" or "der" or "the" or "of the" or "'s" or "its");
    }

    /// <summary>
    /// "the G20 Foreign Ministers' Meeting", "the EU-Western Balkans Leaders' Summit": capitalised words between a body and
    /// a meeting word carry on the meeting's name.
    /// </summary>
    private static bool RestOfAName(SentenceReading s, int from, int to)
    {
        var between = s.Tokens.Where(t => t.Start >= from && t.End <= to).ToList();
        return between.Count is > 0 and <= 6
            && between.All(t => char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]) || t.Text is "and" or "und");
    }

    /// <summary>
    /// "Die Außenminister vereinbarten am Montag, die Arbeit daran gemeinsam fortzusetzen": a German verb of agreeing whose
    /// clause goes on after a comma with an infinitive with "zu" commits to act, as "agreed to continue" does; "vereinbarten,
    /// dass ..." reports what was agreed, "um ... zu" says what for, and a relative clause ("eine Waffenruhe, die beide
    /// Seiten einzuhalten haben", "zu deren Überwachung") tells of the thing agreed.
    /// </summary>
    private static bool CommitsToAct(SentenceReading s, Trigger t, EventLexicon lexicon)
    {
        var segment = s.SegmentOf(t.Start) + 1;
        var first = s.TokenAt(t.End);
        while (first < s.Tokens.Count && s.SegmentOf(s.Tokens[first].Start) < segment)
            first++;
        if (segment == 0 || first >= s.Tokens.Count || s.SegmentOf(s.Tokens[first].Start) != segment
            || lexicon.Complementizers.Contains(s.Tokens[first].Text) || lexicon.InfinitiveClauseOpeners.Contains(s.Tokens[first].Text)
            || RelativeOpening(s, first, lexicon))
            return false;
        for (var i = first; i < s.Tokens.Count && s.SegmentOf(s.Tokens[i].Start) == segment; i++)
        {
            var word = s.Tokens[i].Text;
            if ((word == "zu" && i + 1 < s.Tokens.Count && s.Tokens[i + 1].Text is { Length: > 2 } next && char.IsLower(next[0]) && next.EndsWith('n')
                    && !lexicon.RelativePronouns.Contains(next))
                || ZuInfinitive(word))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A comma segment that opens a relative clause: a relative pronoun not followed by a noun ("die beide Seiten", "deren"),
    /// or one after a preposition ("zu deren Überwachung"); "den Austausch fortzusetzen" opens with an article.
    /// </summary>
    private static bool RelativeOpening(SentenceReading s, int first, EventLexicon lexicon)
    {
        var at = first + 1 < s.Tokens.Count && lexicon.RelativePronouns.Contains(s.Tokens[first + 1].Text) && char.IsLower(s.Tokens[first].Text[0]) ? first + 1 : first;
        if (!lexicon.RelativePronouns.Contains(s.Tokens[at].Text))
            return false;
        return at > first || at + 1 >= s.Tokens.Count || !char.IsUpper(s.Tokens[at + 1].Text[0]);
    }

    /// <summary>"fortzusetzen", "auszubauen": a separable prefix, "zu" and the infinitive in one word.</summary>
    private static bool ZuInfinitive(string word)
    {
        if (word.Length < 8 || !char.IsLower(word[0]) || !word.EndsWith("en", StringComparison.Ordinal) || !word.All(char.IsLetter))
            return false;
        var zu = word.IndexOf("zu", 2, StringComparison.Ordinal);
        return zu >= 2 && word.Length - zu - 2 >= 3;
    }

    private static bool FrameHolds(Trigger t, SentenceReading s, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        var german = lexicon.Language == "de";
        var at = s.TokenAt(t.Start);
        var after = s.TokenAt(t.End);
        if (t.Frame.HasFlag(Frame.To) && !(after < s.Tokens.Count && s.Tokens[after].Text is "to" or "zu" or "auf"))
            return false;
        // "agreed to the relocation" is an agreement; "agreed to bolster cooperation", "agreed to continue discussions" is a
        // commitment to do something, not one reached or signed.
        if (t.Frame.HasFlag(Frame.To) && after + 1 < s.Tokens.Count && lexicon.InfinitiveMarkers.Contains(s.Tokens[after].Text)
            && s.Tokens[after + 1].Text is { Length: > 0 } verb && char.IsLower(verb[0]) && !lexicon.AgreementOpeners.Contains(verb) && !PluralNoun(verb))
            return false;
        if (german && t.Type == "AGREE" && t.IsVerb && CommitsToAct(s, t, lexicon))
            return false;
        if (t.Frame.HasFlag(Frame.Signed) && !lexicon.SigningWords.AnyIn(s.Tokens, 0, s.Tokens.Count))
            return false;
        // "flog nach Paris"; German puts the destination at the end of the verb's clause ("fliegt sie am 16. Dezember nach
        // Lissabon").
        if (t.Frame.HasFlag(Frame.Destination) && !Enumerable.Range(after, Math.Max(0, (german ? SegmentEnd(s, t.Start) : after + 1) - after))
            .Any(i => i + 1 < s.Tokens.Count && lexicon.DestinationPrepositions.Contains(s.Tokens[i].Text)
                && s.Names.Any(n => n.Start == s.Tokens[i + 1].Start && !n.FromAdjective && (n.Place is not null || n.Actor?.Kind == ActorKind.Country))))
            return false;
        // The place of a trip may stand in the title only: "Ministerin reist zu Gesprächen in den Irak".
        // "kamen in der libyschen Hauptstadt an": a country's capital named by its noun is a place too.
        if (t.Frame.HasFlag(Frame.Place) && !article.Sentences.Where(x => x == s || x.IsTitle).SelectMany(x => x.Names).Any(n => n.Place is not null || (n.Actor?.Kind == ActorKind.Country && !n.FromAdjective))
            && !s.Names.Any(n => n.Actor?.Kind == ActorKind.Country && PlaceDecision.CapitalNamed(s, n, lexicon)))
            return false;
        // "hatte Lawrow erst vor zwei Wochen in Krasnodar gesprochen": two people named in the verb's comma segment.
        if (t.Frame.HasFlag(Frame.WithOrPerson) && s.People.Count(p => (p.Name is not null || p.Known is not null) && s.SameSegment(p.Start, t.Start)) >= 2)
            return true;
        if (t.Frame.HasFlag(Frame.With) || t.Frame.HasFlag(Frame.WithOrPerson))
        {
            // German puts "mit ..." anywhere in the verb's clause: "die sich mit X getroffen haben", "sprach am Montag mit X";
            // also first, with the partner's name set off by commas ("Mit dem Botschafter Portugals, João Silva, besprach er").
            var from = german ? SegmentStart(s, t.Start) : after;
            if (german && from > 0 && lexicon.CompanionPrepositions.Contains(s.Tokens[0].Text) && s.SegmentOf(t.Start) - s.SegmentOf(s.Tokens[0].Start) <= 2
                && at - 1 >= 0 && s.SegmentOf(s.Tokens[at - 1].Start) != s.SegmentOf(t.Start))
                from = 0;
            var to = german ? SegmentEnd(s, t.Start) : Math.Min(s.Tokens.Count, after + 6);
            // "talked to Putin", not "discuss how to break": "to" counts only right after the word.
            var with = Enumerable.Range(from, Math.Max(0, to - from))
                .Where(i => lexicon.CompanionPrepositions.Contains(s.Tokens[i].Text) && (s.Tokens[i].Text != "to" || i == after)).ToList();
            if (!with.Any(i => SomeoneWithin(s, i + 1, i + 7) || (i + 1 < s.Tokens.Count && lexicon.ObjectPronouns.Contains(s.Tokens[i + 1].Text)))
                && !(Reciprocal(s, at, lexicon) && TalkedToEachOther(s, at, after, lexicon)))
                return false;
        }
        if (t.Frame.HasFlag(Frame.Actor))
        {
            // "Diese hatte ihn im November angerufen", "called him on Monday": a pronoun stands for someone named before.
            // "zu Gast bei dem Ministerpräsidenten", not "zu Gast bei der Generalaussprache": a phrase that ends in its
            // preposition has its object right after it.
            var ownObject = !t.IsVerb && char.IsLower(s.Tokens[Math.Max(at, after - 1)].Text[0]);
            var someone = ownObject ? SomeoneWithin(s, after, Math.Min(after + 5, SegmentEnd(s, t.Start)))
                : german ? SomeoneWithin(s, 0, s.Tokens.Count, exceptFirst: true) || lexicon.ObjectPronouns.AnyIn(s.Tokens, 0, s.Tokens.Count)
                // "Recalling their past meetings, Xi said": the object stands in the verb's own comma segment.
                : SomeoneWithin(s, after, Math.Min(after + 5, SegmentEnd(s, t.Start))) || (after < s.Tokens.Count && lexicon.ObjectPronouns.Contains(s.Tokens[after].Text)
                    // "calling them a threat" names them; it calls no one.
                    && !(after + 1 < s.Tokens.Count && s.Tokens[after + 1].Text is "a" or "an" or "the"));
            if (!someone)
                return false;
        }
        return at < s.Tokens.Count;
    }

    /// <summary>"agreed to sanctions", "agreed to talks": a word in -s (not -ss or -us) after "agreed to" is what was agreed.</summary>
    private static bool PluralNoun(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    /// <summary>Whether someone (a person, a title, a country or organisation, a capital) is named among tokens [from, to).</summary>
    private static bool SomeoneWithin(SentenceReading s, int from, int to, bool exceptFirst = false)
    {
        if (from >= s.Tokens.Count)
            return false;
        var start = s.Tokens[Math.Max(0, from)].Start;
        var end = s.Tokens[Math.Min(to, s.Tokens.Count) - 1].End;
        var found = s.People.Where(p => p.Start >= start && p.Start < end).Select(p => p.Start)
            .Concat(s.Names.Where(n => n.Start >= start && n.Start < end && (n.Actor is not null || n.Place is not null)).Select(n => n.Start))
            .Distinct().ToList();
        return exceptFirst ? found.Count >= 2 || (found.Count == 1 && found[0] > s.Start + 1) : found.Count > 0;
    }

    private static int SegmentStart(SentenceReading s, int offset) => s.SegmentStartToken(offset);

    private static int SegmentEnd(SentenceReading s, int offset) => s.SegmentEndToken(offset);

    /// <summary>
    /// "The President and Prime Minister Holm spoke today", "President Lind and Prime Minister Holm had a warm and useful
    /// call": two people joined before the word, in its comma segment, speak with each other. An "and" that joins no one
    /// ("warm and useful") is passed over; "Lind and Holm spoke on Monday, their second conversation" joins them to the call,
    /// not to the apposition after the comma.
    /// </summary>
    private static bool Reciprocal(SentenceReading s, int at, EventLexicon lexicon)
    {
        var segment = s.SegmentOf(s.Tokens[Math.Min(at, s.Tokens.Count - 1)].Start);
        for (var i = at - 1; i >= Math.Max(1, at - 20) && s.SegmentOf(s.Tokens[i].Start) == segment; i--)
        {
            // "Prime Minister Key and I will discuss": the speaker is one of them.
            if (lexicon.Conjunctions.Contains(s.Tokens[i].Text) && (SomeoneWithin(s, Math.Max(0, i - 4), i) || lexicon.FirstPerson.AnyIn(s.Tokens, i - 1, i))
                && (SomeoneWithin(s, i + 1, at) || lexicon.FirstPerson.AnyIn(s.Tokens, i + 1, i + 2)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Merkel und Obama sprachen über die Ukraine", "spoke by phone", "talked to each other": people joined by "and" talk to
    /// each other when a topic, a phone word or a word of reciprocity follows; "werden die drei Vorsitzenden sprechen" is
    /// each of them speaking.
    /// </summary>
    private static bool TalkedToEachOther(SentenceReading s, int at, int after, EventLexicon lexicon)
    {
        // A language that lists no words of reciprocity ("The Chancellor and President Ruto spoke on Friday") asks for none.
        if (lexicon.ReciprocalMarkers.All.Count == 0)
            return true;
        var from = lexicon.Language == "de" ? SegmentStart(s, s.Tokens[Math.Min(at, s.Tokens.Count - 1)].Start) : after;
        var to = lexicon.Language == "de" ? SegmentEnd(s, s.Tokens[Math.Min(at, s.Tokens.Count - 1)].Start) : Math.Min(s.Tokens.Count, after + 6);
        return lexicon.TopicPrepositions.AnyIn(s.Tokens, from, to) || lexicon.PhoneMarkers.AnyIn(s.Tokens, from, to)
            || lexicon.ReciprocalMarkers.AnyIn(s.Tokens, from, to);
    }

    /// <summary>"before wrapping up his visit", "Am Freitag geht der Besuch zu Ende": the end of a visit, not a visit of its own.</summary>
    private static bool EndOfVisit(Trigger t, SentenceReading s, EventLexicon lexicon) =>
        t.Mode == "visit" && (InSegment(lexicon.EndMarkers, s, t.Start)
            // "flew back to Berlin", "flog heim": going home is no visit.
            || (t.IsVerb && lexicon.ReturnWords.AnyIn(s.Tokens, s.TokenAt(t.End), s.TokenAt(t.End) + 1)));

    /// <summary>"no meeting", "did not meet", "kein Treffen", "trafen sich nicht".</summary>
    private static bool Negated(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        var at = s.TokenAt(t.Start);
        var negated = lexicon.Negations.AnyIn(s.Tokens, at - 2, at);
        // German negates at the end of the clause: "Ein Treffen mit Putin ist am Freitag nicht geplant", "flog nie nach Peking".
        if (!negated && lexicon.ClauseNegations.All.Count > 0)
        {
            var segment = s.SegmentOf(t.Start);
            for (var i = at + 1; i < s.Tokens.Count && s.SegmentOf(s.Tokens[i].Start) == segment; i++)
            {
                if (lexicon.ClauseNegations.Contains(s.Tokens[i].Text) && !(i + 1 < s.Tokens.Count && s.Tokens[i + 1].Text is "nur" or "zuletzt" or "mehr"))
                    negated = true;
            }
        }
        // "wird nicht wie geplant am 14. September stattfinden", "was cancelled", "not to travel next week as scheduled": a
        // meeting called off or put off stays, with that status.
        return negated && !lexicon.Cancelled.AnyIn(s.Tokens, 0, s.Tokens.Count) && !lexicon.Postponed.AnyIn(s.Tokens, 0, s.Tokens.Count)
            && !Clauses.NotAsPlanned(s, at, lexicon);
    }

    /// <summary>
    /// "will meet annually", "jährlich": a kind of meeting that recurs, not one dated event; nor is "all our negotiations",
    /// "bei all unseren Verhandlungen" or "a framework for a dialogue" one, with those words right before the event word.
    /// </summary>
    private static bool Generic(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        var at = s.TokenAt(t.Start);
        for (var k = 1; k <= 3 && at - k >= 0; k++)
        {
            if (lexicon.GenericDeterminers.MatchAt(s.Tokens, at - k) == k)
                return true;
        }
        return Generic(t.Start, s, lexicon);
    }

    /// <summary>
    /// "the Energy Week international forum", "ein Investorenforum": a gathering of a trade or an industry, named in the
    /// words right before a word of many-sided meetings or in the word itself, is no meeting between states; nor is
    /// hosting one ("will host the Energy Week forum"), a verb whose object is that gathering.
    /// </summary>
    private static bool TradeGathering(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        if (t.Type != "CONSULT" || !(t.Mode == "multilateral" || (t.IsVerb && t.Frame.HasFlag(Frame.Actor))))
            return false;
        var at = s.TokenAt(t.Start);
        var segment = s.SegmentOf(t.Start);
        var (from, to) = t.IsVerb ? (at + 1, at + 6) : (Math.Max(0, at - 4), at);
        for (var i = from; i <= to && i < s.Tokens.Count; i++)
        {
            if (s.SegmentOf(s.Tokens[i].Start) != segment)
                break;
            // "hosted President Erdogan at the air show": someone named first is the verb's object, not the gathering.
            if (t.IsVerb && (s.People.Any(p => p.Start == s.Tokens[i].Start) || s.Names.Any(n => n.Start == s.Tokens[i].Start && !n.FromAdjective)))
                return false;
            if (lexicon.TradeWords.MatchAt(s.Tokens, i) > 0)
                return true;
        }
        return false;
    }

    /// <summary>"each" or "jeweils" in the comma segment makes a meeting recurring; "each other" is a pronoun ("ahead of seeing each other").</summary>
    private static bool Generic(int offset, SentenceReading s, EventLexicon lexicon)
    {
        var segment = s.SegmentOf(offset);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.SegmentOf(s.Tokens[i].Start) == segment && lexicon.GenericMarkers.MatchAt(s.Tokens, i) > 0 && lexicon.ReciprocalPronouns.MatchAt(s.Tokens, i) == 0)
                return true;
        }
        return false;
    }

    /// <summary>Whether a word or phrase of the set stands in the comma segment of an offset.</summary>
    private static bool InSegment(WordSet words, SentenceReading s, int offset)
    {
        var segment = s.SegmentOf(offset);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.SegmentOf(s.Tokens[i].Start) == segment && words.MatchAt(s.Tokens, i) > 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Die Minister besprachen, wie dem Einfluss Russlands zu begegnen sei", "they discussed how to meet the
    /// threat": an event word in a question that a verb of discussing introduces is what was discussed, not an event.
    /// </summary>
    private static bool Discussed(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        var at = s.TokenAt(t.Start);
        for (var i = at - 1; i > 0; i--)
        {
            if (lexicon.QuestionWords.Contains(s.Tokens[i].Text))
                return lexicon.TopicVerbs.AnyIn(s.Tokens, Math.Max(0, i - 3), i);
        }
        return false;
    }

    /// <summary>
    /// "will mit ihrem Amtskollegen über die Durchsetzung von Sanktionen gegen Russland reden", "talked about sanctions": a measure
    /// or an agreement named after a topic opener that follows a word of talks, in its comma segment, is what the talks are
    /// about, not an event.
    /// </summary>
    private static bool TopicOfTalks(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        if (t.Type == "CONSULT")
            return false;
        var talks = s.Triggers.Where(c => c.Type == "CONSULT").ToList();
        return Clauses.InTopicOf(s, talks, t.Start, lexicon.TopicOpeners) || Clauses.InTopicBeforeItsVerb(s, talks, t.Start, lexicon.TopicOpeners);
    }

    /// <summary>
    /// "called on Prime Minister Lee on Monday": a call on someone, with no "to" and a verb or "for" after it ("called on
    /// Iran to stop", "called on Minsk for the release of prisoners"), is a courtesy call in person, though "called on" is
    /// otherwise an appeal.
    /// </summary>
    public static bool CourtesyCall(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        var at = s.TokenAt(t.Start);
        var n = lexicon.CourtesyCalls.MatchAt(s.Tokens, at);
        if (n == 0 || !SomeoneWithin(s, at + n, Math.Min(s.Tokens.Count, at + n + 5)))
            return false;
        var segment = s.SegmentOf(t.Start);
        for (var i = at + n; i + 1 < s.Tokens.Count && s.SegmentOf(s.Tokens[i].Start) == segment; i++)
        {
            if ((lexicon.InfinitiveMarkers.Contains(s.Tokens[i].Text) && char.IsLower(s.Tokens[i + 1].Text[0])) || lexicon.PurposePrepositions.Contains(s.Tokens[i].Text))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "widerspreche dem vereinbarten Nutzungszweck": a verb form between an article and a noun is an adjective, and
    /// reports no event unless its verb's participle is read as one ("der unterzeichnete Vertrag").
    /// </summary>
    private static bool Attribute(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        if (!t.IsVerb || !lexicon.NounsCapitalised || lexicon.AttributiveForms.Contains(t.Word))
            return false;
        var at = s.TokenAt(t.Start);
        return at > 0 && at + 1 < s.Tokens.Count && lexicon.AttributeArticles.Contains(s.Tokens[at - 1].Text)
            && s.Tokens[at].Text == t.Word && char.IsUpper(s.Tokens[at + 1].Text[0])
            && lexicon.AttributeEndings.Any(e => t.Word.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// "gab sie einigen Abgeordneten die Hand": a verb form spelt like a determiner is one where a noun
    /// follows it, after adjectives at most ("einigen sich", "einigen können" stay verbs).
    /// </summary>
    private static bool Determiner(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        if (!t.IsVerb || !lexicon.DeterminerHomographs.Contains(t.Word))
            return false;
        var at = s.TokenAt(t.Start);
        for (var i = at + 1; i < s.Tokens.Count && i <= at + 3; i++)
        {
            var word = s.Tokens[i];
            if (s.Tokens[i - 1].End != word.Start - 1)
                return false;
            if (char.IsUpper(word.Text[0]))
                return true;
            if (!lexicon.AttributeEndings.Any(e => word.Text.EndsWith(e, StringComparison.Ordinal)) || lexicon.Auxiliaries.Contains(word.Text))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "Dialog mit Russland pflegen und intensivieren", "to deepen the dialogue with Japan": talks as the object of a verb
    /// that keeps up or strengthens them are a relation, not a meeting held on a day. The verb stands close by in the same
    /// comma segment, after the noun in German (with no other noun between) and before it in English.
    /// </summary>
    private static bool Cultivated(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        if (t.IsVerb || t.Type != "CONSULT")
            return false;
        var at = s.TokenAt(t.Start);
        // "Bei dem Treffen wollen sie die Zusammenarbeit stärken": a noun that a preposition governs is the occasion, not the object.
        for (var i = at - 1; i >= 0 && i >= at - 3 && char.IsLower(s.Tokens[i].Text[0]); i--)
        {
            if (lexicon.DuringPrepositions.MatchAt(s.Tokens, i) > 0 || lexicon.PlacePrepositions.Contains(s.Tokens[i].Text))
                return false;
        }
        // German puts the verb after its object, with at most "mit" and whom between ("Dialog mit Russland pflegen"; not "Das
        // Treffen soll die Beziehungen stärken"); English puts it before ("to deepen the dialogue").
        if (lexicon.Language == "de")
        {
            for (var i = at + 1; i < Math.Min(s.Tokens.Count, at + 6) && s.SameSegment(s.Tokens[i].Start, t.Start); i++)
            {
                if (lexicon.CultivatingVerbs.MatchAt(s.Tokens, i) > 0)
                    return true;
                var word = s.Tokens[i].Text;
                var named = s.Names.Any(n => n.Start <= s.Tokens[i].Start && s.Tokens[i].End <= n.End) || s.People.Any(p => p.Start <= s.Tokens[i].Start && s.Tokens[i].End <= p.End);
                if (char.IsUpper(word[0]) && !named)
                    return false;
            }
            return false;
        }
        for (var i = Math.Max(0, at - 3); i < at; i++)
        {
            if (lexicon.CultivatingVerbs.MatchAt(s.Tokens, i) > 0 && s.SameSegment(s.Tokens[i].Start, t.Start))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "recalled its ambassador from Moscow for consultations", "zu Konsultationen einbestellt": a talks noun that gives the
    /// purpose of a measure in the sentence belongs to the measure; it is not a meeting of its own.
    /// </summary>
    private static bool PurposeOfAMeasure(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        var at = s.TokenAt(t.Start);
        return t.Type == "CONSULT" && !t.IsVerb && at > 0 && lexicon.PurposePrepositions.Contains(s.Tokens[at - 1].Text)
            && s.Triggers.Any(o => o.Type == "REDUCE_RELATIONS");
    }

    /// <summary>
    /// "Nachmittags besucht er die Technische Universität Delft", "a visit to the newly reopened castle church": a visit
    /// whose object, within five words and before any "and", country or organisation, is a site (a university, a museum, a factory) is a
    /// stop on a programme, not a visit between states. A country or organisation named first is where the visit goes.
    /// </summary>
    private static bool SiteVisit(Trigger t, SentenceReading s, ArticleReading article)
    {
        if (t.Mode != "visit")
            return false;
        var lexicon = article.Lexicon;
        var at = s.TokenAt(t.End - 1);
        // The visitor and whoever comes along ("besucht Bundeskanzler Scholz gemeinsam mit Verteidigungsminister Pistorius
        // die ...") stand between the verb and what is visited; their words do not count toward the reach.
        var counted = 0;
        for (var i = at + 1; i < s.Tokens.Count && counted < 5 && s.SameSegment(t.Start, s.Tokens[i].Start); i++)
        {
            var token = s.Tokens[i];
            var word = token.Text;
            if (lexicon.Conjunctions.Contains(word) || s.Names.Any(n => n.Start == token.Start && n.Actor is { Kind: not ActorKind.Person }))
                return false;
            if (s.People.Any(p => p.Start <= token.Start && token.End <= p.End) || lexicon.CompanionPrepositions.Contains(word) || word is "gemeinsam" or "together")
                continue;
            counted++;
            if (lexicon.VisitSites.Any(site => word.EndsWith(site, StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "hätten ... teilnehmen sollen", "should have taken place": the unreal past in the word's comma segment. In an article
    /// that tells of an event called off or put off, it is that event's plan ("In Liechtenstein hätte er den Erbprinzen
    /// treffen sollen"), which <see cref="EventExtractor"/> gives the status of the event it belonged to.
    /// </summary>
    public static bool Counterfactual(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        var segment = s.SegmentOf(t.Start);
        var auxiliary = false;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.SegmentOf(s.Tokens[i].Start) != segment)
                continue;
            if (lexicon.CounterfactualAuxiliaries.Contains(s.Tokens[i].Text))
                auxiliary = true;
            else if (auxiliary && lexicon.CounterfactualModals.Contains(s.Tokens[i].Text))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A wish, a condition or the unreal past, which report no event; the unreal past of a plan is kept in an article that
    /// calls something off, where it may be that event's plan.
    /// </summary>
    private static bool Unreal(Trigger t, SentenceReading s, ArticleReading article) =>
        Counterfactual(t, s, article.Lexicon) ? !article.TellsOfACalledOffEvent : Hypothetical(t, s, article.Lexicon);

    /// <summary>"would meet", "if they meet", "könnten sich treffen": a wish or a condition.</summary>
    private static bool Hypothetical(Trigger t, SentenceReading s, EventLexicon lexicon)
    {
        var at = s.TokenAt(t.Start);
        for (var i = Math.Max(0, at - 3); i < at; i++)
        {
            // "who met in May, will meet", "Theresa May met": a month or a name is no modal verb.
            if (lexicon.Hypothetical.MatchAt(s.Tokens, i) == 0 || s.Dates.Any(d => d.Start <= s.Tokens[i].Start && s.Tokens[i].End <= d.End)
                || s.People.Any(p => p.Start <= s.Tokens[i].Start && s.Tokens[i].End <= p.End))
                continue;
            // "Die Welt wrote that Merkel would have lunch with Chirac on Wednesday": a plan reported by someone, with its day.
            if (lexicon.ReportedPlanWords.Contains(s.Tokens[i].Text) && s.Dates.Count > 0 && lexicon.SpeechVerbs.AnyIn(s.Tokens, 0, s.Tokens.Count))
                continue;
            return true;
        }
        return false;
    }
}
