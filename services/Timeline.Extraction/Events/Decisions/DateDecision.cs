using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Decides when each event happened. The dates of a sentence go to the event words nearest to them, in their own
/// comma segment first; an event word without a date of its own joins a dated event of its kind in the sentence.
/// A sentence that names no date goes on about an event reported before it ("Those negotiations came at a delicate
/// moment"), so it takes that event's date when the tense agrees; a headline takes the date of the first event the
/// article reports; and a lead that reports an event without any date takes the publication date.
/// </summary>
public static class DateDecision
{
    /// <summary>The sentence's mentions grouped by the date they share; undated mentions that join no group come back apart.</summary>
    public static (List<(List<Mention> Mentions, Timex Date, Mention? Occasion)> Dated, List<Mention> Undated) Assign(SentenceReading s, IReadOnlyList<Mention> mentions,
        ArticleReading article, Func<Mention, Direction> tense)
    {
        var dated = new List<(List<Mention> Mentions, Timex Date, Mention? Occasion)>();
        if (mentions.Count == 0)
            return (dated, []);
        // "wird er mit Staatspräsident Peres (31.10.), Premierminister Olmert (01.11.) ... zusammentreffen": a programme that
        // dates each partner in brackets holds one meeting for each of those days.
        var listed = s.Dates.Where(d => PersonsDay(s, d, article.Text)).ToList();
        var talks = listed.Count >= 2 ? mentions.FirstOrDefault(m => m.Type == "CONSULT" && m.Triggers.Count > 0) : null;
        if (talks is not null)
        {
            foreach (var day in listed.DistinctBy(d => d.Value))
                dated.Add(([talks], day, null));
            mentions = [.. mentions.Where(m => m != talks)];
            if (mentions.Count == 0)
                return (dated, []);
        }
        // "to welcome Secretary Clinton today, on the eve of President Obama's State Visit": the event after "on the eve of"
        // is on the day after the day its sentence tells of; it takes no date of its own.
        // Whose event may be named at length: "on the eve of President Obama's much-anticipated State Visit".
        var eves = mentions.Where(m => Clauses.Introduced(s, m, article.Lexicon.EvePrepositions, reach: 5)).ToList();
        if (eves.Count > 0 && eves.Count < mentions.Count)
            mentions = [.. mentions.Where(m => !eves.Contains(m))];
        else
            eves = [];
        // "only three weeks after the Canadian leader visited China": an event a span away from the one the sentence dates.
        var offsets = SpansAway(s, mentions, article);
        if (offsets.Count > 0 && offsets.Count < mentions.Count)
            mentions = [.. mentions.Where(m => !offsets.Any(o => o.Mention == m))];
        else
            offsets = [];
        var byMention = mentions.ToDictionary(m => m, _ => new List<(Timex Date, int Cost)>());
        foreach (var date in JoinFollowingDays(s, s.Dates.Where(d => !IsRangeEnd(d, article.AllDates) && !(talks is not null && listed.Contains(d))
            && !offsets.Any(o => o.Span == d)).ToList(), article))
        {
            var best = mentions.Select(m => (Mention: m, Cost: Cost(s, m, date, mentions, article, tense(m)))).OrderBy(x => x.Cost).First();
            if (best.Cost < Unreachable)
                byMention[best.Mention].Add((date, best.Cost));
        }
        foreach (var (mention, dates) in byMention.Where(kv => kv.Value.Count > 0))
        {
            foreach (var date in Choose(s, mention, dates, article))
            {
                // "..., and he held a separate meeting with ... on Monday": said to be another event, it stays one.
                var distinct = article.Lexicon.DistinctMarkers.AnyIn(s.Tokens, s.TokenAt(mention.Start) - 3, s.TokenAt(mention.Start));
                var same = distinct ? -1 : dated.FindIndex(g => g.Date.Value == date.Value && g.Mentions[0].Type == mention.Type);
                if (same >= 0)
                    dated[same].Mentions.Add(mention);
                else
                    dated.Add(([mention], date, null));
            }
        }
        // "ist nach einer Station in Kroatien auch die für Freitag geplante Reise nach Malta abgesagt": of two event words
        // dated alike, one the sentence puts before or after the other is another event, which this date does not tell.
        var before = new List<Mention>();
        foreach (var group in dated.Where(g => g.Mentions.Count > 1))
        {
            var sequenced = group.Mentions.Where(m => Clauses.Introduced(s, m, article.Lexicon.SequencePrepositions)).ToList();
            if (sequenced.Count > 0 && sequenced.Count < group.Mentions.Count)
            {
                group.Mentions.RemoveAll(sequenced.Contains);
                before.AddRange(sequenced);
            }
        }
        foreach (var eve in eves)
        {
            if (dated.Where(g => g.Date.Granularity == Granularity.Day && g.Date.RangeStart is not null)
                    .OrderBy(g => g.Mentions.Min(m => Clauses.Gap(s, m.Start, m.End, eve.Start, eve.End))).FirstOrDefault() is { Date.RangeStart: { } day } host
                && Calendar.AddDays(day, 1) is { } next)
            {
                dated.Add(([eve], host.Date with
                {
                    Value = Calendar.Day(next), RangeStart = next, RangeEnd = next,
                    Provenance = host.Date.Provenance with { Reason = $"the day after '{host.Date.Text}': named as what it is the eve of" },
                }, null));
            }
        }
        var undated = new List<Mention>(eves.Where(e => !dated.Any(g => g.Mentions.Contains(e))).Concat(before));
        foreach (var (offset, span, sign) in offsets)
        {
            var anchor = dated.Where(g => g.Date.Granularity >= Granularity.Day && g.Date.RangeStart is not null)
                .OrderBy(g => g.Mentions.Min(m => Clauses.Gap(s, m.Start, m.End, span.Start, span.End))).Select(g => g.Date).FirstOrDefault();
            if (anchor is not null && Shifted(anchor, span, sign) is { } shifted)
                dated.Add(([offset], shifted, null));
            else
                undated.Add(offset);
        }
        foreach (var mention in mentions.Where(m => byMention[m].Count == 0))
        {
            // A body named without an event word is a meeting only with a date of its own, or as the occasion of an event
            // dated in the sentence ("Am Rande des G20-Außenministertreffens traf Baerbock am Donnerstag ..."), which it holds.
            if (mention.Triggers.Count == 0)
            {
                var held = dated.Where(g => !g.Mentions.Any(m => m.IsOccasion))
                    .OrderBy(g => g.Mentions.Min(m => Clauses.Gap(s, m.Start, m.End, mention.Start, mention.End))).ToList();
                if (mention.IsOccasion && held.Count > 0)
                    dated.Add(([mention], held[0].Date, null));
                continue;
            }
            // "Xi Jinping's visit to Brasília follows his participation in the summit, held ... last Tuesday": a noun that refers
            // back to an event told before is not part of another dated in its sentence.
            if (RefersBack(s, mention, article.Lexicon))
            {
                undated.Add(mention);
                continue;
            }
            // "consultations ahead of the Summit to be held on 29 and 30 November": one event before another.
            // "Nach einem Besuch in Slowenien ist nun auch die für Mittwoch geplante Reise nach Liechtenstein verschoben
            // worden": an event the sentence puts before or after another is not that one.
            var sameKind = dated.Where(g => g.Mentions[0].Type == mention.Type && !g.Mentions.Any(m => Sequenced(s, mention, m, article.Lexicon))
                    && !Clauses.Introduced(s, mention, article.Lexicon.SequencePrepositions))
                .OrderBy(g => g.Mentions.Min(m => Clauses.Gap(s, m.Start, m.End, mention.Start, mention.End))).ToList();
            if (sameKind.Count > 0 && PastBeforeFuture(s, mention, sameKind[0].Date, article, tense(mention)))
            {
                undated.Add(mention);
                continue;
            }
            if (sameKind.Count > 0)
            {
                var (hostMentions, hostDate, _) = sameKind[0];
                // "Während ihrer Reise nach Prag vergangene Woche kam die Ministerin mit ... zusammen": a meeting at an occasion is an event of its own.
                if (!mention.IsOccasion && hostMentions.All(h => h.IsOccasion) && (mention.Triggers.Any(t => t.IsVerb) || Clauses.Companions(s, mention, article)))
                {
                    dated.Add(([mention], hostDate, hostMentions[0]));
                    continue;
                }
                // "sat down with the G7 ministers on Friday morning and then for a bilateral meeting with ...": another event on that day.
                if (AnotherMeeting(s, mention, hostMentions, article))
                {
                    dated.Add(([mention], hostDate, null));
                    continue;
                }
                // "Also Sunday, Rice will meet Abbas in Ramallah, and then travel to Jerusalem to meet Olmert": a day that opens
                // the sentence dates the whole of it; an event elsewhere in it is another event of that day.
                if (Elsewhere(s, mention, hostMentions, article))
                {
                    if (s.TokenAt(hostDate.Start) <= 2)
                        dated.Add(([mention], hostDate, null));
                    else
                        undated.Add(mention);
                }
                // "Am Rande des G20-Außenministertreffens traf Baerbock am Donnerstag ...": the named occasion of a dated meeting
                // is another event, held that day too ("on the sidelines of the summit" names none and adds nothing).
                else if (mention.IsOccasion && mention.Body is not null && !hostMentions.Any(h => h.IsOccasion))
                    dated.Add(([mention], hostDate, null));
                else
                    hostMentions.Add(mention);
                continue;
            }
            // "we agreed on this forum during my visit to Peru last spring": one event inside the time of another;
            // "We met in Helsinki on Tuesday and agreed to keep talking": a verb joined to a dated one shares its day.
            var within = dated.Where(g => g.Mentions.Any(m => Clauses.Introduced(s, m, article.Lexicon.DuringPrepositions) || Clauses.Joined(s, m, mention, article.Lexicon))
                    && !g.Mentions.Any(m => Sequenced(s, mention, m, article.Lexicon)))
                .OrderBy(g => g.Mentions.Min(m => Clauses.Gap(s, m.Start, m.End, mention.Start, mention.End))).ToList();
            if (within.Count > 0)
                dated.Add(([mention], within[0].Date, within[0].Mentions[0]));
            else
                undated.Add(mention);
        }
        return (dated, undated);
    }

