using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Reading;

/// <summary>
/// What the event decisions know about a whole article: its readable sentences, the place its dateline names, the
/// countries it is most about, and its document date.
/// </summary>
public sealed class ArticleReading
{
    private static readonly Granularity[] DatedGranularities =
        [Granularity.Time, Granularity.Day, Granularity.Week, Granularity.Month, Granularity.Season, Granularity.Quarter, Granularity.Year];

    public required TextDocument Document { get; init; }
    public required EventLexicon Lexicon { get; init; }
    public required Gazetteer.Gazetteer Gazetteer { get; init; }
    public required BodyTable Bodies { get; init; }
    public required IReadOnlyList<SentenceReading> Sentences { get; init; }

    /// <summary>The sentences of photo captions, read for their words and places only: they report no event.</summary>
    public required IReadOnlyList<SentenceReading> Captions { get; init; }
    public required DocumentDate? DocumentDate { get; init; }

    /// <summary>Every date the tagger found, including the ends of ranges ("vom 10. bis 13.").</summary>
    public required IReadOnlyList<Timex> AllDates { get; init; }

    /// <summary>The place of the dateline ("RIYADH —", "Ottawa (Kanada), 05.11.2007 –"), if any.</summary>
    public required NameMention? Dateline { get; init; }

    /// <summary>Whether a sentence of the article calls off or puts off something (a word of [cancelled] or [postponed]).</summary>
    public bool TellsOfACalledOffEvent => calledOff ??= Sentences.Any(s => Lexicon.Cancelled.AnyIn(s.Tokens, 0, s.Tokens.Count) || Lexicon.Postponed.AnyIn(s.Tokens, 0, s.Tokens.Count));

    private bool? calledOff;

    /// <summary>Who issued the text (a White House readout, a Commission press release), by what its first and last lines say.</summary>
    public required string? Issuer { get; init; }

    /// <summary>
    /// The speaker labels of a transcript ("SECRETARY CLINTON:", "QUESTION:") by the paragraph they open, with the country
    /// or body the speaker acts for where the label names a known office holder.
    /// </summary>
    public required IReadOnlyList<(int Paragraph, string? Actor)> SpeakerLabels { get; init; }

    /// <summary>How often each country is named: who the article is about.</summary>
    public required IReadOnlyDictionary<string, int> Salience { get; init; }

    public string Text => Document.Text;

    /// <summary>The tense cues of each sentence and clause, read once for all the events of the article.</summary>
    public TenseDetector.CueCache TenseCues { get; } = new();

