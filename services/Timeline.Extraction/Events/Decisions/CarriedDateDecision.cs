using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Dates a mention whose sentence names no date of its own. A sentence that goes on about an event told before takes
/// its date when the tense agrees (what is to come cannot be dated by what happened), and so does a meeting at an
/// occasion told before ("bei diesem Gipfel"); an event told in the present tense with its partners and place is under
/// way on the day of the report; a lead or title that reports an event without any date reports the news of the day.
/// </summary>
public static class CarriedDateDecision
{
    /// <summary>How many sentences after a lead with its day and no event of its own that day still dates an event not told in the past.</summary>
    private const int Reach = 8;

    /// <summary>
    /// "held separate talks with the ministers of Egypt and Jordan. The talks with Egypt's Shoukry ...": of the events the
    /// latest sentence told, the one with a party the mention's sentence names that the others lack.
    /// </summary>
    /// <param name="s">The sentence that refers back.</param>
    /// <param name="earlier">The events told before, in text order.</param>
    public static EventDraft? PartnerNamed(SentenceReading s, IReadOnlyList<EventDraft> earlier)
    {
        var latest = earlier.LastOrDefault(d => d.Date is not null && d.Sentence.Index < s.Index);
        if (latest is null)
            return null;
        var told = earlier.Where(d => d.Sentence.Index == latest.Sentence.Index && d.Date is not null).ToList();
        if (told.Count < 2)
            return null;
        var named = s.Names.Where(n => n.Actor is { Kind: ActorKind.Country }).Select(n => n.Actor!.Id)
            .Concat(s.People.Select(p => p.Affiliation ?? p.Known?.Affiliation).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var own = told.Where(d => d.Parties.Any(p => named.Contains(p.Id) && !told.All(o => o.Parties.Any(q => q.Id == p.Id)))).ToList();
        return own.Count == 1 && own[0] != latest ? own[0] : null;
    }

    /// <summary>
    /// The date an undated mention goes on about: the latest event reported before it whose time agrees with the
    /// mention's tense (what is to come cannot be dated by what happened), or, in the lead of an article that has named no
    /// date, the publication date.
    /// </summary>
    public static (Timex Date, DateSource Source, EventDraft? From)? Carry(Mention mention, SentenceReading s, Direction tense, ArticleReading article,
        IReadOnlyList<EventDraft> earlier, IReadOnlyList<Mention>? sentenceMentions = null)
    {
        var dct = article.DocumentDate?.Value;
        // "Am Rande dieses Gipfels spricht die Kommissarin außerdem mit Ramaphosa": the occasion named refers back
        // to an event told before, and dates what happens at it.
        var occasion = mention.IsOccasion ? null : sentenceMentions?.FirstOrDefault(m => m.IsOccasion && m != mention);
        if (occasion is not null && mention.Triggers.Count > 0 && !Clauses.InQuotation(article, s, mention.Start))
        {
            var heads = occasion.Triggers.Select(t => t.Word.ToLowerInvariant()).ToList();
            var host = earlier.LastOrDefault(d => d.Date is not null && d.Triggers.Any(t => heads.Any(h => Related(h, t.Word.ToLowerInvariant()))))
                ?? earlier.LastOrDefault(d => d.Date is not null && d.Type == "CONSULT");
            if (host is not null && Agrees(host.Date!, tense, dct))
                return (host.Date!, DateSource.Carried, host);
        }
        // Under a date line, a new event takes the line's day; what is still to come, only a day after the publication date.
        if (DateLineAbove(s, article) is { } line && Agrees(line.Date, tense, dct) && (tense != Direction.Future || line.Date.RangeStart > dct)
            && OpensAnItem(mention, s, article))
            return (line.Date, DateSource.DateLine, null);
        // "In his telephonic conversation with the Bangladeshi minister": talks referred back to, with one of the partners
        // a lead without an event of its own lists, are told on the lead's day.
        if (s.IsListItem || !ContinuesTheStory(mention, s, article))
            return Ongoing(mention, s, tense, article) ?? (earlier.Any(d => d.Type == mention.Type) ? null : LeadDate(s, tense, article, mention))
                ?? (!s.IsListItem && LeadSentence(article) is { } lead && PartnerOfTheLead(s, lead) ? LeadsDay(mention, s, tense, article, earlier) : null);
        // "Before that, Blinken travels to Kyiv": a step before or after the event told, not on its day.
        var sequenced = article.Lexicon.SequenceMarkers.AnyIn(s.Tokens, 0, s.TokenAt(mention.Start));
        // "In Kiew will er mit Selenskyj sprechen": a sentence that names its own place goes on about the event there, and a
        // venue goes on about the event in its city ("auf Schloss Bellevue" after a visit to Berlin).
        var own = Clauses.OwnPlace(s, s.SegmentOf(mention.Start), article.Lexicon);
        var candidates = earlier.AsEnumerable().Reverse().ToList();
        if (own is not null && candidates.FirstOrDefault(d => d.Place is { } p && (p.Id == own.Id || p.Id == own.CityId || p.CityId == own.Id)) is { } there)
            candidates.Insert(0, there);
        else if (PartnerNamed(s, earlier) is { } partner)
            candidates.Insert(0, partner);
        // The day the story has reached: a year named in passing that does not hold it ("the pledges given at the 2005
        // summit", told on the first day of the 2008 one) is background, not what the next sentence goes on about.
        var storyDay = candidates.FirstOrDefault(d => d.Date is { Granularity: >= Granularity.Day } && d.Sentence.Index < s.Index
            && d.DateSource is not (DateSource.Publication or DateSource.DateLine or DateSource.StoryDay))?.Date;
        foreach (var draft in candidates)
        {
            if (draft.Date is null || draft.Sentence.Index >= s.Index || draft.DateSource is DateSource.Publication or DateSource.DateLine or DateSource.StoryDay)
                continue;
            // "Lind must decide on the tariffs by 12 May. The Danish Prime Minister is also expected to call him": a measure
            // or a demand is no meeting that talks go on about; unless its actors go on as "they" ("They also held talks").
            if (mention.Type == "CONSULT" && draft.Type is not ("CONSULT" or "AGREE") && !(s.Tokens.Count > 0 && article.Lexicon.Pronouns.Contains(s.Tokens[0].Text)))
                continue;
            if (!Agrees(draft.Date, tense, dct) || (sequenced && draft.Date.Granularity >= Granularity.Day))
                continue;
            if (storyDay is not null && draft.Date.Granularity < Granularity.Day && !draft.Date.Holds(storyDay))
                continue;
            return (draft.Date, DateSource.Carried, draft);
        }
        return Ongoing(mention, s, tense, article) ?? LeadDate(s, tense, article, mention) ?? StoryDay(mention, s, tense, article)
            ?? LeadsDay(mention, s, tense, article, earlier);
    }

    /// <summary>The lead's first sentence, past a dateline standing as one of its own ("LAATZEN.").</summary>
    private static SentenceReading? LeadSentence(ArticleReading article) =>
        article.Sentences.FirstOrDefault(x => x.IsLead && !(x.Tokens.Count <= 2 && article.Dateline is { } line && line.Start >= x.Start && line.End <= x.End));

    /// <summary>Whether the sentence names a country the lead names too: one of the partners it lists.</summary>
    private static bool PartnerOfTheLead(SentenceReading s, SentenceReading lead)
    {
        var listed = lead.Names.Where(n => n.Actor is { Kind: ActorKind.Country }).Select(n => n.Actor!.Id).ToHashSet(StringComparer.Ordinal);
        return listed.Count >= 2 && s.Names.Any(n => n.Actor is { Kind: ActorKind.Country } c && listed.Contains(c.Id));
    }

    /// <summary>
    /// "On Friday the two neighbours promised closer trade ties ... The minister received her counterpart at the ministry";
    /// "Der Regierungschefin steht am heutigen Montag ein voller Tag bevor. ... Am Nachmittag reist sie zu Gesprächen nach
    /// Prag": a lead that names the day of the news and tells no event
    /// of its own dates what the sentence right after it tells in the past, and what a few sentences on tell of the day's
    /// programme.
    /// </summary>
    private static (Timex Date, DateSource Source, EventDraft? From)? LeadsDay(Mention mention, SentenceReading s, Direction tense, ArticleReading article,
        IReadOnlyList<EventDraft> earlier)
    {
        // Only an event with someone or somewhere of its own: "Am Morgen tagt wie jede Woche das Kabinett" is
        // the routine of the day, not its news.
        // Events it dated before do not end it: "exchanged greetings with his counterparts from Bangladesh, Nepal and
        // Nigeria. In his call with the Bangladeshi minister ... In the call with the Nepalese minister ...".
        if (earlier.Any(d => d.DateSource != DateSource.StoryDay) || article.DocumentDate?.Value is not { } dct
            || (s.People.Count == 0 && !s.Names.Any(n => n.Place is not null || n.Actor is not null)))
            return null;
        var lead = LeadSentence(article);
        // What happened is told right after the lead; a programme still to come may go on for a few sentences, and so may
        // what happened with one of the partners the lead lists.
        if (lead is null || lead.Index >= s.Index || s.Index - lead.Index > (tense == Direction.Past && !PartnerOfTheLead(s, lead) ? 1 : Reach)
            // "seit dem 1. November Bürgermeister, war das heute Mittag der erste Kontakt": a day something has gone on since
            // is not the day of the news.
            || lead.Dates.Where(d => d.Granularity >= Granularity.Day && d.RangeStart is not null && !lead.IsPrepositioned(d.Start, article.Lexicon.SincePrepositions)).ToList() is not [var day]
            || Math.Abs(dct.DayNumber - day.RangeStart!.Value.DayNumber) > 7 || !Agrees(day, tense, dct))
            return null;
        return (DateDecision.AsDay(day), DateSource.StoryDay, null);
    }

    /// <summary>
    /// "Die Kanzlerin empfing am Dienstagmittag, den 4. April, einen Gast ... Nach diesem Besuch empfing sie
    /// ... Ciampi": a sentence told in the past that opens with what came before it goes on from the last day the text named
    /// a sentence or two before, when no event told there carries a date.
    /// </summary>
    private static (Timex Date, DateSource Source, EventDraft? From)? StoryDay(Mention mention, SentenceReading s, Direction tense, ArticleReading article)
    {
        if (tense != Direction.Past || s.Tokens.Count == 0 || article.Lexicon.SequenceOpeners.MatchAt(s.Tokens, 0) == 0 || Clauses.PluperfectBefore(s, mention, article))
            return null;
        var first = article.Sentences.FirstOrDefault(x => x.Index >= s.Index - 3)?.Start ?? s.Start;
        var day = article.AllDates.LastOrDefault(t => t.End <= s.Start && t.Start >= first && t.Granularity >= Granularity.Day && t.RangeStart is not null);
        if (day is null || (article.DocumentDate?.Value is { } dct && day.RangeStart > dct))
            return null;
        return (DateDecision.AsDay(day), DateSource.StoryDay, null);
    }

    /// <summary>
    /// "Kurzprogramm: / Montag, 20. Juni 2016 / - Flug nach Bukarest / Gespräch mit dem Ministerpräsidenten": a line that
    /// is only a day heads the undated lines after it, up to the next line with a date; a date line before any prose is
    /// the page's own (its publication date) and dates only the sentence right after it.
    /// </summary>
    private static (Timex Date, int Sentence)? DateLineAbove(SentenceReading s, ArticleReading article)
    {
        for (var k = s.Index - 1; k >= 0 && k >= s.Index - 15; k--)
        {
            if (article.DateLineOf(k, out var dated) is { } day)
            {
                // The line right before the event's sentence dates it; one further up needs prose above it, not a title or a
                // heading: then it stands inside the text, heading a programme, not in the page's header.
                return k == s.Index - 1 || article.FirstProse < k ? (day, k) : null;
            }
            if (dated)
                return null;
        }
        return null;
    }

    /// <summary>
    /// "Die Ministerin führt die Abordnung an, die derzeit in Ankara mit der türkischen Regierung verhandelt": told in the
    /// present tense with its partners and its place, an event is under way on the day of the report.
    /// </summary>
    private static (Timex Date, DateSource Source, EventDraft? From)? Ongoing(Mention mention, SentenceReading s, Direction tense, ArticleReading article)
    {
        if (tense != Direction.None || article.DocumentDate?.Value is not { } day || mention.Triggers.Count == 0 || s.IsListItem)
            return null;
        var lexicon = article.Lexicon;
        var segment = s.SegmentOf(mention.Start);
        var after = s.TokenAt(mention.End);
        var companions = lexicon.CompanionPrepositions.AnyIn(s.Tokens, after, after + 2);
        if (!companions || Clauses.OwnPlace(s, segment, lexicon) is null || lexicon.Pluperfect.AnyIn(s.Tokens, 0, s.Tokens.Count))
            return null;
        var value = Calendar.Day(day);
        var date = new Timex(s.Start, s.Start, "", "DATE", value, Granularity.Day, day, day,
            new Provenance("publication-date", value, Direction.Same, "told in the present tense with its partners and place: under way on the day of the report"));
        return (date, DateSource.Publication, null);
    }

    /// <summary>A lead (or title) reports the news of its day: an event it names without any date happened on the publication date.</summary>
    public static (Timex Date, DateSource Source, EventDraft? From)? LeadDate(SentenceReading s, Direction tense, ArticleReading article, Mention? mention = null)
    {
        if (!(s.IsLead || s.IsTitle) || article.DocumentDate?.Value is not { } day || tense == Direction.Future)
            return null;
        // "She had been shuttling between the delegations": told in the past perfect, it lies before the news of the day;
        // "a senior fellow who met many leaders": a relative clause describes someone, it reports no news.
        if (mention is not null && (Clauses.PluperfectBefore(s, mention, article) || Clauses.InRelativeClause(s, mention, article)))
            return null;
        var value = Calendar.Day(day);
        var date = new Timex(s.Start, s.Start, "", "DATE", value, Granularity.Day, day, day,
            new Provenance("publication-date", value, Direction.Same, "the lead reports the event without naming a day"));
        return (date, DateSource.Publication, null);
    }

    /// <summary>
    /// Whether an undated mention may report an event of its own on a date told before: a verb does ("Bush met with the
    /// President of Russia"), and so does a noun that opens a new event ("will also host a meeting on Yemen"); a noun
    /// that refers back ("the talks"), or one inside a quotation, adds nothing the article has not dated.
    /// </summary>
    private static bool ContinuesTheStory(Mention mention, SentenceReading s, ArticleReading article)
    {
        if (mention.Triggers.Count == 0 || Clauses.InQuotation(article, s, mention.Start))
            return false;
        if (mention.Triggers.Any(t => t.IsVerb))
            return true;
        var at = s.TokenAt(mention.Start);
        // "Einen weiteren Schwerpunkt des Gesprächs": the determiner nearest the noun is its own; one further back belongs to
        // the noun the talks are in the genitive of.
        for (var k = at - 1; k >= Math.Max(0, at - 3); k--)
        {
            if (article.Lexicon.ReferringDeterminers.Contains(s.Tokens[k].Text))
                break;
            if (article.Lexicon.NewEventDeterminers.MatchAt(s.Tokens, k) > 0)
                return true;
        }
        // "will Merkel auch mit Chinas Staatschef Xi Jinping Gespräche führen": a bare noun with a partner named after "mit".
        return at > 0 && !article.Lexicon.ReferringDeterminers.AnyIn(s.Tokens, at - 1, at) && s.People.Any(p => p.Name is not null)
            && Clauses.Companions(s, mention, article);
    }

    /// <summary>
    /// An item of a programme or a diary: an event word not in a quotation, a verb or a noun that does not refer back
    /// ("Gespräch mit dem Ministerpräsidenten", not "Nach dem Abschluss des Gipfels").
    /// </summary>
    private static bool OpensAnItem(Mention mention, SentenceReading s, ArticleReading article)
    {
        if (mention.Triggers.Count == 0 || Clauses.InQuotation(article, s, mention.Start))
            return false;
        var at = s.TokenAt(mention.Start);
        return mention.Triggers.Any(t => t.IsVerb) || !article.Lexicon.ReferringDeterminers.AnyIn(s.Tokens, Math.Max(0, at - 3), at);
    }

    /// <summary>"Gipfel" and "Gipfeltreffen", "summit" and "summits": words of one kind of meeting.</summary>
    private static bool Related(string a, string b) =>
        a.StartsWith(b[..Math.Min(b.Length, 5)], StringComparison.Ordinal) || b.StartsWith(a[..Math.Min(a.Length, 5)], StringComparison.Ordinal);

    private static bool Agrees(Timex date, Direction tense, DateOnly? dct)
    {
        if (dct is not { } d || date.RangeStart is not { } start || date.RangeEnd is not { } end)
            return true;
        return tense switch
        {
            Direction.Future => end >= d,
            Direction.Past => start <= d,
            _ => true,
        };
    }
}