    /// <summary>
    /// "only three weeks after the Canadian leader visited China", "zwei Tage vor dem Gipfel": a span of days, weeks, months or years
    /// right before a preposition of sequence, with an event word up to four words after it: that event lies the span
    /// before ("after", "nach") or after ("before", "vor") the event the sentence dates.
    /// </summary>
    private static List<(Mention Mention, Timex Span, int Sign)> SpansAway(SentenceReading s, IReadOnlyList<Mention> mentions, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        var found = new List<(Mention, Timex, int)>();
        foreach (var span in article.AllDates.Where(d => d.Type == "DURATION" && d.Start >= s.Start && d.End <= s.End && SpanLength(d.Value) is not null))
        {
            var k = s.TokenAt(span.End);
            if (k >= s.Tokens.Count || s.Tokens[k].Start < span.End)
                continue;
            var sign = lexicon.SpanAfterPrepositions.Contains(s.Tokens[k].Text) ? -1 : lexicon.SpanBeforePrepositions.Contains(s.Tokens[k].Text) ? 1 : 0;
            if (sign != 0 && mentions.FirstOrDefault(m => m.Triggers.Count > 0 && s.TokenAt(m.Start) > k && s.TokenAt(m.Start) - k <= 4) is { } mention)
                found.Add((mention, span, sign));
        }
        return found;
    }