    private static bool InADate(int start, int end, List<Timex> datable, int from)
    {
        for (var i = from; i < datable.Count && datable[i].Start < end; i++)
        {
            if (datable[i].Start <= start && end <= datable[i].End)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "held an extraordinary meeting today 16 October": a word for today followed by the day it means, which the text
    /// writes out, leaves the dating to that day.
    /// </summary>
    private static bool TodayBeforeItsDate(string text, Timex t, List<Timex> datable, int from)
    {
        if (!t.Provenance.Rule.StartsWith("relword@", StringComparison.Ordinal) || t.Granularity != Granularity.Day)
            return false;
        // The dates are in text order and this sentence's begin at the cursor: only the next few can follow right after.
        for (var i = from; i < datable.Count && datable[i].Start <= t.End + 3; i++)
        {
            var d = datable[i];
            if (d.Start >= t.End && d.Granularity == Granularity.Day && d.Value != t.Value && text.AsSpan(t.End, d.Start - t.End).Trim(" ,(".AsSpan()).IsEmpty)
                return true;
        }
        return false;
    }

    public static ArticleReading Read(TextDocument document, TaggerResult dates, LanguageProfile profile, Gazetteer.Gazetteer gazetteer, BodyTable bodies)
    {
        var lexicon = EventLexicon.For(profile);
        var text = document.Text;
        var sentences = new List<SentenceReading>();
        // The dates an event can take, in text order, walked alongside the sentences (which are in text order too).
        var datable = dates.Timexes.Where(t => t.IsResolvedDate && DatedGranularities.Contains(t.Granularity)).OrderBy(t => t.Start).ToList();
        var nextDate = 0;
        var named = new Dictionary<string, PersonMention>(StringComparer.Ordinal);
        var captions = new List<SentenceReading>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (nextDate < datable.Count && datable[nextDate].Start < sentence.Start)
                nextDate++;
            if (sentence.Role == ParagraphRole.Caption)
                captions.Add(Caption(document, sentence, s, gazetteer, dates.DocumentDate?.Value));
            if (sentence.Role != ParagraphRole.Body || IsCitation(document, sentence))
                continue;
            var tokens = Tokenizer.Tokens(text, sentence.Start, sentence.End);
            // "vor Ende November in Genf": a place's name inside a date ("Ende" in Indonesia) is the date's word.
            var names = gazetteer.Find(text, sentence.Start, sentence.End, dates.DocumentDate?.Value)
                .Where(n => n.Place is null || !InADate(n.Start, n.End, datable, nextDate))
                .Where(n => !ForeignWordInAName(text, n, lexicon)).ToList();
            var paragraph = document.ParagraphIndex(sentence.Start);
            var triggers = lexicon.Find(tokens);
            // "The summit is planned for May": nobody stands inside a date, whatever surname was named before.
            var people = PeopleFinder.Find(text, tokens, names, lexicon, gazetteer, named, triggers)
                .Where(p => !InADate(p.Start, p.End, datable, nextDate)).ToList();
            PeopleFinder.Remember(people, named);
            sentences.Add(new SentenceReading
            {
                Index = s,
                Sentence = sentence,
                Paragraph = paragraph,
                IsHeading = paragraph >= 0 && document.IsHeading(document.Paragraphs[paragraph]),
                IsListItem = paragraph >= 0 && text[document.Paragraphs[paragraph].Start] is '·' or '•' or '-' or '*' or '–' or '▪',
                Tokens = tokens,
                Triggers = triggers,
                Bodies = bodies.Find(tokens),
                Names = names,
                People = people,
                Dates = datable.Skip(nextDate).TakeWhile(t => t.Start < sentence.End)
                    .Where(t => t.End <= sentence.End)
                    // "bis Freitag", "since 2019": the end or the start of a span. A day after "seit"/"since" still dates what has
                    // gone on from it ("beraten seit Donnerstag in Münster").
                    .Where(t => !Before(text, t.Start, sentence.Start, tokens, lexicon.SpanPrepositions)
                        || (t.Granularity >= Granularity.Day && Before(text, t.Start, sentence.Start, tokens, lexicon.SincePrepositions)))
                    .Where(t => !IsDatelineDate(document, t, names) && !TodayBeforeItsDate(text, t, datable, nextDate))
                    .ToList(),
            });
        }
        MarkTitleAndLead(document, sentences);
        WithSharedVenuesResolved(sentences, gazetteer);
        sentences = WithKnownAffiliations(sentences);
        return new ArticleReading
        {
            Document = document,
            Lexicon = lexicon,
            Gazetteer = gazetteer,
            Bodies = bodies,
            Sentences = sentences,
            Captions = captions,
            DocumentDate = dates.DocumentDate,
            AllDates = dates.Timexes,
            Dateline = FindDateline(document, sentences),
            Salience = CountCountries(sentences, gazetteer, lexicon),
            Issuer = FindIssuer(document, lexicon, gazetteer),
            SpeakerLabels = FindSpeakerLabels(document, gazetteer, dates.DocumentDate?.Value),
        };
    }

    private static SentenceReading Caption(TextDocument document, Sentence sentence, int index, Gazetteer.Gazetteer gazetteer, DateOnly? date) => new()
    {
        Index = index,
        Sentence = sentence,
        Paragraph = document.ParagraphIndex(sentence.Start),
        IsHeading = true,
        IsListItem = false,
        Tokens = Tokenizer.Tokens(document.Text, sentence.Start, sentence.End),
        Triggers = [],
        Bodies = [],
        Names = gazetteer.Find(document.Text, sentence.Start, sentence.End, date),
        People = [],
        Dates = [],
    };

    /// <summary>
    /// Whom "I" and "we" stand for at an offset: in a transcript, the country of the speaker whose label opened the
    /// paragraph or one before it (nobody for a journalist's question or an unknown speaker); in other text, whoever
    /// issued it.
    /// </summary>
    public string? SpeakerAt(int offset)
    {
        var paragraph = Document.ParagraphIndex(offset);
        for (var i = SpeakerLabels.Count - 1; i >= 0; i--)
        {
            if (SpeakerLabels[i].Paragraph <= paragraph)
                return SpeakerLabels[i].Actor;
        }
        return Issuer;
    }

    private static List<(int Paragraph, string? Actor)> FindSpeakerLabels(TextDocument document, Gazetteer.Gazetteer gazetteer, DateOnly? date)
    {
        var labels = new List<(int, string?)>();
        var text = document.Text;
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var p = document.Paragraphs[i];
            var colon = text.IndexOf(':', p.Start, Math.Min(60, p.End - p.Start));
            if (colon < 0 || colon - p.Start < 3)
                continue;
            var label = text.AsSpan(p.Start, colon - p.Start);
            if (IsLabel(label))
            {
                // "SECRETARY CLINTON", "FOREIGN MINISTER LAVROV": the last word names the speaker.
                var words = label.ToString().Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
                var surname = words[^1];
                labels.Add((i, gazetteer.OfficeHolder(surname[0] + surname[1..].ToLowerInvariant(), date)?.Affiliation));
            }
            else if (label.Count(' ') is >= 1 and <= 3 && char.IsUpper(label[0]) && gazetteer.OfficeHolder(label.ToString(), date) is { } speaker)
            {
                // "Vladimir Putin: Mr President, friends, ...".
                labels.Add((i, speaker.Affiliation));
            }
        }
        return labels;
    }

