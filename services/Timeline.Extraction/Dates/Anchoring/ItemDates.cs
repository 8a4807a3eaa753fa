using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates.Anchoring;

/// <summary>
/// The dates of the items of a page that lists several reports, each under a line that is only its date ("19/08/2014",
/// "28. Aug", "12.06.2024 - Artikel"): a news index, a calendar, a page of press releases. Within an item, "heute",
/// "yesterday" and "am Nachmittag" count from the item's date, not from the page's.
/// </summary>
/// <remarks>
/// Where the first date line comes before any running text (a calendar), each line dates what follows it up to the
/// next. Where running text comes first (an index whose items give title, lead, then date), a line dates its item from
/// the title just before it.
/// </remarks>
internal sealed class ItemDates
{
    /// <summary>How many words besides the date a date line may hold ("- Artikel").</summary>
    private const int OtherWords = 2;

    /// <summary>How many paragraphs before its date line an item's title may stand.</summary>
    private const int TitleReach = 3;

    private readonly List<(int Start, DateOnly Date)> items;

    private ItemDates(List<(int Start, DateOnly Date)> items) => this.items = items;

    /// <summary>The date of the item holding <paramref name="offset"/>, or null before the first item.</summary>
    public DateOnly? At(int offset)
    {
        // The last item starting at or before the offset (items are in text order).
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (items[mid].Start <= offset)
                (found, lo) = (mid, mid + 1);
            else
                hi = mid - 1;
        }
        return found < 0 ? null : items[found].Date;
    }

    /// <summary>The items of a text with two date lines or more, when one of them has another date than <paramref name="documentDate"/>; else null.</summary>
    public static ItemDates? Find(TextDocument document, IReadOnlyList<Timex> timexes, DateOnly documentDate)
    {
        // One date line is the page's own date, which may differ from the publication date given ("posted on the 24th" for a
        // briefing of the 23rd); items need two or more.
        var lines = DateLines(document, timexes);
        if (lines.Count < 2 || lines.All(l => l.Date == documentDate))
            return null;
        var paragraphs = document.Paragraphs;
        var textFirst = Enumerable.Range(0, lines[0].Paragraph).Any(i => paragraphs[i].Role == ParagraphRole.Body && !document.IsHeading(paragraphs[i]));
        var items = new List<(int Start, DateOnly Date)>();
        var previous = -1;
        foreach (var (paragraph, date) in lines)
        {
            var first = paragraph;
            if (textFirst)
            {
                for (var i = paragraph - 1; i > previous && i >= paragraph - TitleReach; i--)
                {
                    if (paragraphs[i].Role == ParagraphRole.Body && document.IsHeading(paragraphs[i]))
                        first = i;
                }
            }
            items.Add((paragraphs[first].Start, date));
            previous = paragraph;
        }
        return new ItemDates(items);
    }

    /// <summary>The paragraphs that are a day's date and little else, with that day.</summary>
    private static List<(int Paragraph, DateOnly Date)> DateLines(TextDocument document, IReadOnlyList<Timex> timexes)
    {
        var lines = new List<(int, DateOnly)>();
        foreach (var t in timexes)
        {
            if (t.Type != "DATE" || t.Granularity != Granularity.Day || t.RangeStart is not { } day || t.RangeEnd != day)
                continue;
            var index = document.ParagraphIndex(t.Start);
            if (index < 0 || (lines.Count > 0 && lines[^1].Item1 == index))
                continue;
            var paragraph = document.Paragraphs[index];
            if (t.End > paragraph.End || TextDocument.WordCount(document.Text.AsSpan(paragraph.Start, t.Start - paragraph.Start)) + TextDocument.WordCount(document.Text.AsSpan(t.End, paragraph.End - t.End)) > OtherWords)
                continue;
            lines.Add((index, day));
        }
        return lines;
    }
}