    /// <summary>"P3W": three weeks; spans of days, weeks, months and years only.</summary>
    private static (int Count, char Unit)? SpanLength(string value) =>
        value.Length >= 3 && value[0] == 'P' && "DWMY".Contains(value[^1]) && int.TryParse(value.AsSpan(1, value.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100
            ? (n, value[^1]) : null;

    /// <summary>The date a span away from an event's day, as coarse as the span's unit ("three weeks": that week).</summary>
    private static Timex? Shifted(Timex anchor, Timex span, int sign)
    {
        var (n, unit) = SpanLength(span.Value)!.Value;
        var day = anchor.RangeStart!.Value;
        DateOnly? moved = unit switch
        {
            'D' => Calendar.AddDays(day, sign * n),
            'W' => Calendar.AddDays(day, sign * 7L * n),
            'M' => Calendar.AddMonths(day, sign * n),
            _ => Calendar.AddMonths(day, sign * 12L * n),
        };
        if (moved is not { } d)
            return null;
        var (value, granularity, start, end) = unit switch
        {
            'D' => (Calendar.Day(d), Granularity.Day, d, d),
            'W' => (Calendar.Week(d), Granularity.Week, Calendar.WeekStart(d), Calendar.WeekStart(d).AddDays(6)),
            'M' => (Calendar.Month(d.Year, d.Month), Granularity.Month, new DateOnly(d.Year, d.Month, 1), Calendar.MonthEnd(d.Year, d.Month)),
            _ => (Calendar.Year(d.Year), Granularity.Year, new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31)),
        };
        return new Timex(span.Start, span.End, span.Text, "DATE", value, granularity, start, end,
            new Provenance("span-away", anchor.Value, sign < 0 ? Direction.Past : Direction.Future,
                $"'{span.Text}' {(sign < 0 ? "before" : "after")} the event dated '{anchor.Text}'"));
    }

    /// <summary>
    /// "where he met recently with President Triet and discussed tomorrow's summit": a verb told in the past does not
    /// happen on a day still to come; unless the sentence calls it off or puts it off ("has postponed her March 28 visit"):
    /// then the day is the one it was planned for.
    /// </summary>
    private static bool PastBeforeFuture(SentenceReading s, Mention m, Timex date, ArticleReading article, Direction tense) =>
        tense == Direction.Past && m.Triggers.Count > 0 && m.Triggers.All(t => t.IsVerb) && article.DocumentDate?.Value is { } today
        && date.RangeStart > today && !s.IsTitle && !CalledOffInItsSegment(s, m, article.Lexicon);

    private static bool CalledOffInItsSegment(SentenceReading s, Mention m, Vocabulary.EventLexicon lexicon)
    {
        var from = s.SegmentStartToken(m.Start);
        var to = s.SegmentEndToken(m.Start);
        return lexicon.Postponed.AnyIn(s.Tokens, from, to) || lexicon.Cancelled.AnyIn(s.Tokens, from, to);
    }

    /// <summary>Whether a comma segment begins with a framing preposition ("Mit Blick auf", "in view of").</summary>
    private static bool FramedBy(SentenceReading s, int segment, Vocabulary.EventLexicon lexicon)
    {
        var first = s.TokenAt(s.Sentence.Clauses[segment].Start);
        return first < s.Tokens.Count && lexicon.FramingPrepositions.MatchAt(s.Tokens, first) > 0;
    }

    /// <summary>
    /// Whether a date stands in an opening of its comma segment that puts something before the event ("Nach der Landung ... am
    /// 10. Oktober"), with no event word between the opening word and the date.
    /// </summary>
    private static bool OpenedBySequence(SentenceReading s, Timex date, Vocabulary.EventLexicon lexicon)
    {
        var first = s.SegmentStartToken(date.Start);
        return first < s.Tokens.Count && lexicon.SequenceOpeners.MatchAt(s.Tokens, first) > 0
            && !s.Triggers.Any(t => t.Start >= s.Tokens[first].Start && t.End <= date.Start);
    }

    private static bool OpenerWithItsEvent(SentenceReading s, Timex date, Mention m, IReadOnlyList<Mention> all, Vocabulary.EventLexicon lexicon)
    {
        var first = s.SegmentStartToken(date.Start);
        return first < s.Tokens.Count && lexicon.SequenceOpeners.MatchAt(s.Tokens, first) > 0
            && all.Any(o => o != m && o.Start >= s.Tokens[first].Start && o.End <= date.Start);
    }

    /// <summary>Whether a preposition that puts one event before or after another stands between two mentions.</summary>
    private static bool Sequenced(SentenceReading s, Mention a, Mention b, Vocabulary.EventLexicon lexicon)
    {
        var (from, to) = a.End <= b.Start ? (s.TokenAt(a.End), s.TokenAt(b.Start)) : (s.TokenAt(b.End), s.TokenAt(a.Start));
        return lexicon.SequencePrepositions.AnyIn(s.Tokens, from, to);
    }

    /// <summary>"Xi Jinping's visit": an event noun after someone's possessive names an event of theirs told before.</summary>
    private static bool RefersBack(SentenceReading s, Mention mention, Vocabulary.EventLexicon lexicon)
    {
        if (mention.Triggers.Count == 0 || mention.Triggers.Any(t => t.IsVerb) || mention.IsOccasion)
            return false;
        var at = s.TokenAt(mention.Start);
        if (at == 0)
            return false;
        var before = s.Tokens[at - 1].Text;
        return lexicon.IsPossessive(before);
    }

    private static bool AfterASequenceNoun(SentenceReading s, List<Vocabulary.Token> between, Vocabulary.EventLexicon lexicon)
    {
        for (var k = 0; k + 1 < between.Count; k++)
        {
            // "nach dem"/"after", or a bare "nach" before a noun of an act ("nach Vereidigung der Regierung"): a bare "nach"
            // also names sources ("nach Angaben des Ministeriums am Montag").
            var n = lexicon.SequencePrepositions.MatchAt(between, k);
            if (n == 0 && lexicon.SequenceOpeners.MatchAt(between, k) is > 0 and var bare && k + bare < between.Count
                && lexicon.ActNounEndings.All.Any(e => between[k + bare].Text.EndsWith(e, StringComparison.Ordinal)))
                n = bare;
            if (n == 0 || s.TokenAt(between[k].Start) == 0)
                continue;
            var next = k + n;
            while (next < between.Count && between[next].Text is "der" or "die" or "das" or "dem" or "den" or "des" or "the")
                next++;
            if (next >= between.Count)
                continue;
            // A noun: capitalised, as German writes nouns, or after an article ("after the election", not "after arriving").
            var noun = between[next];
            if ((char.IsUpper(noun.Text[0]) || next > k + n) && !s.Names.Any(x => x.Start <= noun.Start && noun.End <= x.End) && !s.People.Any(p => p.Start <= noun.Start && noun.End <= p.End)
                && !s.Triggers.Any(t => t.Start <= noun.Start && noun.End <= t.End) && !s.Bodies.Any(b => b.Start <= noun.Start && noun.End <= b.End))
                return true;
        }
        return false;
    }

    /// <summary>"Schwerpunkt des Gesprächs": an event noun in the genitive of a capitalised noun that is no event word (German writes nouns capitalised).</summary>
    private static bool GenitiveOfANoun(SentenceReading s, Mention m, Vocabulary.EventLexicon lexicon)
    {
        if (m.Triggers.Count == 0 || m.Triggers.Any(t => t.IsVerb))
            return false;
        var at = s.TokenAt(m.Start);
        var owner = at - 1;
        while (owner >= 0 && lexicon.OwnerArticles.Contains(s.Tokens[owner].Text))
            owner--;
        return owner >= 0 && owner < at - 1 && char.IsUpper(s.Tokens[owner].Text[0]) && !s.Triggers.Any(t => t.Start <= s.Tokens[owner].Start && s.Tokens[owner].End <= t.End)
            && !s.Names.Any(n => n.Start <= s.Tokens[owner].Start && s.Tokens[owner].End <= n.End) && !s.People.Any(p => p.Start <= s.Tokens[owner].Start && s.Tokens[owner].End <= p.End);
    }

    /// <summary>A day in brackets right after a person's name: "Premierminister Ehud Olmert (01.11.)".</summary>
    private static bool PersonsDay(SentenceReading s, Timex date, string text) =>
        date.Granularity == Granularity.Day && date.Start >= 2 && date.End < text.Length && text[date.Start - 1] == '(' && text[date.End] == ')'
        && s.People.Any(p => p.End <= date.Start - 1 && text.AsSpan(p.End, date.Start - 1 - p.End).IsWhiteSpace());

    private const int Unreachable = 1_000;

    /// <summary>How much further than the nearest date a finer date inside it may stand and still say its day.</summary>
    private const int FinerReach = 8;

    /// <summary>
    /// "für die im März 2019 erstmals gewählte Präsidentin": a date between an article and the adjective that
    /// closes an attribute before a noun tells of that adjective. An event outside the attribute is not dated by it, unless
    /// the noun is an event word ("die für Montag geplanten Gespräche") or the adjective is one ("das am Nachmittag
    /// empfangene Staatsoberhaupt").
    /// </summary>
    private static bool InAttribute(SentenceReading s, Mention m, Timex date, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        var first = s.TokenAt(date.Start);
        var last = s.TokenAt(date.End - 1);
        if (first < 1 || last < 0)
            return false;
        // Up to two small words between the article and the date: "den erst im Dezember gewählten".
        var open = first - 1;
        while (open > 0 && open >= first - 2 && !lexicon.AttributeArticles.Contains(s.Tokens[open].Text) && char.IsLower(s.Tokens[open].Text[0]))
            open--;
        if (!lexicon.AttributeArticles.Contains(s.Tokens[open].Text))
            return false;
        for (var i = last + 1; i < Math.Min(s.Tokens.Count - 1, last + 4); i++)
        {
            var word = s.Tokens[i];
            if (!char.IsLower(word.Text[0]))
                return false;
            var noun = s.Tokens[i + 1];
            if (word.Text.Length < 5 || !lexicon.AttributeEndings.Any(e => word.Text.EndsWith(e, StringComparison.Ordinal)) || !char.IsUpper(noun.Text[0]))
                continue;
            if (s.Triggers.Any(t => t.Start <= word.Start && word.End <= t.End || t.Start == noun.Start) || s.Bodies.Any(b => b.Start == noun.Start))
                return false;
            return m.End <= s.Tokens[open].Start || m.Start >= noun.Start;
        }
        return false;
    }

    /// <summary>
    /// How far a date is from an event word: tokens between them, more across a comma, much more across another event
    /// word or into a relative clause; a date by a verb of saying dates the saying, not a plan reported in it.
    /// </summary>
    private static int Cost(SentenceReading s, Mention m, Timex date, IReadOnlyList<Mention> all, ArticleReading article, Direction tense)
    {
        var lexicon = article.Lexicon;
        // A person with their title counts as one word.
        var cost = Clauses.GapOverPeople(s, m.Start, m.End, date.Start, date.End);
        var segmentA = s.SegmentOf(m.Start);
        var segmentB = s.SegmentOf(date.Start);
        if (segmentA != segmentB)
            cost += 6 * Math.Abs(segmentA - segmentB);
        var (from, to) = m.End <= date.Start ? (m.End, date.Start) : (date.End, m.Start);
        var crossed = all.Count(o => o != m && o.Start >= from && o.End <= to);
        cost += 25 * crossed;
        var between = s.Tokens.Where(t => t.Start >= from && t.End <= to).ToList();
        // "between Putin and Trump on 12 February": a conjunction right after a name joins names, not clauses.
        if (between.Any(t => lexicon.Conjunctions.Contains(t.Text) && !AfterAName(s, t)))
        {
            // "talks in Geneva on January 10 and continued with a meeting ... on January 12": a date before a conjunction
            // closes the clause before it; the event words after the conjunction have their own.
            cost += date.End <= m.Start ? 12 : 4;
        }
        if (between.Any(t => lexicon.RelativePronouns.Contains(t.Text) && Clauses.AfterComma(article.Text, t.Start))
            // "the premier's trip to Ghana, which had been planned for the end of the month": a relative clause that
            // schedules the event tells its date.
            && !(date.Start > m.End && lexicon.SchedulingWords.AnyIn(s.Tokens, s.TokenAt(m.End), s.TokenAt(date.Start))))
        {
            // "Thema des Treffens war der Vorsitz, den Portugal im Januar übernimmt": talks named in the genitive of another
            // noun are talks told before; a relative clause after them tells of something else.
            if (date.Start > m.End && GenitiveOfANoun(s, m, lexicon))
                return Unreachable;
            cost += 20;
        }
        // "Nach der Landung des Gastes am Abend des 10. Oktober begrüßt ihn die Kanzlerin am Morgen des 11. Oktober": a date
        // in an opening that puts something before the event dates that, not the event.
        if (date.End <= m.Start && segmentA == segmentB && OpenedBySequence(s, date, lexicon))
            cost += 20;
        // "Nach den offiziellen Gesprächen am Dienstagnachmittag ... besuchen sie am Mittwoch die ETH": a date inside an opening
        // that names an event of its own dates that event, not the one the sentence goes on to.
        if (date.End <= m.Start && segmentA == segmentB && OpenerWithItsEvent(s, date, m, all, lexicon))
            return Unreachable;
        // "Am Mittwoch hatte das Kabinett ein Programm beschlossen, in denen das Treffen noch genannt wird": a meeting only
        // named in a relative clause that a preposition opens after the date is not what the date's clause tells.
        if (date.End <= m.Start && m.Triggers.All(t => !t.IsVerb) && between.Skip(1).Select((t, i) => (t, i + 1)).Any(x => lexicon.RelativePronouns.Contains(x.t.Text)
                && lexicon.PlacePrepositions.Contains(between[x.Item2 - 1].Text) && Clauses.AfterComma(article.Text, between[x.Item2 - 1].Start)))
            return Unreachable;
        // "die ersten Arbeitsgespräche in Wien nach Angelobung der neuen Regierung am 18. Dezember", "talks after the election on
        // Sunday": a date after a word of sequence and the noun it governs dates that noun.
        if (date.Start > m.End && AfterASequenceNoun(s, between, lexicon))
            return Unreachable;
        // "their first phone call since the United States struck Syria on April 6": the date belongs to what follows "since".
        if (date.Start > m.End && between.Count >= 2 && between.Take(between.Count - 1).Any(t => lexicon.SincePrepositions.Contains(t.Text)))
            return Unreachable;
        // "die Opfer der Terroranschläge vom 22. Juli 2011": a date joined to a noun (capitalised, as German writes nouns) that
        // is no event word dates that noun.
        // "Eine Zeitung hatte in ihrer Ausgabe vom Freitag gemeldet, ein Treffen sei geplant": so is one before the event word.
        var at0 = s.TokenAt(date.Start);
        if (at0 >= 2 && lexicon.AttributiveDatePrepositions.Contains(s.Tokens[at0 - 1].Text) && (date.Start > m.End ? s.Tokens[at0 - 2].End > m.End : s.Tokens[at0 - 2].End <= m.Start)
            && char.IsUpper(s.Tokens[at0 - 2].Text[0]) && !s.Triggers.Any(t => t.End == s.Tokens[at0 - 2].End) && !s.Bodies.Any(b => b.End == s.Tokens[at0 - 2].End)
            // "reist der Minister vom 23. bis 25. Oktober": a person is no noun a date is joined to.
            && !s.People.Any(p => p.Start <= s.Tokens[at0 - 2].Start && s.Tokens[at0 - 2].End <= p.End))
            return Unreachable;
        // "sprachen über die Beziehungen und über die geplante Eröffnung eines Büros in Boston im Sommer": where a
        // language names the day of talks before their topic, a date inside the topic dates what the topic is about.
        if (date.Start > m.End && Clauses.InTopicOf(s, m.Triggers, date.Start, lexicon.TopicOpenersHoldingDates))
            return Unreachable;
        // "After a separate meeting with the minister, he said: “Visas end as of 1 April.”": a date inside a quotation
        // belongs to what the speaker says, not to an event told outside it.
        if (Clauses.InQuotation(article, s, date.Start) && !Clauses.InQuotation(article, s, m.Start))
            return Unreachable;
        // "Am Montag hatten die beiden Ministerinnen vereinbart, sich in Oslo zu sehen": a date before a verb of
        // deciding dates the deciding; the meeting in its infinitive is a plan with a day of its own, if any.
        if (date.End <= m.Start && PlannedInAnInfinitive(s, m, between, lexicon))
            return Unreachable;
        if (PastBeforeFuture(s, m, date, article, tense))
            return Unreachable;
        if (InAttribute(s, m, date, article))
            return Unreachable;
        // "der Europarat, dessen Vorsitz die Schweiz im November 2009 übernommen hat": a date after a relative pronoun of
        // possession dates what the relative clause is about.
        if (date.Start > m.End && between.Any(t => lexicon.PossessiveRelatives.Contains(t.Text) && Clauses.AfterComma(article.Text, t.Start)
                && s.SegmentOf(t.Start) == segmentB))
            return Unreachable;
        // "Mit Blick auf die EU-Präsidentschaft im zweiten Halbjahr 2009, hat Bildt ... eingeladen": a date in a segment that a
        // framing preposition opens dates that segment's noun.
        if (segmentA != segmentB && segmentB >= 0 && FramedBy(s, segmentB, lexicon))
            return Unreachable;
        // A body alone is dated only by a date beside it: "European Council, 25-26/06/2015", "the Council ... in December".
        var titled = s.IsTitle && segmentB == segmentA + 1 && cost <= 8;
        if (m.Triggers.Count == 0 && ((segmentA != segmentB && !titled) || cost > 8))
            return Unreachable;
        var at = s.TokenAt(date.Start);
        var end = s.TokenAt(date.End);
        var bySaying = lexicon.SpeechVerbs.AnyIn(s.Tokens, at - 2, at) || lexicon.SpeechVerbs.AnyIn(s.Tokens, end, end + 2)
            || SayingInItsSegment(s, at, lexicon);
        // "An official said Wednesday that ... would proceed with the talks", "..., berichtete das Auswärtige Amt am Dienstag":
        // the day of the saying does not date what it reports.
        if (bySaying && (tense == Direction.Future || between.Any(t => lexicon.Complementizers.Contains(t.Text)) || segmentA != segmentB))
            return Unreachable;
        return cost;
    }

    /// <summary>
    /// "..., teilte die stellvertretende Regierungssprecherin Ulrike Demmer am Mittwoch in Berlin mit": a verb of saying
    /// earlier in the date's comma segment, with no event word between them, is what the date dates.
    /// </summary>
    private static bool SayingInItsSegment(SentenceReading s, int at, Vocabulary.EventLexicon lexicon)
    {
        // German puts the date in the middle field of the verb of saying ("teilte ... am Mittwoch ... mit"); English says
        // "said on Monday", which the words right by the date catch, and "said Scholz will be in Brussels on Thursday"
        // dates what was said.
        if (lexicon.Language != "de")
            return false;
        // "Both looked ahead to their September trip to Spain": a date right beside an event word dates that event.
        if (s.Triggers.Any(t => Math.Abs(s.TokenAt(t.Start) - at) <= 2))
            return false;
        var segment = s.SegmentOf(s.Tokens[at].Start);
        for (var i = at - 1; i >= 0 && s.SegmentOf(s.Tokens[i].Start) == segment; i--)
        {
            if (s.Triggers.Any(t => t.Start <= s.Tokens[i].Start && s.Tokens[i].End <= t.End))
                return false;
            if (lexicon.SpeechVerbs.Contains(s.Tokens[i].Text))
                return true;
        }
        return false;
    }

    private static bool AfterAName(SentenceReading s, Vocabulary.Token conjunction) =>
        s.People.Any(p => p.End < conjunction.Start && conjunction.Start - p.End <= 1)
        || s.Names.Any(n => n.Actor is not null && n.End < conjunction.Start && conjunction.Start - n.End <= 1);

    /// <summary>
    /// An undated event word that names its own place is another occasion than a dated one of its kind elsewhere: "Die
    /// beiden Minister, die sich am Dienstag in Potsdam getroffen hatten, berieten beim Antrittsbesuch in Brüssel".
    /// </summary>
    private static bool Elsewhere(SentenceReading s, Mention mention, IReadOnlyList<Mention> group, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        var ownPlace = Clauses.OwnPlace(s, s.SegmentOf(mention.Start), lexicon);
        return ownPlace is not null && group.All(g => Clauses.OwnPlace(s, s.SegmentOf(g.Start), lexicon) is { } other && other.Id != ownPlace.Id);
    }

    /// <summary>An event verb in the infinitive ("zu treffen", "to meet") after a verb of deciding that stands in the words between.</summary>
    private static bool PlannedInAnInfinitive(SentenceReading s, Mention m, List<Vocabulary.Token> between, Vocabulary.EventLexicon lexicon)
    {
        var verb = m.Triggers.FirstOrDefault(t => t.IsVerb);
        if (verb is null || s.TokenAt(verb.Start) is not (var at and > 0) || !lexicon.InfinitiveParticles.Contains(s.Tokens[at - 1].Text))
            return false;
        return between.Any(t => lexicon.DecidingVerbs.Contains(t.Text));
    }

    /// <summary>
    /// A second meeting of its own on the same occasion, with its own partners: "a session with the Gulf ministers ... and,
    /// besides that, a bilateral meeting with the Qatari Foreign Minister".
    /// </summary>
    private static bool AnotherMeeting(SentenceReading s, Mention mention, IReadOnlyList<Mention> group, ArticleReading article)
    {
        var lexicon = article.Lexicon;
        var at = s.TokenAt(mention.Start);
        return (lexicon.Bilateral.AnyIn(s.Tokens, at - 2, at) || lexicon.Multilateral.AnyIn(s.Tokens, at - 2, at))
            && lexicon.CompanionPrepositions.AnyIn(s.Tokens, s.TokenAt(mention.End), s.TokenAt(mention.End) + 2)
            && group.All(g => g.End < mention.Start && lexicon.Conjunctions.AnyIn(s.Tokens, s.TokenAt(g.End), at));
    }

    /// <summary>
    /// The date of an event among those nearest to its words: the nearest, but a day before a coarser date that holds it
    /// ("in December, on 12 December"); two days joined by a conjunction are two events ("am Montag in Moskau und am
    /// Dienstag in Kiew"). A year counts only when it stands right by the event word ("the 2005 G8 summit").
    /// </summary>
    private static IEnumerable<Timex> Choose(SentenceReading s, Mention mention, List<(Timex Date, int Cost)> dates, ArticleReading article)
    {
        // A year counts only right by the event word, and never in a title: "2008 G8 summit launched" names the summit
        // by its year; the lead tells its day.
        var usable = dates.Where(d => d.Date.Granularity > Granularity.Year || (d.Cost <= 3 && !s.IsTitle)).ToList();
        if (usable.Count == 0)
            yield break;
        var days = usable.Where(d => d.Date.Granularity >= Granularity.Day).OrderBy(d => d.Date.Start).ToList();
        if (days.Count > 1 && days.Zip(days.Skip(1)).All(p => p.First.Date.RangeStart != p.Second.Date.RangeStart
            && Clauses.Gap(s, p.First.Date.Start, p.First.Date.End, p.Second.Date.Start, p.Second.Date.End) <= 10
            && s.Tokens.Any(t => t.Start >= p.First.Date.End && t.End <= p.Second.Date.Start && article.Lexicon.Conjunctions.Contains(t.Text))))
        {
            foreach (var day in days)
                yield return AsDay(day.Date);
            yield break;
        }
        var (best, bestCost) = usable.OrderBy(d => d.Cost).ThenByDescending(d => d.Date.Granularity).First();
        // "in December, on 12 December"; not a day two clauses away that only falls in the month ("a visit scheduled for
        // later this month, the spokesman said tonight").
        var finer = usable.Where(d => d.Date.Granularity > best.Granularity && d.Date.RangeStart >= best.RangeStart && d.Date.RangeEnd <= best.RangeEnd
                && d.Cost <= bestCost + FinerReach)
            .OrderByDescending(d => d.Date.Granularity).ThenBy(d => d.Cost).FirstOrDefault().Date;
        yield return AsDay(finer ?? best);
    }

    /// <summary>
    /// "am Donnerstag und Freitag", "on Monday and Tuesday": two days that follow one another, joined by a conjunction, are
    /// one date over both, so that they date one event.
    /// </summary>
    private static List<Timex> JoinFollowingDays(SentenceReading s, List<Timex> dates, ArticleReading article)
    {
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var (a, b) = (dates[i], dates[i + 1]);
            if (a.Granularity < Granularity.Day || b.Granularity < Granularity.Day || a.RangeEnd is not { } end || b.RangeStart != end.AddDays(1))
                continue;
            var between = s.Tokens.Where(t => t.Start >= a.End && t.End <= b.Start).ToList();
            if (between.Count == 1 && article.Lexicon.Conjunctions.Contains(between[0].Text))
            {
                dates[i] = AsDay(a) with { End = b.End, Text = article.Text[a.Start..b.End], RangeEnd = b.RangeEnd };
                dates.RemoveAt(i + 1);
                i--;
            }
        }
        return dates;
    }

