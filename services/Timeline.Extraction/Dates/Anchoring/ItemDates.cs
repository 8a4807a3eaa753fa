using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates.Anchoring;

/// <summary>
/// The dates of the items of a page that lists several reports, each under a line that is only its date ("19/08/2014",
/// "28. Aug", "12.06.2024 - Artikel"): a news index, a calendar, a page of press releases. Within an item, "heute",
/// "yesterday" and "am Nachmittag" count from the item's date, not from the page's. A text published again under an
/// introduction that dates it ("Nachfolgend veröffentlichen wir eine Zusammenfassung des Gesprächs vom 15. Oktober
/// 2014") is such an item too, even alone on its page.
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
    public static ItemDates? Find(TextDocument document, IReadOnlyList<Timex> timexes, DateOnly documentDate, IReadOnlyList<string> introductions)
    {
        // One date line is the page's own date, which may differ from the publication date given ("posted on the 24th" for a
        // briefing of the 23rd); items need two or more, or an introduction that dates what follows it.
        var lines = DateLines(document, timexes, introductions, out var introduced);
        if ((lines.Count < 2 && !introduced) || lines.All(l => l.Date == documentDate))
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

    /// <summary>
    /// The paragraphs that are a day's date and little else, with that day; and those that introduce a text published
    /// again, with the first full date after the words of introduction.
    /// </summary>
    private static List<(int Paragraph, DateOnly Date)> DateLines(TextDocument document, IReadOnlyList<Timex> timexes, IReadOnlyList<string> introductions,
        out bool introduced)
    {
        var lines = new List<(int, DateOnly)>();
        introduced = false;
        foreach (var t in timexes)
        {
            if (t.Type != "DATE" || t.Granularity != Granularity.Day || t.RangeStart is not { } day || t.RangeEnd != day)
                continue;
            var index = document.ParagraphIndex(t.Start);
            if (index < 0 || (lines.Count > 0 && lines[^1].Item1 == index))
                continue;
            var paragraph = document.Paragraphs[index];
            if (t.End > paragraph.End)
                continue;
            var before = document.Text.AsSpan(paragraph.Start, t.Start - paragraph.Start);
            if (TextDocument.WordCount(before) + TextDocument.WordCount(document.Text.AsSpan(t.End, paragraph.End - t.End)) <= OtherWords)
                lines.Add((index, day));
            else if (Introduces(before, introductions))
            {
                lines.Add((index, day));
                introduced = true;
            }
        }
        return lines;
    }

    private static bool Introduces(ReadOnlySpan<char> text, IReadOnlyList<string> introductions)
    {
        foreach (var words in introductions)
        {
            if (text.Contains(words, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
