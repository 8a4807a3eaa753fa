using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Dates.Resolution;

namespace Timeline.Extraction.Dates.Anchoring;

/// <summary>What a year-less or relative expression counts from.</summary>
internal enum AnchorKind
{
    /// <summary>Words that point at the document date ("heute", "vergangenen Monat").</summary>
    Deictic,
    /// <summary>A date without its year ("im März", "am 12. Januar").</summary>
    YearLess,
    /// <summary>Words that count from the date the text named last ("am selben Tag", "zwei Tage später").</summary>
    Anaphoric,
    /// <summary>A period named relative to now ("im nächsten Jahr").</summary>
    Relative,
}

/// <summary>
/// The dates a text has named so far, read in text order: the last date mentioned (the anchor of narrative text and
/// of "zwei Tage später" in any text), the last day, the last date with an explicit year (which anchors a news
/// article's background passages), and in narrative text the year of the current section and paragraph.
/// </summary>
internal sealed class AnchorTracker(ResolutionContext context)
{
    private (DateOnly Date, Granularity Granularity)? lastMentioned;
    private DateOnly? lastExplicitYear;
    private int lastExplicitSentence = -1;
    private int lastExplicitParagraph = -1;

    // Narrative structure: the year of the latest heading that names one, and the last date of the current paragraph.
    private int? sectionYear;
    private bool sectionYearOutlivesSubheadings;
    private int currentParagraph = -1;
    private DateOnly? paragraphAnchor;

    /// <summary>The last day the text named (in news, also by a deictic word such as "gestern").</summary>
    public DateOnly? LastDay { get; private set; }

    /// <summary>The sentence that named <see cref="LastDay"/>, or -1.</summary>
    public int LastDaySentence { get; private set; } = -1;

    /// <summary>The last date the text mentioned, and how precisely.</summary>
    public (DateOnly Date, Granularity Granularity)? LastMentioned => lastMentioned;

    private string DocumentDateName => context.DocumentDateName;

    /// <summary>
    /// Starts the paragraph that holds <paramref name="offset"/>, if it is a new one: its own last date is not yet known,
    /// and a heading ends the section year of the heading before it.
    /// </summary>
    public void EnterParagraphOf(int offset)
    {
        var document = context.Document;
        var index = document.ParagraphIndex(offset);
        if (index == currentParagraph)
            return;
        currentParagraph = index;
        paragraphAnchor = null;
        // "Balkanfeldzug 1941" names its own section only; a bare "1862" heads the subsections under it too.
        if (index >= 0 && document.IsHeading(document.Paragraphs[index]) && !sectionYearOutlivesSubheadings)
            sectionYear = null;
    }