    /// <summary>An event's date is a calendar date: a clock time or part of a day ("Tuesday evening") counts as its day.</summary>
    public static Timex AsDay(Timex t) =>
        t.Granularity == Granularity.Time && t.RangeStart is { } day
            ? t with { Value = Calendar.Day(day), Granularity = Granularity.Day, RangeEnd = day }
            : t;

    /// <summary>The second date of a range ("vom 10. bis 13. Januar", "May 7-8"): it ends an event, it does not date one.</summary>
    public static bool IsRangeEnd(Timex t, IReadOnlyList<Timex> all) =>
        t.Provenance.Rule.StartsWith("range@", StringComparison.Ordinal)
        && all.Any(o => o.Provenance.Rule == t.Provenance.Rule && o != t && o.RangeStart < t.RangeStart && (o.Start == o.End || (o.End <= t.Start && t.Start - o.End <= 12)));

    /// <summary>
    /// "vom 10. bis 13. Januar", "May 7-8": the last day of the range the event's date opens. In news a range is one
    /// expression that holds its last day; in narrative mode the last day is an expression of its own.
    /// </summary>
    public static Timex? RangeEnd(Timex start, IReadOnlyList<Timex> all) =>
        start.Granularity >= Granularity.Day && start.RangeEnd is { } last && last > start.RangeStart
            ? start with { Value = Calendar.Day(last), Granularity = Granularity.Day, RangeStart = last, RangeEnd = last }
        : !start.Provenance.Rule.StartsWith("range@", StringComparison.Ordinal) ? null
            : all.FirstOrDefault(t => t.Provenance.Rule == start.Provenance.Rule && t != start && t.Start >= start.End && t.Start - start.End <= 12 && t.RangeStart > start.RangeStart);
}
