using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// What decisions read from a sentence's shape: how far apart two spans are, whether a mention is introduced by a
/// preposition, stands in a relative clause or a quotation, is told in the past perfect, or names its own place.
/// </summary>
public static class Clauses
{
    public static bool AfterComma(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        return i >= 0 && text[i] == ',';
    }

    /// <summary>
    /// "Der deutsche Botschafter in Washington, Andreas Michaelis, ...", "the U.S. Ambassador to NATO", "der Beauftragte der
    /// Bundesregierung für Osteuropa im Auswärtigen Amt": a name after a preposition that follows, within a few words of its
    /// comma segment and with no event word or date between, the title of someone posted there.
    /// </summary>
    public static bool PostedAt(SentenceReading s, int nameStart, Vocabulary.EventLexicon lexicon)
    {
        var at = s.TokenAt(nameStart);
        // "die Botschafterin in der Grazer Burg": a building named by its city is where someone is received, not a post.
        if (at + 1 < s.Tokens.Count && !s.Names.Any(n => n.Start == nameStart && n.End > s.Tokens[at].End)
            && lexicon.VenueNouns.All.Any(v => s.Tokens[at + 1].Text.EndsWith(v, StringComparison.Ordinal)))
            return false;
        var i = at - 1;
        while (i >= 0 && s.Tokens[i].Text is "the" or "den" or "dem" or "der" or "die" or "das")
            i--;
        if (i < 1 || !(lexicon.PlacePrepositions.Contains(s.Tokens[i].Text) || lexicon.DestinationPrepositions.Contains(s.Tokens[i].Text)))
            return false;
        var segment = s.SegmentOf(nameStart);
        for (var k = i - 1; k >= Math.Max(0, i - 6) && s.SegmentOf(s.Tokens[k].Start) == segment; k--)
        {
            // "Vertreter Saudi-Arabiens und der Vereinigten Staaten in Riad": a list ends the title's reach.
            if (s.Triggers.Any(t => t.Start <= s.Tokens[k].Start && s.Tokens[k].End <= t.End) || lexicon.Conjunctions.Contains(s.Tokens[k].Text))
                return false;
            // "empfängt den Botschafter am Montag in Erfurt": a date between ends the title's reach; the place is the event's.
            if (s.Dates.Any(d => d.Start <= s.Tokens[k].Start && s.Tokens[k].End <= d.End))
                return false;
            if (lexicon.IsPostedTitle(s.Tokens[k].Text))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "sprachen über die geplante Eröffnung eines Büros in Boston", "talk with the minister about sanctions": whether a topic
    /// opener of <paramref name="openers"/> stands between one of the event words and <paramref name="offset"/>, all in the
    /// offset's comma segment: what stands there is the topic of the talks.
    /// </summary>
    public static bool InTopicOf(SentenceReading s, IEnumerable<Vocabulary.Trigger> triggers, int offset, Vocabulary.WordSet openers)
    {
        if (openers.All.Count == 0)
            return false;
        var to = s.TokenAt(offset);
        foreach (var t in triggers)
        {
            if (t.End > offset || !s.SameSegment(t.Start, offset))
                continue;
            for (var i = s.TokenAt(t.End); i < to; i++)
            {
                if (openers.Contains(s.Tokens[i].Text))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "will mit ihrem Amtskollegen über die Unterstützung der Ukraine reden": whether a topic opener of
    /// <paramref name="openers"/> stands before <paramref name="offset"/> in its comma segment and a verb of talks closes the
    /// segment after it, as German puts it.
    /// </summary>
    public static bool InTopicBeforeItsVerb(SentenceReading s, IEnumerable<Vocabulary.Trigger> verbs, int offset, Vocabulary.WordSet openers) =>
        openers.AnyIn(s.Tokens, s.SegmentStartToken(offset), s.TokenAt(offset))
        && verbs.Any(v => v.IsVerb && v.Start > offset && s.SameSegment(v.Start, offset));

    public static Gazetteer.Place? OwnPlace(SentenceReading s, int segment, Vocabulary.EventLexicon lexicon) =>
        s.Names.FirstOrDefault(n => n.Place is not null && !n.FromAdjective && s.SegmentOf(n.Start) == segment && s.TokenAt(n.Start) > 0
            && lexicon.PlacePrepositions.Contains(s.Tokens[s.TokenAt(n.Start) - 1].Text))?.Place;

    /// <summary>
    /// "had been alternating", "hatten sich getroffen": a past perfect auxiliary before the mention in its own segment. Before
    /// an article or the event word itself it is the verb "have" ("had a telephone conversation", "had talks", "hatte ein
    /// Telefonat").
    /// </summary>
    public static bool PluperfectBefore(SentenceReading s, Mention mention, ArticleReading article)
    {
        var at = s.TokenAt(mention.Start);
        var segment = s.SegmentOf(mention.Start);
        for (var i = Math.Max(0, at - 4); i < at; i++)
        {
            var n = article.Lexicon.Pluperfect.MatchAt(s.Tokens, i);
            if (n == 0 || s.SegmentOf(s.Tokens[i].Start) != segment)
                continue;
            var next = i + n;
            if (next == at || (next < s.Tokens.Count && (article.Lexicon.NewEventDeterminers.Contains(s.Tokens[next].Text) || s.Tokens[next].Text is "the" or "The")))
                continue;
            return true;
        }
        return false;
    }

    /// <summary>Whether a mention stands in a relative clause: "who met", ", die sich ... trafen".</summary>
    public static bool InRelativeClause(SentenceReading s, Mention mention, ArticleReading article)
    {
        var at = s.TokenAt(mention.Start);
        var segment = s.SegmentOf(mention.Start);
        for (var i = at - 1; i >= 0 && s.SegmentOf(s.Tokens[i].Start) == segment; i--)
        {
            var token = s.Tokens[i];
            if (article.Lexicon.RelativePronouns.Contains(token.Text) && (article.Lexicon.Language == "en" ? token.Text is "who" or "which" or "whom" : AfterComma(article.Text, token.Start)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "im Rathaus, in dem 1648 der Friedensvertrag besiegelt wurde", "in Helsinki, where the Final Act was
    /// signed in 1975", "the Elysee Treaty, signed in 1963": a relative clause, or a clause a verb opens after a comma,
    /// dated a year or more before the report tells the history of what it describes; it reports no news.
    /// </summary>
    public static bool History(SentenceReading s, Mention mention, ArticleReading article)
    {
        if (article.DocumentDate?.Value is not { } dct)
            return false;
        var lexicon = article.Lexicon;
        var at = s.TokenAt(mention.Start);
        var segment = s.SegmentOf(mention.Start);
        if (segment < 0)
            return false;
        // "the Elysee Treaty, signed in 1963 by de Gaulle and Adenauer": a verb that opens its clause after a comma
        // describes the noun before it.
        if (mention.Triggers.Count > 0 && mention.Triggers[0].IsVerb && mention.Triggers[0].Start == mention.Start && AfterComma(article.Text, mention.Start))
        {
            var end = s.Sentence.Clauses[segment].End;
            return s.Dates.Any(d => d.Start > mention.Start && d.End <= end && d.RangeEnd is { } last && last < dct.AddYears(-1));
        }
        for (var i = at - 1; i >= 0 && s.SegmentOf(s.Tokens[i].Start) == segment; i--)
        {
            var token = s.Tokens[i];
            if (!(lexicon.PlaceRelatives.Contains(token.Text) || lexicon.RelativePronouns.Contains(token.Text)))
                continue;
            // The clause opens after a comma, with the pronoun or with a preposition before it ("in dem", "in which").
            var opener = AfterComma(article.Text, token.Start) ? token.Start
                : i > 0 && AfterComma(article.Text, s.Tokens[i - 1].Start) && lexicon.PlacePrepositions.Contains(s.Tokens[i - 1].Text) ? s.Tokens[i - 1].Start
                : -1;
            if (opener < 0)
                continue;
            var clauseEnd = s.Sentence.Clauses[segment].End;
            return s.Dates.Any(d => d.Start > opener && d.End <= clauseEnd && d.RangeEnd is { } end && end < dct.AddYears(-1));
        }
        return false;
    }

    public static bool Companions(SentenceReading s, Mention mention, ArticleReading article) =>
        article.Lexicon.CompanionPrepositions.AnyIn(s.Tokens, s.TokenAt(mention.End), s.TokenAt(mention.End) + 2)
        || article.Lexicon.Language == "de" && article.Lexicon.CompanionPrepositions.AnyIn(s.Tokens, 0, s.Tokens.Count);

    /// <summary>Two verbs of one subject joined by a conjunction, with no new clause between them: "met ... and agreed".</summary>
    public static bool Joined(SentenceReading s, Mention dated, Mention undated, Vocabulary.EventLexicon lexicon)
    {
        if (!undated.Triggers.Any(t => t.IsVerb) || !dated.Triggers.Any(t => t.IsVerb) || dated.End > undated.Start)
            return false;
        var between = s.Tokens.Where(t => t.Start >= dated.End && t.End <= undated.Start).ToList();
        return between.Count <= 10 && between.Any(t => lexicon.Conjunctions.Contains(t.Text))
            && !between.Any(t => lexicon.Complementizers.Contains(t.Text) || lexicon.RelativePronouns.Contains(t.Text) && t.Text.Length > 3);
    }

    /// <summary>Whether a mention is introduced by one of the prepositions ("during my visit", "bei seinem Besuch").</summary>
    public static bool Introduced(SentenceReading s, Mention m, Vocabulary.WordSet prepositions, int reach = 2)
    {
        // The preposition may stand a word or two before the mention: "on the margins of the Energy Forum",
        // "bei seinem Besuch"; not with another event word between, which it introduces instead ("Nach dem Besuch
        // Gottschalks empfing Merkel ...").
        var at = s.TokenAt(m.Start);
        for (var k = Math.Max(0, at - 5 - reach); k < at; k++)
        {
            var n = prepositions.MatchAt(s.Tokens, k);
            if (n > 0 && k + n <= at && at - (k + n) <= reach && !s.Triggers.Any(t => t.Start >= s.Tokens[k + n].Start && t.End <= m.Start))
                return true;
        }
        return false;
    }

    /// <summary>
    /// <see cref="Gap"/>, with a person named between them, title and all, counted as one word ("a telephone conversation
    /// between Russian leader Vladimir Putin and US President Donald Trump on 12 February", "die Reise von Ministerpräsidentin
    /// Maria Huber in das Großherzogtum Luxemburg").
    /// </summary>
    public static int GapOverPeople(SentenceReading s, int aStart, int aEnd, int bStart, int bEnd)
    {
        var gap = Gap(s, aStart, aEnd, bStart, bEnd);
        var (from, to) = aEnd <= bStart ? (aEnd, bStart) : (bEnd, aStart);
        foreach (var person in s.People.Where(p => p.Start >= from && p.End <= to))
            gap -= Math.Max(0, s.TokenAt(person.End - 1) - s.TokenAt(person.Start));
        return gap;
    }

    /// <summary>Tokens between two spans, zero where they overlap.</summary>
    public static int Gap(SentenceReading s, int aStart, int aEnd, int bStart, int bEnd)
    {
        var (from, to) = aEnd <= bStart ? (aEnd, bStart) : bEnd <= aStart ? (bEnd, aStart) : (0, 0);
        return from == to ? 0 : s.Tokens.Count(t => t.Start >= from && t.End <= to) + 1;
    }

    /// <summary>
    /// Whether an offset lies inside a quotation opened earlier in its paragraph: German „…“ and »…«, English “…” and
    /// "…", French «…».
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("„“”\"«»");

    public static bool InQuotation(ArticleReading article, SentenceReading s, int offset)
    {
        var text = article.Text;
        var from = s.Paragraph >= 0 ? article.Document.Paragraphs[s.Paragraph].Start : s.Start;
        // Most paragraphs quote no one: one vectorised search answers for them.
        if (offset <= from || text.AsSpan(from, offset - from).IndexOfAny(QuoteMarks) < 0)
            return false;
        var open = false;
        var german = false;
        for (var i = from; i < offset; i++)
        {
            switch (text[i])
            {
                case '„':
                    (open, german) = (true, true);
                    break;
                case '“':
                    (open, german) = german && open ? (false, false) : (true, false);
                    break;
                case '”':
                    open = false;
                    break;
                case '"':
                    open = !open;
                    break;
                case '«' or '»':
                    open = !open;
                    break;
            }
        }
        return open;
    }

    /// <summary>
    /// "directed the Secretary not to travel to Pyongyang next week as scheduled": a negation right before the event word
    /// and "as planned" after it in its comma segment call the plan off ("will not meet X, but the summit opens as
    /// planned" does not).
    /// </summary>
    public static bool NotAsPlanned(SentenceReading s, int at, Vocabulary.EventLexicon lexicon) =>
        at < s.Tokens.Count && lexicon.Negations.AnyIn(s.Tokens, at - 2, at) && lexicon.AsPlanned.AnyIn(s.Tokens, at + 1, s.SegmentEndToken(s.Tokens[at].Start));

    /// <summary>Whether token <paramref name="i"/> is the verb of a separable cue whose particle closes its comma segment ("called the visit off").</summary>
    public static string? SeparableAt(IReadOnlyList<(string Verb, string Particle)> cues, SentenceReading s, int i)
    {
        foreach (var (verb, particle) in cues)
        {
            if (!s.Tokens[i].Text.Equals(verb, StringComparison.OrdinalIgnoreCase))
                continue;
            var last = SegmentLast(s, i);
            if (last > i && s.Tokens[last].Text.Equals(particle, StringComparison.OrdinalIgnoreCase))
                return $"{verb} ... {particle}";
        }
        return null;
    }

    /// <summary>The index of the last token of the comma segment holding token <paramref name="i"/>.</summary>
    public static int SegmentLast(SentenceReading s, int i) => s.SegmentEndToken(s.Tokens[i].Start) - 1;
}