    /// <summary>Capital letters, spaces and full stops only, with at least one word of two letters: "SECRETARY CLINTON", "MR. PRICE".</summary>
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        var letters = 0;
        foreach (var c in label)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                    return false;
                letters++;
            }
            else if (c is not (' ' or '.' or '-' or '\''))
            {
                return false;
            }
        }
        return letters >= 4;
    }

    /// <summary>
    /// "Eintreffen von Bundespräsident Cassis im Bundeskanzleramt und Begrüßung durch Bundeskanzler Nehammer": a venue whose
    /// name seats in several countries share is the one of the country its own sentence names most, by name or adjective,
    /// by one of its places or by someone of it; where its sentence names none of them more than another, the one the
    /// article has named most before it ("Termine in Wien ... vor dem Bundeskanzleramt"). Where that country is named no more than the
    /// first one's, the name keeps the first (the order of the gazetteer's ranking).
    /// </summary>
    private static void WithSharedVenuesResolved(List<SentenceReading> sentences, Gazetteer.Gazetteer gazetteer)
    {
        // The countries named before a sentence, counted only once a shared venue needs them, and then sentence by sentence.
        var before = new Dictionary<string, int>();
        var counted = 0;
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            List<NameMention>? changed = null;
            Dictionary<string, int>? counts = null;
            for (var i = 0; i < sentence.Names.Count; i++)
            {
                if (sentence.Names[i] is not { Venue: { } venue } name)
                    continue;
                var others = gazetteer.VenuesSharingAName(venue);
                if (others.Count == 0)
                    continue;
                counts ??= CountryMentions(sentence, gazetteer);
                for (; counted < index; counted++)
                {
                    foreach (var (country, n) in CountryMentions(sentences[counted], gazetteer))
                        before[country] = before.GetValueOrDefault(country) + n;
                }
                (int Sentence, int Article) Weight(Place p) => (counts.GetValueOrDefault(p.CountryCode), before.GetValueOrDefault(p.CountryCode));
                var best = others.MaxBy(Weight)!;
                if (Weight(best).CompareTo(Weight(venue)) <= 0)
                    continue;
                changed ??= [.. sentence.Names];
                changed[i] = name with { Place = best.CityId is { } city ? gazetteer.PlaceById(city) : best, Venue = best };
            }
            if (changed is not null)
                sentence.Names = changed;
        }
    }

    /// <summary>How often a sentence names each country: by name or adjective, by one of its places, or by someone of it.</summary>
    private static Dictionary<string, int> CountryMentions(SentenceReading sentence, Gazetteer.Gazetteer gazetteer)
    {
        var counts = new Dictionary<string, int>();
        void Count(string? country)
        {
            if (country is not null)
                counts[country] = counts.GetValueOrDefault(country) + 1;
        }
        foreach (var name in sentence.Names)
        {
            Count(name.Actor is { Kind: ActorKind.Country } country ? country.Id : name.Actor is null && name.Venue is null ? name.Place?.CountryCode : null);
        }
        foreach (var person in sentence.People)
        {
            if (person.Affiliation is { } affiliation && gazetteer.ActorById(affiliation)?.Kind == ActorKind.Country)
                Count(affiliation);
        }
        return counts;
    }

    /// <summary>
    /// "Summary of a phone call between the President and Prime Minister Rutte of the Netherlands ... Rutte and the
    /// President spoke on Monday": a person whose country the article names once keeps it wherever named again.
    /// </summary>
    private static List<SentenceReading> WithKnownAffiliations(List<SentenceReading> sentences)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in sentences.SelectMany(s => s.People))
        {
            if (person.Name is { } name && person.Affiliation is { } affiliation)
                known.TryAdd(LastWord(name), affiliation);
        }
        if (known.Count == 0)
            return sentences;
        foreach (var sentence in sentences)
        {
            sentence.People = [.. sentence.People.Select(p => p.Affiliation is null && p.Name is { } n && known.TryGetValue(LastWord(n), out var a) ? p with { Affiliation = a } : p)];
        }
        return sentences;
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// A line that quotes another article's title and names where it appeared ("\"Talks may resume\" — Daily Courier,
    /// March 2, 2007"): a source or a related link, not this article's text.
    /// </summary>
    private static bool IsCitation(TextDocument document, Sentence sentence)
    {
        var paragraph = document.ParagraphIndex(sentence.Start);
        if (paragraph < 0)
            return false;
        var text = document.Text.AsSpan(document.Paragraphs[paragraph].Start, document.Paragraphs[paragraph].End - document.Paragraphs[paragraph].Start);
        var close = text.Length > 1 && text[0] is '"' or '“' or '„' or '«' ? text[1..].IndexOfAny("\"”“»") : -1;
        if (close < 0)
            return false;
        var after = text[(close + 2)..].TrimStart();
        return after.Length > 0 && after[0] is '—' or '–' or '-';
    }

    /// <summary>
    /// The lead is the first paragraph of running text (120 characters or more, and not a long headline: unclosed, with
    /// its words capitalised); the headings and one-sentence lines before it are the title.
    /// </summary>
    private static void MarkTitleAndLead(TextDocument document, List<SentenceReading> sentences)
    {
        var text = document.Text;
        bool Closed(int p) => ".!?\"“”»«:…".Contains(text[document.Paragraphs[p].End - 1]);
        var running = sentences.Select(s => s.Paragraph).Distinct()
            .Where(p => p >= 0 && document.Paragraphs[p].End - document.Paragraphs[p].Start >= 120 && !LongHeadline(document, p)).ToList();
        // "Erstes offizielles Arbeitsgespräch zwischen ... in Wien" over "Berlin/Wien (bmeia) - Sigmar Gabriel ... war am 27.02.
        // ...": a long line without closing punctuation is a subtitle when running text follows; a text cut short may end
        // in its lead.
        var lead = running.FirstOrDefault(Closed, running.Count > 0 ? running[0] : -1);
        if (lead < 0)
            lead = sentences.FirstOrDefault(s => !s.IsHeading)?.Paragraph ?? -1;
        foreach (var sentence in sentences.Where(s => s.Paragraph <= lead))
        {
            // A line without closing punctuation before the lead is a title ("Präsident Barroso fordert ... Zypern"); a
            // short paragraph of sentences before it already belongs to the lead ("The UN is postponing the talks.").
            if (sentence.IsHeading || (!Closed(sentence.Paragraph) && sentence.Paragraph < lead))
                sentence.IsTitle = true;
            else
                sentence.IsLead = true;
        }
    }

    /// <summary>
    /// "Secretary Lind's Meeting With The Director Of The Commission For Foreign Affairs": a paragraph with no
    /// closing punctuation whose longer words all but a few begin with a capital is a headline, however long.
    /// </summary>
    private static bool LongHeadline(TextDocument document, int paragraph)
    {
        var (start, end) = (document.Paragraphs[paragraph].Start, document.Paragraphs[paragraph].End);
        var text = document.Text;
        if (".!?\"“”»«".Contains(text[end - 1]))
            return false;
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return words.Count >= 6 && words.Count(w => char.IsUpper(w[0])) >= words.Count * 0.8;
    }

    /// <summary>
    /// The day a sentence of the document (by its index there) is, when it is a day and at most two words more ("Montag,
    /// 20. Juni 2016", "21.01.2016 — Medienmitteilung EDA"): a dateline, or the heading of the lines of a programme or of an
    /// item of a page; null when it is more, or has no date. Sentences that are not the article's (a link, a caption) count.
    /// </summary>
    public Timex? DateLineOf(int sentenceIndex) => DateLineOf(sentenceIndex, out _);

    /// <summary>As <see cref="DateLineOf(int)"/>, and whether the sentence holds any date at all.</summary>
    public Timex? DateLineOf(int sentenceIndex, out bool dated)
    {
        dateLines ??= FindDateLines();
        var (line, any) = dateLines[sentenceIndex];
        dated = any;
        return line;
    }

    /// <summary>The date line of each of the document's sentences, read once from the text's dates.</summary>
    private (Timex? Line, bool Dated)[] FindDateLines()
    {
        var sentences = Document.Sentences;
        var first = new Timex?[sentences.Count];
        var last = new Timex?[sentences.Count];
        var one = new bool[sentences.Count];
        foreach (var t in AllDates)
        {
            var k = Document.SentenceIndex(t.Start);
            if (k < 0 || t.End > sentences[k].End || t.Type != "DATE" || t.RangeStart is null)
                continue;
            // "Dienstag, 19.6.": a weekday and its date in figures are two expressions of one day.
            one[k] = first[k] is null || (one[k] && t.Value == first[k]!.Value);
            first[k] ??= t;
            last[k] = t;
        }
        var text = Document.Text.AsSpan();
        var lines = new (Timex? Line, bool Dated)[sentences.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            var line = first[k] is { Granularity: Granularity.Day } day && one[k]
                && TextDocument.WordCount(text[sentences[k].Start..day.Start]) + TextDocument.WordCount(text[last[k]!.End..sentences[k].End]) <= 2 ? day : null;
            lines[k] = (line, first[k] is not null);
        }
        return lines;
    }

    private (Timex? Line, bool Dated)[]? dateLines;

    /// <summary>
    /// The document index of the first sentence of running text: long, with an event word, neither title nor heading.
    /// A date line below it stands inside the text rather than in the page's header.
    /// </summary>
    public int FirstProse => firstProse ??= Sentences.FirstOrDefault(p => p.End - p.Start >= 80 && p.Triggers.Count > 0 && !p.IsTitle && !p.IsHeading)?.Index ?? int.MaxValue;

    private int? firstProse;

    /// <summary>
    /// A date that opens a paragraph and is followed by a dash or stands alone, or that follows a place and a comma at a
    /// paragraph's start: the dateline of the report ("13.04.2016 - Kurz vor dem Abflug", "Brüssel, 25. Januar 2013",
    /// "Ottawa (Kanada), 05.11.2007 –"), or a stamp in brackets that opens a line ("[Bundesregierung -
    /// 14.06.2013]"). It dates the report, not an event in it.
    /// </summary>
    private static bool IsDatelineDate(TextDocument document, Timex t, IReadOnlyList<NameMention> names)
    {
        var paragraph = document.ParagraphIndex(t.Start);
        if (paragraph < 0 || t.Start - document.Paragraphs[paragraph].Start > 60)
            return false;
        var text = document.Text;
        var start = document.Paragraphs[paragraph].Start;
        var end = document.Paragraphs[paragraph].End;
        var before = text.AsSpan(start, t.Start - start).TrimEnd();
        var after = text.AsSpan(t.End, Math.Min(6, end - t.End)).TrimStart(" )]".AsSpan());
        // "[Bundesregierung - 14.06.2013] Bundeskanzlerin Merkel empfängt ...": a stamp in brackets that opens the line.
        if (before.StartsWith("[", StringComparison.Ordinal) && before.IndexOf(']') < 0 && text.AsSpan(t.End, end - t.End).TrimStart().StartsWith("]", StringComparison.Ordinal))
            return true;
        var opens = before.Length == 0 || LooksLikeDateOrCode(before);
        if (opens && (after.Length == 0 || after[0] is '–' or '—' or '-'))
            return true;
        // "September 16, 2019, Ankara": a date opening the text's first lines, then the place it was written in.
        if (opens && after.Length > 0 && after[0] == ',' && names.Any(n => n.Place is not null && n.Start > t.End && n.Start - t.End <= 3))
            return true;
        if (before.EndsWith(", den", StringComparison.Ordinal))
            before = before[..^5];
        else if (before.EndsWith(",", StringComparison.Ordinal))
            before = before[..^1].TrimEnd();
        else
            return false;
        // "Ottawa (Kanada), 05.11.2007": the place may carry its country in parentheses.
        if (before.EndsWith(")", StringComparison.Ordinal) && before.LastIndexOf('(') is var open and > 0)
            before = before[..open].TrimEnd();
        var placeEnd = start + before.Length;
        return names.Any(n => n.Place is not null && n.End == placeEnd && n.Start - start <= 30);
    }

    /// <summary>The actor whose issuing words stand in the text's first 400 or last 400 characters, furniture included.</summary>
    private static string? FindIssuer(TextDocument document, EventLexicon lexicon, Gazetteer.Gazetteer gazetteer)
    {
        var text = document.Text;
        var head = Tokenizer.Tokens(text, 0, Math.Min(text.Length, 400));
        var tail = Tokenizer.Tokens(text, Math.Max(0, text.Length - 400), text.Length);
        foreach (var (actor, words) in lexicon.Issuers)
        {
            if (gazetteer.ActorById(actor) is not null && (Contains(head, words) || Contains(tail, words)))
                return actor;
        }
        return null;
    }

    private static bool Contains(IReadOnlyList<Token> tokens, string[] words)
    {
        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < words.Length && all; k++)
                all = string.Equals(tokens[i + k].Text, words[k], StringComparison.OrdinalIgnoreCase);
            if (all)
                return true;
        }
        return false;
    }

    /// <summary>Whether the word right before an offset is one of <paramref name="words"/>.</summary>
    private static bool Before(string text, int offset, int limit, IReadOnlyList<Token> tokens, WordSet words)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].End <= offset)
                return tokens[i].Start >= limit && words.Contains(tokens[i].Text);
        }
        return false;
    }

    /// <summary>
    /// "Waiheke Island", "Rhode Island": a country's name in the other language ("Island", German for Iceland) right after a
    /// capitalised word in an English text is the end of a name, not the country.
    /// </summary>
    private static bool ForeignWordInAName(string text, NameMention name, EventLexicon lexicon)
    {
        if (name.Actor is not { Kind: ActorKind.Country } country || name.FromAdjective || lexicon.Language == "de"
            || name.Text != country.GermanName || country.Name == country.GermanName)
            return false;
        // One space, not a line break, between it and the word before.
        if (name.Start < 2 || text[name.Start - 1] != ' ' || !char.IsLetter(text[name.Start - 2]))
            return false;
        var before = text.AsSpan(0, name.Start - 1);
        var word = before[(before.LastIndexOfAny(' ', '\n', '\t') + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    /// <summary>
    /// A place at the very start of one of the first paragraphs, followed by a dash, a comma and a date, or a country in
    /// parentheses or a colon: "RIYADH—", "ISLAMABAD:", "Brüssel, 25. Januar 2013", "Ottawa (Kanada), 05.11.2007 –", "03.05.2021 Brüssel/Nairobi.".
    /// </summary>
    private static NameMention? FindDateline(TextDocument document, IReadOnlyList<SentenceReading> sentences)
    {
        var text = document.Text;
        foreach (var sentence in sentences.Where(s => s.Sentence.Start < 600).Take(8))
        {
            foreach (var name in sentence.Names.Where(n => n.Place is not null && n.Start - sentence.Start <= 40))
            {
                var before = text.AsSpan(sentence.Start, name.Start - sentence.Start).Trim();
                // "September 16, 2019, Ankara": a date before the place, as some readouts head their text.
                var afterDate = before.EndsWith(",", StringComparison.Ordinal) && OnlyDateBefore(sentence, name.Start);
                if (before.Length > 0 && !LooksLikeDateOrCode(before) && !afterDate)
                    continue;
                var after = text.AsSpan(name.End, Math.Min(40, sentence.End - name.End)).TrimStart();
                // "ISLAMABAD:", "New Delhi :": some agencies set a colon after the place; a title does too ("Genf: Minister ohne
                // Einigung"), and names no dateline.
                if (after.Length == 0 || after[0] is '—' or '–' or '-' or ',' or '(' or '/' or '.' || after.StartsWith("(", StringComparison.Ordinal)
                    || (after[0] == ':' && !sentence.IsTitle && !sentence.IsHeading))
                    return name;
            }
        }
        return null;
    }

    /// <summary>Whether the text of a sentence before an offset is one date and punctuation.</summary>
    private static bool OnlyDateBefore(SentenceReading sentence, int offset) =>
        sentence.Tokens.Where(t => t.End <= offset).All(t => char.IsDigit(t.Text[0]) || char.IsUpper(t.Text[0]));

    /// <summary>"IP/05/510", "27.02.2020", "(29.06.2017)": what may stand before a dateline's place.</summary>
    private static bool LooksLikeDateOrCode(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!(char.IsDigit(c) || c is '.' or '/' or '(' or ')' or ' ' or '-' || char.IsUpper(c)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// How often each country is named as an actor: by name or by an office holder, not as a setting or a topic ("the
    /// situation in Syria", "talks about Iran"), nor by an adjective outside an office ("the Syrian people", but "the Japanese Prime
    /// Minister"), which names what is talked about more often than who talks.
    /// </summary>
    private static Dictionary<string, int> CountCountries(IReadOnlyList<SentenceReading> sentences, Gazetteer.Gazetteer gazetteer, EventLexicon lexicon)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (s, name) in sentences.SelectMany(s => s.Names.Select(n => (s, n))))
        {
            if (name.Actor?.Kind == ActorKind.Country && ((name.FromAdjective && !s.People.Any(p => p.Start <= name.Start && name.End <= p.End)) || s.IsPrepositioned(name.Start, lexicon.TopicPrepositions) || s.IsPrepositioned(name.Start, lexicon.LocationPrepositions)))
                continue;
            var country = name.Actor switch
            {
                { Kind: ActorKind.Country } a => a.Id,
                { Kind: ActorKind.Person, Affiliation: { } aff } when gazetteer.ActorById(aff)?.Kind == ActorKind.Country => aff,
                _ => null,
            };
            if (country is not null)
                counts[country] = counts.GetValueOrDefault(country) + 1;
        }
        return counts;
    }

    /// <summary>The country actor whose capital a place is, if it is one.</summary>
    public Actor? CountryWithCapital(Place place) => Gazetteer.Actors.FirstOrDefault(a => a.Kind == ActorKind.Country && a.CapitalPlaceId == place.Id);
}