    /// <summary>
    /// Moves the anchor on. Narrative runs forward: a bare year earlier than the anchor is an aside ("wie schon
    /// 1871"), not a new point in the story, so only more precise dates may move the anchor back. Words that point
    /// at the document date ("heute") never move it.
    /// </summary>
    public void Remember(Candidate c, Timex t)
    {
        if (t.RangeStart is not { } start || t.Type is "DURATION" or "SET" || t.Granularity is < Granularity.Year)
            return;
        // After a range of days ("vom 10. bis 13. Januar"), what follows counts from its last day ("am Tag darauf").
        if (c.Rule.Kind == "range" && t.RangeEnd is { } rangeEnd)
            start = rangeEnd;
        var document = context.Document;
        // "in einer Woche": in news a span counted from the document date names no day that "am Abend" could be part of.
        if (c.Rule.Kind == "offset" && context.Mode == TaggerMode.News && t.Granularity < Granularity.Day && c.Group("within") is not null)
            return;
        if (c.Rule.Kind is "relword" or "present")
        {
            // "gestern um 10 Uhr", "gestern ... am Abend": in news a day named by a deictic word is the day of what follows it.
            if (context.Mode == TaggerMode.News && t.Granularity >= Granularity.Day)
                (LastDay, LastDaySentence) = (start, context.SentenceIndex(t.Start));
            return;
        }
        if (currentParagraph >= 0 && document.IsHeading(document.Paragraphs[currentParagraph]))
        {
            // A heading that is a year ("1862", "Kriegsjahr 1914") sets the year of its section; one that names a
            // span or a place beside a year ("Nordafrika 1940–1943") does not.
            var heading = document.Paragraphs[currentParagraph];
            var words = document.Text[heading.Start..heading.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (t.Granularity == Granularity.Year && words <= 2 && c.Rule.Kind == "year")
            {
                sectionYear = start.Year;
                sectionYearOutlivesSubheadings = words == 1;
            }
        }
        else if (!(t.Granularity == Granularity.Year && IsAside(t.Start)))
        {
            paragraphAnchor = start;
        }
        // News goes back and forth ("He was elected in 2019 and took office the following year"); only narrative text
        // treats a coarse date before the anchor as an aside.
        var backwardAside = context.Mode == TaggerMode.Narrative && lastMentioned is { } last && t.Granularity <= Granularity.Season && start.Year < last.Date.Year;
        if (!backwardAside && !(t.Granularity == Granularity.Year && IsAside(t.Start)))
            lastMentioned = (start, t.Granularity);
        if (t.Granularity >= Granularity.Day)
            (LastDay, LastDaySentence) = (start, context.SentenceIndex(t.Start));
        // "Anfang März dieses Jahres ... und Ende Juli": a year named relative to now is named as much as one in figures.
        if (c.Group("year") is not null || c.Rule.Kind == "monthrel")
        {
            lastExplicitYear = start;
            lastExplicitSentence = context.SentenceIndex(t.Start);
            lastExplicitParagraph = context.Document.ParagraphIndex(t.Start);
        }
    }

    /// <summary>A bare year after "seit", "bis", "von"..., or in parentheses, is a reference point, not a step of the story.</summary>
    private bool IsAside(int start)
    {
        var text = context.Document.Text;
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        if (i >= 0 && text[i] is '(' or '[')
            return true;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
            i--;
        return end > i + 1 && context.Profile.AsidePrepositions.Contains(text[(i + 1)..end]);
    }

    /// <summary>
    /// Where a year-less or relative expression counts from. Deictic words ("heute", "vergangenen Monat") count
    /// from the document date; in narrative text, and for anaphoric words everywhere, from the last date mentioned.
    /// </summary>
    public (DateOnly? Anchor, string Name) For(Candidate c, AnchorKind kind)
    {
        var mode = context.Mode;
        // Narrative text: a year-less date belongs to its paragraph's last date, else to its section's year.
        if (mode == TaggerMode.Narrative && kind == AnchorKind.YearLess)
        {
            if (paragraphAnchor is { } inParagraph)
                return (inParagraph, ResolutionContext.Named(inParagraph, "last date of the paragraph"));
            if (sectionYear is { } year)
                return (new DateOnly(year, 1, 1), $"year of the section heading ({year})");
        }
        // News with a list under a year ("Recent Developments: 2012 • February: ..."): the heading's year is the months'.
        if (mode == TaggerMode.News && kind == AnchorKind.YearLess && sectionYear is { } listYear)
            return (new DateOnly(listYear, 1, 1), $"year of the section heading ({listYear})");
        if (kind == AnchorKind.Anaphoric || (mode == TaggerMode.Narrative && kind != AnchorKind.Deictic))
        {
            if (lastMentioned is { } last)
                return (last.Date, ResolutionContext.Named(last.Date, "last mentioned date"));
            return context.Dct is { } d ? (d, DocumentDateName) : (null, "none");
        }
        // With no date of writing, "heute" or "last month" may count from a day the text gave, not from a bare year or
        // month: the first day of "2017" is no today.
        if (context.Today(c.Start) is not { } documentDate)
            return lastMentioned is { } fallback && (kind != AnchorKind.Deictic || fallback.Granularity >= Granularity.Day)
                ? (fallback.Date, ResolutionContext.Named(fallback.Date, "last mentioned date")) : (null, "none");
        // In news, a background passage that names its year anchors the year-less dates right after it in its paragraph,
        // unless the clause's tense points the other way ("Kroatien war 2013 beigetreten. Das Parlament stimmt im März
        // ab."). A new paragraph goes back to the news ("... als Reagan 1985 nach Bonn reiste. ¶ Am 11. Oktober ...").
        if (kind == AnchorKind.YearLess && lastExplicitYear is { } recent && lastExplicitSentence >= 0
            && context.SentenceIndex(c.Start) - lastExplicitSentence is 0 or 1 && recent.Year != documentDate.Year
            && context.Document.ParagraphIndex(c.Start) == lastExplicitParagraph
            && !context.PointsAway(c, recent.Year < documentDate.Year ? Direction.Past : Direction.Future))
            return (recent, $"year named just before ({recent.Year})");
        return (documentDate, context.TodayName(c.Start));
    }

    /// <summary>Whether an anchor was a year the text itself gave (so a year-less date takes it as it is).</summary>
    public bool IsTextYear(string anchorName) =>
        context.Mode == TaggerMode.Narrative || anchorName.StartsWith("year named", StringComparison.Ordinal) || anchorName.StartsWith("last mentioned", StringComparison.Ordinal)
        || anchorName.StartsWith("year of the section", StringComparison.Ordinal);
}
