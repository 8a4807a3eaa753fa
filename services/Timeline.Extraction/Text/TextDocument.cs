using System.Globalization;
using System.Buffers;
using System.Text.RegularExpressions;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Text;

/// <summary>What a paragraph of an article is.</summary>
public enum ParagraphRole
{
    Body,
    /// <summary>A photo caption: evidence for the document date, never a source of events.</summary>
    Caption,
    /// <summary>Site furniture: related links, comment forms, credits, video titles and lengths.</summary>
    Furniture,
    /// <summary>
    /// What follows the article: its details, sources, press contacts and lists of other stories. Its dates are tagged
    /// (a "Datum der Veröffentlichung" line dates the document), but it is never a source of events.
    /// </summary>
    Appendix,
}

public sealed record Paragraph(int Start, int End, ParagraphRole Role, string? Why);

public sealed record Sentence(int Start, int End, ParagraphRole Role, IReadOnlyList<(int Start, int End)> Clauses)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>
/// An article's text, normalised character for character (so every offset stays an offset into what the
/// submitter sent), cut into paragraphs that know whether they are article text, and into sentences and
/// clauses.
/// </summary>
public sealed partial class TextDocument
{
    public string Original { get; }

    /// <summary>Same length as <see cref="Original"/>: no-break and odd spaces become spaces, typographic quotes stay.</summary>
    public string Text { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    private TextDocument(string original, string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        Original = original;
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    public static TextDocument Analyse(string original, LanguageProfile language)
    {
        var text = WithoutPhotoIds(Normalize(original));
        var paragraphs = ClassifyParagraphs(text, language);
        var sentences = new List<Sentence>();
        foreach (var paragraph in paragraphs)
            SplitSentences(text, paragraph, language, sentences);
        return new TextDocument(original, text, paragraphs, sentences);
    }

    public Sentence? SentenceAt(int offset) => SentenceIndex(offset) is var i and >= 0 ? Sentences[i] : null;

    /// <summary>The index of the sentence holding an offset, or -1.</summary>
    public int SentenceIndex(int offset) => IndexOf(Sentences, offset, s => s.Start, s => s.End);

    public string Slice(int start, int end) => Text[start..end];

    /// <summary>
    /// Blanks the file names of photos that a page's text lost its line break after, so that they glue onto the dateline
    /// that follows ("15413533057_ac6bce8019_hBERLIN –", "AP120525142721TORGAU –"): a photo-sharing name (digits,
    /// underscore, hexadecimal digits, underscore, a size letter) or an agency's letters and a long run of digits, right
    /// before a capital. Offsets stay; the dateline then opens its sentence.
    /// </summary>
    public static string WithoutPhotoIds(string text) => GluedPhotoId().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"(?<![\p{L}\d_])(?:\d{9,}_[0-9a-f]{6,}_[a-z]|[A-Z]{2,4}\d{10,})(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedPhotoId();

    /// <summary>Replaces characters that only differ typographically, keeping every offset.</summary>
    public static string Normalize(string text)
    {
        var first = FirstToNormalize(text);
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
            chars[i] = Normalized(chars[i]);
        return new string(chars);
    }

    /// <summary>
    /// Where the first character that normalising changes is, or -1: a vectorised search for tabs, returns and no-break
    /// spaces, then one for the block of typographic spaces, dashes and quotes, whose hits are checked one by one.
    /// </summary>
    private static int FirstToNormalize(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAny('\t', '\r', '\u00A0');
        var limit = first < 0 ? span.Length : first;
        for (var from = 0; from < limit;)
        {
            var hit = span[from..limit].IndexOfAnyInRange('\u2002', '\u202F');
            if (hit < 0)
                break;
            from += hit;
            if (Normalized(span[from]) != span[from])
                return from;
            from++;
        }
        return first;
    }

    private static char Normalized(char c) => c switch
    {
        < '\u00A0' => c is '\t' ? ' ' : c is '\r' ? '\n' : c,
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' => ' ',
        '\u2010' or '\u2011' => '-',
        '\u2019' => '\'',
        _ => c,
    };

    private const string PeopleInPicture = "photo caption: it says where people stand in the picture";

    private static List<Paragraph> ClassifyParagraphs(string text, LanguageProfile language)
    {
        var spans = new List<(int Start, int End)>();
        for (var start = 0; start <= text.Length;)
        {
            var newline = text.AsSpan(start).IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            var (s, e) = Trim(text, start, end);
            if (e > s)
                spans.Add((s, e));
            start = end + 1;
        }
        var conventions = TextConventions.For(language);
        spans = JoinBrokenSentences(text, JoinWrappedLines(text, spans), conventions);
        var roles = new (ParagraphRole Role, string? Why)[spans.Count];
        var tail = false;
        var appendix = false;
        // How much running text came before: a comment form ends the article after some of it, or where it opens the text,
        // not after a title and a byline alone.
        var bodyBefore = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (i > 0 && roles[i - 1].Role == ParagraphRole.Body && !IsHeading(text, spans[i - 1]))
                bodyBefore += Length(spans[i - 1]);
            var p = text.AsSpan(spans[i].Start, spans[i].End - spans[i].Start);
            var mayOpenFurniture = conventions.FurnitureFirstWords.Contains(LeadingLetters(p));
            if (tail)
                roles[i] = (ParagraphRole.Furniture, "after the comment form");
            // "Posted May 19th, 2012 / Leave a comment / Leaders of the largest industrialized countries ...": a link to the
            // comment form above the article is a widget; the article goes on after it.
            else if (mayOpenFurniture && StartsWithAny(p, conventions.TailStarts))
                (roles[i], tail) = bodyBefore > 0 || i == 0 ? ((ParagraphRole.Furniture, "comment form"), true) : ((ParagraphRole.Furniture, "site link or widget"), false);
            else if (appendix || (mayOpenFurniture && StartsWithAny(p, conventions.AppendixStarts) && IsHeadingLine(p)))
                (roles[i], appendix) = ((ParagraphRole.Appendix, "after the article: details, sources, related stories"), true);
            // "Also Read | Lammy meets Wang Yi in London": one link set into the article, which goes on after it.
            else if (mayOpenFurniture && StartsWithAny(p, conventions.AppendixStarts))
                roles[i] = (ParagraphRole.Furniture, "link to another story");
            else if (mayOpenFurniture && StartsWithAny(p, conventions.FurnitureStarts))
                roles[i] = (ParagraphRole.Furniture, "site link or widget");
            // "Met dank overgenomen van ..., gepubliceerd op donderdag 6 juli 2017": read for the date, like what follows an article.
            else if (mayOpenFurniture && StartsWithAny(p, conventions.AttributionStarts))
                roles[i] = (ParagraphRole.Appendix, "a republishing site's attribution line");
            // "EU-China-Gipfel ... - Europäische Kommission Zum Hauptinhalt": the browser's title of the page, with the skip link.
            else if (p.Length <= 300 && EndsWithAny(p, conventions.TitleBarEnds))
                roles[i] = (ParagraphRole.Furniture, "the page's title bar");
            // "By continuing to use our service, you agree to our use of cookies": a site's consent or legal notice.
            else if (p.Length <= 600 && IndexOfAny(p, conventions.ConsentMarkers, conventions.ConsentInitials) >= 0)
                roles[i] = (ParagraphRole.Furniture, "the site's notice on cookies or terms");
            else if (StoryListItem(p))
                roles[i] = (ParagraphRole.Furniture, "another story's title with its time, or a list of them");
            else if (p.Length <= 8 && MediaDuration().IsMatch(p))
                roles[i] = (ParagraphRole.Furniture, "video running time");
            else if (p.Length <= 300 && IndexOfAny(p, conventions.CreditMarkers, conventions.CreditInitials) is var credit and >= 0)
            {
                // "Scholz trifft Macron im Élysée-Palast. Foto: Bundesregierung/Kugler": a caption that carries its own credit;
                // "Foto: dpa" alone credits the caption before it.
                // "Bild: Die beiden Delegationen vor dem Rathaus am Marktplatz": a label before a caption of its own, no credit
                // of the paragraph before it.
                roles[i] = WordCount(p[..credit]) >= 5 ? (ParagraphRole.Caption, "photo caption with its credit")
                    : LabelledCaption(p, credit) ? (ParagraphRole.Caption, "photo caption under its label")
                    : (ParagraphRole.Furniture, "photo credit");
            }
            // "Putin (left) welcomes Hollande at the Kremlin": only a picture's caption says where people stand in it.
            else if (p.Length <= 400 && IndexOfAny(p, conventions.CaptionMarkers, conventions.CaptionInitials) >= 0)
                roles[i] = (ParagraphRole.Caption, PeopleInPicture);
            else
                roles[i] = (ParagraphRole.Body, null);
        }

        // A caption sits right before its credit, often under a short heading; a video's title sits right
        // before its running time.
        for (var i = 1; i < spans.Count; i++)
        {
            if (roles[i].Why == "photo credit" && roles[i - 1].Role == ParagraphRole.Body && Length(spans[i - 1]) <= 400)
            {
                roles[i - 1] = (ParagraphRole.Caption, "photo caption");
                if (i >= 2 && roles[i - 2].Role == ParagraphRole.Body && IsHeading(text, spans[i - 2]))
                    roles[i - 2] = (ParagraphRole.Caption, "photo caption heading");
            }
            if (roles[i].Why == "video running time" && roles[i - 1].Role == ParagraphRole.Body && IsHeading(text, spans[i - 1]))
                roles[i - 1] = (ParagraphRole.Furniture, "video title");
            // "Am Freitagmorgen nahm Gabriel ... teil" over "Am Freitagmorgen nahm Gabriel ... teilFoto: EPA": a picture's text
            // printed once alone (its alternative text) and once with its credit is a caption both times.
            if (roles[i].Role == ParagraphRole.Caption && roles[i - 1].Role == ParagraphRole.Body && Length(spans[i - 1]) >= 20
                && Length(spans[i - 1]) < Length(spans[i])
                && text.AsSpan(spans[i].Start, spans[i].End - spans[i].Start).StartsWith(text.AsSpan(spans[i - 1].Start, spans[i - 1].End - spans[i - 1].Start), StringComparison.Ordinal))
                roles[i - 1] = (ParagraphRole.Caption, "a caption printed again with its credit below");
        }

        // "Die Gesandte (links) besucht am Montag das Rathaus. Danach ...": a page whose only
        // running text says where people stand in its picture tells its news in that text.
        if (!roles.Where((r, i) => r.Role == ParagraphRole.Body && !IsHeading(text, spans[i])).Any())
        {
            for (var i = 0; i < spans.Count; i++)
            {
                if (roles[i].Why == PeopleInPicture)
                    roles[i] = (ParagraphRole.Body, null);
            }
        }

        MarkRepeatsAndLinkRuns(text, spans, roles);

        var paragraphs = new List<Paragraph>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
            paragraphs.Add(new Paragraph(spans[i].Start, spans[i].End, roles[i].Role, roles[i].Why));
        return paragraphs;
    }

    private static int Length((int Start, int End) span) => span.End - span.Start;

    /// <summary>
    /// "Secretary (of State) John Kerry": two or three words in brackets that open with a common word, the others
    /// capitalised, with no figures: an editor's words set into a name, not a clause. Names in brackets ("the Belfast (Good
    /// Friday) Agreement", "(Donnerstag)") keep their break. So is where someone stands in the picture ("auf Einladung der
    /// Bürgermeisterin (rechts) am Montag").
    /// </summary>
    private static int InsertionInBrackets(string text, int open, int end, TextConventions conventions)
    {
        foreach (var marker in conventions.CaptionMarkers)
        {
            if (marker[^1] == ')' && string.CompareOrdinal(text, open, marker, 0, marker.Length) == 0 && open + marker.Length <= end)
                return open + marker.Length - 1;
        }
        var close = text.IndexOf(')', open + 1, Math.Min(end, open + 40) - open - 1);
        if (close < 0)
            return -1;
        var words = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || words.Any(w => !w.All(char.IsLetter)))
            return -1;
        return char.IsLower(words[0][0]) && conventions.CommonWords.Contains(words[0]) && words.Skip(1).All(w => char.IsUpper(w[0])) ? close : -1;
    }

    /// <summary>Where the bracket closes after one upper-case word of two to ten letters and digits ("(FAC)", "(SPD)"), else -1.</summary>
    private static int AbbreviationInBrackets(string text, int open, int end)
    {
        var i = open + 1;
        while (i < end && (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] == '-'))
            i++;
        var letters = i - open - 1;
        return letters is >= 2 and <= 10 && i < end && text[i] == ')' && char.IsUpper(text[open + 1]) ? i : -1;
    }

    /// <summary>
    /// A text wrapped by hand at a fixed width (a newsletter, an e-mail copy, a press release copied from a print layout):
    /// most of its lines are 45 to 80 characters long, or most end within 30 characters short of one width that none
    /// passes. There a line that ran to the width continues on the next line, unless a blank line stands between them, so
    /// the two are one paragraph. Short lines (titles, datelines) stay apart.
    /// </summary>
    private static List<(int Start, int End)> JoinWrappedLines(string text, List<(int Start, int End)> lines)
    {
        var (from, to) = WrapBand(text, lines);
        if (from == 0)
            return lines;
        var joined = new List<(int Start, int End)>(lines.Count);
        foreach (var line in lines)
        {
            // The first line of a text printed at a wider width is its title, which ends where it ends.
            if (joined.Count > 0 && joined[^1] is var previous && LastLineLength(text, previous) is var last && last >= from && last <= to
                && !BlankLineBetween(text, previous.End, line.Start) && !(to > 80 && previous.Start == lines[0].Start && previous.End == lines[0].End))
                joined[^1] = (previous.Start, line.End);
            else
                joined.Add(line);
        }
        return joined;
    }

    /// <summary>
    /// "Der Termin war nachgeholt: Die Ministerin hatte am" / "Dienstag Prag besucht und dort den neuen Premier" / "Petr
    /// Fiala getroffen. Ein Gespräch ...": a page that set its print lines apart with blank
    /// lines breaks its sentences there. A paragraph that ends in a word no sentence or heading ends with (an article, a
    /// preposition, a conjunction) goes on in the next one, and so does one the next paragraph goes on from with a small
    /// word no sentence opens with ("Die Präsidentin empfängt" / "am Montag, dem 3. Mai"); so does the paragraph that went
    /// on, while it ends without a sentence's end, up to the one that closes the sentence. A photo credit after it is no
    /// part of it.
    /// </summary>
    private static List<(int Start, int End)> JoinBrokenSentences(string text, List<(int Start, int End)> spans, TextConventions conventions)
    {
        if (conventions.DanglingWords.Count == 0 || spans.Count < 2)
            return spans;
        var joined = new List<(int Start, int End)>(spans.Count);
        var open = false;
        foreach (var span in spans)
        {
            var p = text.AsSpan(span.Start, span.End - span.Start);
            if (joined.Count > 0 && joined[^1] is var previous && EndsOpen(text, previous)
                && (open || EndsInADanglingWord(text, previous, conventions) || OpensInsideASentence(p, conventions)) && WordCount(text.AsSpan(previous.Start, previous.End - previous.Start)) >= 3
                && char.IsLetterOrDigit(p[0]) && IndexOfAny(p, conventions.CreditMarkers, conventions.CreditInitials) < 0)
            {
                joined[^1] = (previous.Start, span.End);
                open = true;
            }
            else
            {
                joined.Add(span);
                open = false;
            }
        }
        return joined;
    }

    /// <summary>Whether a paragraph ends inside a sentence: after a letter or a digit, a comma or a hyphen.</summary>
    private static bool EndsOpen(string text, (int Start, int End) span) => text[span.End - 1] is var c && (char.IsLetterOrDigit(c) || c is ',' or '-');

    /// <summary>"am Dienstag, dem 14. April": a paragraph that opens with a small word no sentence begins with.</summary>
    private static bool OpensInsideASentence(ReadOnlySpan<char> paragraph, TextConventions conventions) =>
        char.IsLower(paragraph[0]) && conventions.ContinuingOpeners.Contains(LeadingLetters(paragraph));

    private static bool EndsInADanglingWord(string text, (int Start, int End) span, TextConventions conventions)
    {
        var space = text.LastIndexOf(' ', span.End - 1, span.End - span.Start);
        return space > span.Start && conventions.DanglingWords.Contains(text[(space + 1)..span.End]);
    }

    /// <summary>The lengths of the lines that ran to the width of a text wrapped by hand, or (0, 0) when it is not.</summary>
    private static (int From, int To) WrapBand(string text, List<(int Start, int End)> lines)
    {
        var atWidth = lines.Count(l => Length(l) is >= 45 and <= 80);
        var full = lines.Select(Length).Where(n => n >= 30).ToList();
        if (atWidth >= 8 && atWidth * 2 >= full.Count)
            return (45, 80);
        // "Bern/Vaduz/Salzburg (apa) – „In Zeiten großer Umbrüche ..." with the next line "verlassen können“": lines of 90 to
        // 120 characters, none longer, printed at one width.
        var width = full.Count == 0 ? 0 : full.Max();
        var near = lines.Where(l => Length(l) >= 30 && Length(l) >= width - 30).ToList();
        // Lines cut at the width end inside a sentence; a list of one-sentence items, each a line, ends its lines with stops.
        var open = near.Count(l => !".!?:;\"“”»«".Contains(text[l.End - 1]));
        return width > 80 && near.Count >= 8 && near.Count * 4 >= full.Count * 3 && open * 2 >= near.Count ? (width - 30, width) : (0, 0);
    }

    private static int LastLineLength(string text, (int Start, int End) span) =>
        span.End - Math.Max(span.Start, text.LastIndexOf('\n', span.End - 1, span.End - span.Start) + 1);

    private static bool BlankLineBetween(string text, int from, int to) => text.AsSpan(from, to - from).Count('\n') >= 2;

    /// <summary>
    /// "Trump says it's time for constructive work with RussiaWorld July 09, 16:42": a line of five words or more that ends
    /// in a clock time, as tickers print other stories; "• Vietnam arrests smuggler • Indian ...": a line of bullets.
    /// </summary>
    private static bool StoryListItem(ReadOnlySpan<char> p)
    {
        if (p.Count('•') >= 2)
            return true;
        if (p.Length > 220 || ClockAtEnd().Match(p.ToString()) is not { Success: true } clock)
            return false;
        return WordCount(p[..clock.Index]) >= 7;
    }

    [GeneratedRegex(@"\b\d{1,2}[.:]\d{2}\s*$")]
    private static partial Regex ClockAtEnd();

    /// <summary>A short line without closing punctuation, or one that ends in a colon: "Related articles", "Sources:".</summary>
    private static bool IsHeadingLine(ReadOnlySpan<char> p) => p.Length <= 80 && (p[^1] == ':' || !".!?;\"“”»«|".Contains(p[^1]))
        && p.IndexOf('|') < 0;

    /// <summary>Whether a paragraph printed again further down is a teaser of it: the copy is long prose set between prose.</summary>
    private static bool Teaser(string text, List<(int Start, int End)> spans, (ParagraphRole Role, string? Why)[] roles, int first, int copy)
    {
        bool Prose(int i) => i >= 0 && i < spans.Count && roles[i].Role == ParagraphRole.Body && Length(spans[i]) >= 100;
        return copy - first > 2 && WordCount(text.AsSpan(spans[copy].Start, Length(spans[copy]))) >= 20 && text[spans[copy].End - 1] is '.'
            && Prose(copy - 1) && Prose(copy + 1);
    }

    /// <summary>
    /// Marks page furniture that only shows as a pattern of paragraphs: a paragraph printed twice (a photo caption under
    /// its picture and again in a gallery) is a caption wherever it stands after the title; a run of short lines that
    /// end without a full stop after the article's first long paragraph (a news ticker, a list of other stories) is read
    /// like what follows the article: for its dates, never for events.
    /// </summary>
    private static void MarkRepeatsAndLinkRuns(string text, List<(int Start, int End)> spans, (ParagraphRole Role, string? Why)[] roles)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // The paragraphs long enough to compare, and for each the earlier paragraph it repeats (-1 for none).
        var compared = new List<(int Index, int First)>();
        for (var i = 0; i < spans.Count; i++)
        {
            if (Length(spans[i]) < 30)
                continue;
            var key = text[spans[i].Start..spans[i].End];
            compared.Add((i, seen.TryGetValue(key, out var first) ? first : -1));
            seen.TryAdd(key, i);
        }
        var position = new Dictionary<int, int>(compared.Count);
        for (var k = 0; k < compared.Count; k++)
            position[compared[k].Index] = k;
        int NextCompared(int index) => position.TryGetValue(index, out var at) && at + 1 < compared.Count ? compared[at + 1].Index : -1;
        for (var k = 0; k < compared.Count; k++)
        {
            var (i, first) = compared[k];
            if (first < 0)
                continue;
            // Two paragraphs in a row repeating two in a row: the article itself printed again. The first copy is the article;
            // the second is read for its dates only.
            var copy = (k + 1 < compared.Count && compared[k + 1].First >= 0 && compared[k + 1].First == NextCompared(first))
                || (k > 0 && compared[k - 1].First >= 0 && NextCompared(compared[k - 1].First) == first);
            if (copy)
            {
                roles[i] = (ParagraphRole.Appendix, "the article printed again");
                continue;
            }
            // "In his telephonic conversation with …" as a teaser under the title and again among the paragraphs of the
            // article: the second copy, a long sentence between two paragraphs of prose, is the article's own text.
            if (Teaser(text, spans, roles, first, i))
            {
                roles[first] = (ParagraphRole.Furniture, "a teaser printed again in the article");
                continue;
            }
            roles[i] = (ParagraphRole.Caption, "printed twice on the page");
            if (first > 0 && roles[first].Role == ParagraphRole.Body)
                roles[first] = (ParagraphRole.Caption, "printed twice on the page");
        }
        var lead = Array.FindIndex(roles, r => r.Role == ParagraphRole.Body);
        var bodyStart = lead < 0 ? spans.Count : Enumerable.Range(lead, spans.Count - lead).FirstOrDefault(i => roles[i].Role == ParagraphRole.Body && Length(spans[i]) > 150, spans.Count);
        // Before the article's first long paragraph, short lines are its title, date and byline.
        for (var i = bodyStart + 1; i < spans.Count; i++)
        {
            var run = i;
            while (run < spans.Count && roles[run].Role == ParagraphRole.Body && IsLinkLine(text, spans[run]))
                run++;
            if (run - i >= 2)
            {
                for (var k = i; k < run; k++)
                    roles[k] = (ParagraphRole.Appendix, "a list of links to other stories");
            }
            i = Math.Max(i, run);
        }
    }

    /// <summary>A line of 25 to 160 characters that ends without a full stop: the title of another story.</summary>
    private static bool IsLinkLine(string text, (int Start, int End) span) =>
        Length(span) is >= 25 and <= 160 && !".!?:;\"“”»«".Contains(text[span.End - 1]);

    /// <summary>A short line without closing punctuation: a title or a section heading.</summary>
    public bool IsHeading(Paragraph paragraph) => IsHeading(Text, (paragraph.Start, paragraph.End));

    /// <summary>The index of the paragraph holding an offset, or -1.</summary>
    public int ParagraphIndex(int offset) => IndexOf(Paragraphs, offset, p => p.Start, p => p.End);

    /// <summary>Binary search over spans in text order.</summary>
    private static int IndexOf<T>(IReadOnlyList<T> spans, int offset, Func<T, int> start, Func<T, int> end)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < start(spans[mid]))
                hi = mid - 1;
            else if (offset >= end(spans[mid]))
                lo = mid + 1;
            else
                return mid;
        }
        return -1;
    }

    private static bool IsHeading(string text, (int Start, int End) span) =>
        Length(span) <= 80 && !".!?:;\"“”»«".Contains(text[span.End - 1]);

    /// <summary>The letters a text begins with, up to its first character that is not one.</summary>
    private static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsLetter(text[length]))
            length++;
        return text[..length];
    }

    private static bool EndsWithAny(ReadOnlySpan<char> paragraph, string[] ends)
    {
        foreach (var end in ends)
        {
            if (paragraph.EndsWith(end, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> paragraph, string[] starts)
    {
        foreach (var start in starts)
        {
            if (paragraph.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && (paragraph.Length == start.Length || !char.IsLetter(paragraph[start.Length])))
                return true;
        }
        return false;
    }

    /// <summary>Where the first of the markers stands in a paragraph, or -1.</summary>
    private static int IndexOfAny(ReadOnlySpan<char> paragraph, string[] markers, bool[] initials)
    {
        for (var offset = 0; offset < paragraph.Length; offset++)
        {
            if (!initials[paragraph[offset]])
                continue;
            foreach (var marker in markers)
            {
                if (marker[0] == paragraph[offset] && paragraph[offset..].StartsWith(marker, StringComparison.Ordinal))
                    return offset;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether a marker that opens a paragraph labels a caption: five words or more follow it, and no slash or copyright
    /// sign, which name agencies and photographers ("Foto: picture alliance/dpa/Kay Nietfeld").
    /// </summary>
    private static bool LabelledCaption(ReadOnlySpan<char> paragraph, int marker)
    {
        if (marker > 0)
            return false;
        var rest = paragraph[(paragraph.IndexOf(' ') is var space and > 0 ? space : paragraph.Length)..];
        return WordCount(rest) >= 5 && rest.IndexOfAny('/', '©') < 0;
    }

    /// <summary>How many words (runs of letters and digits) a piece of text holds ("— Medienmitteilung EDA": two).</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }
        return words;
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    /// <summary>What a language's text.txt says, read once per language.</summary>
    internal sealed class TextConventions
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TextConventions> Cache = new();

        public required string[] FurnitureStarts { get; init; }

        /// <summary>The language's commonest words ("of", "the", "der"), from text.txt's stopwords.</summary>
        public required IReadOnlySet<string> CommonWords { get; init; }

        /// <summary>A skip link at the end of a line ("... - Europäische Kommission Zum Hauptinhalt"): the line is the page's title bar.</summary>
        public required string[] TitleBarEnds { get; init; }

        public required string[] TailStarts { get; init; }

        /// <summary>A republishing site's attribution line ("Met dank overgenomen van ..."): dated, but no source of events.</summary>
        public required string[] AttributionStarts { get; init; }
        public required string[] AppendixStarts { get; init; }
        public required string[] CreditMarkers { get; init; }

        /// <summary>Whether a character begins a credit marker: only where one does is a marker compared.</summary>
        public required bool[] CreditInitials { get; init; }

        /// <summary>Where people stand in a picture, "(left)", "(v.l.)": words only a photo caption writes.</summary>
        public required string[] CaptionMarkers { get; init; }

        public required bool[] CaptionInitials { get; init; }

        /// <summary>Words only a site's notice on cookies, privacy or terms writes ("use of cookies", "Datenschutzerklärung").</summary>
        public required string[] ConsentMarkers { get; init; }

        public required bool[] ConsentInitials { get; init; }

        /// <summary>
        /// The leading letters of every furniture and tail start ("Lesen" of "Lesen Sie auch", "E" of "E-Mail"): a paragraph
        /// starting with one of those starts begins with the same letters, so one that does not is not compared with them.
        /// </summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureFirstWords { get; init; }
        public required IReadOnlySet<string> Abbreviations { get; init; }
        public required IReadOnlyList<string> MultiWordAbbreviations { get; init; }
        public required IReadOnlySet<string> OrdinalFollowers { get; init; }

        /// <summary>Words after "Capitalised, Capitalised" that show the comma joins a place to its region ("Washington, D.C. on").</summary>
        public required IReadOnlySet<string> AppositionFollowers { get; init; }

        /// <summary>Prepositions before such a place ("to Washington, D.C."): "talks with Putin, Merkel on Friday" is two clauses.</summary>
        public required IReadOnlySet<string> AppositionOpeners { get; init; }

        /// <summary>Words right before a date that say the text appeared then ("Ausgabe vom", "Published on").</summary>
        public required IReadOnlyList<string> PublicationMarkers { get; init; }

        /// <summary>Words right before a full date that count it from the day of writing ("morgigen": one day after it).</summary>
        public required IReadOnlyList<(string Word, int Days)> DayOffsets { get; init; }

        /// <summary>Words no sentence or heading ends with ("am", "der", "und", "the", "of"): a paragraph ending in one was broken inside its sentence.</summary>
        public required IReadOnlySet<string> DanglingWords { get; init; }

        /// <summary>Small words no paragraph opens with unless it goes on with the sentence before ("am", "den", "on", "the").</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuingOpeners { get; init; }

        public static TextConventions For(LanguageProfile language) => Cache.GetOrAdd(language.Code, static (_, language) => new TextConventions
        {
            FurnitureStarts = [.. language.Text.Words("furniture-starts")],
            CommonWords = language.SentenceOpeners,
            TitleBarEnds = [.. language.Text.Words("title-bar-ends")],
            TailStarts = [.. language.Text.Words("furniture-tail-starts")],
            AttributionStarts = [.. language.Text.Words("attribution-starts")],
            AppendixStarts = [.. language.Text.Words("appendix-starts")],
            CreditMarkers = [.. language.Text.Words("credit-markers")],
            CreditInitials = Initials(language.Text.Words("credit-markers")),
            CaptionMarkers = [.. language.Text.Words("caption-markers")],
            CaptionInitials = Initials(language.Text.Words("caption-markers")),
            ConsentMarkers = [.. language.Text.Words("consent-markers")],
            ConsentInitials = Initials(language.Text.Words("consent-markers")),
            FurnitureFirstWords = new HashSet<string>(language.Text.Words("furniture-starts").Concat(language.Text.Words("furniture-tail-starts"))
                .Concat(language.Text.Words("appendix-starts")).Concat(language.Text.Words("attribution-starts"))
                .Select(start => LeadingLetters(start).ToString()), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
            Abbreviations = new HashSet<string>(language.Text.Words("abbreviations"), StringComparer.Ordinal),
            MultiWordAbbreviations = language.Text.Words("abbreviations").Where(a => a.Contains(' ')).ToList(),
            OrdinalFollowers = new HashSet<string>(language.Text.Words("ordinal-followers"), StringComparer.OrdinalIgnoreCase),
            AppositionFollowers = new HashSet<string>(language.Text.Words("place-apposition-followers"), StringComparer.Ordinal),
            AppositionOpeners = new HashSet<string>(language.Text.Words("place-apposition-openers"), StringComparer.OrdinalIgnoreCase),
            PublicationMarkers = language.Text.Words("publication-markers"),
            DanglingWords = new HashSet<string>(language.Text.Words("dangling-words"), StringComparer.Ordinal),
            ContinuingOpeners = new HashSet<string>(language.Text.Words("continuing-openers"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            DayOffsets = [.. language.Text.Section("day-offsets").SelectMany(e => e.Values.Select(v => (v, int.Parse(e.Key, CultureInfo.InvariantCulture))))],
        }, language);
    }

    private static bool[] Initials(IEnumerable<string> words)
    {
        var initials = new bool[char.MaxValue + 1];
        foreach (var word in words)
            initials[word[0]] = true;
        return initials;
    }

    private static void SplitSentences(string text, Paragraph paragraph, LanguageProfile language, List<Sentence> sentences)
    {
        var conventions = TextConventions.For(language);
        var abbreviations = conventions.Abbreviations;
        var ordinalFollowers = conventions.OrdinalFollowers;
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var skip = text.AsSpan(i, paragraph.End - i).IndexOfAny(SentenceMarks);
            if (skip < 0)
                break;
            i += skip;
            var c = text[i];
            var next = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while (next < paragraph.End && text[next] is '"' or '“' or '”' or '«' or '»' or '\'' or ')' or '‘')
                next++;
            if (next < paragraph.End && !char.IsWhiteSpace(text[next]))
            {
                if (c == '.' && GluedSentenceEnd(text, start, i, paragraph.End, language))
                {
                    sentences.Add(MakeSentence(text, start, i + 1, paragraph.Role, conventions));
                    start = i + 1;
                }
                continue;
            }
            var after = next;
            while (after < paragraph.End && char.IsWhiteSpace(text[after]))
                after++;
            if (after >= paragraph.End)
                break;
            if (c == '.' && !EndsSentence(text, start, i, after, paragraph.End, abbreviations, ordinalFollowers, language))
                continue;
            sentences.Add(MakeSentence(text, start, next, paragraph.Role, conventions));
            start = after;
        }
        if (start < paragraph.End)
            sentences.Add(MakeSentence(text, start, paragraph.End, paragraph.Role, conventions));
    }

    /// <summary>
    /// "... am 21. Juni in Wien.Im Bereich der Außenbeziehungen ...": a full stop with no space after it ends a sentence
    /// when a word of two or more lower-case letters stands before it and a capitalised word that opens sentences after it,
    /// outside an address ("bundesregierung.de", "www.Example.org").
    /// </summary>
    private static bool GluedSentenceEnd(string text, int sentenceStart, int dot, int end, LanguageProfile language)
    {
        if (dot - 2 < sentenceStart || !char.IsLower(text[dot - 1]) || !char.IsLower(text[dot - 2]) || dot + 2 >= end
            || !char.IsUpper(text[dot + 1]) || !char.IsLower(text[dot + 2]))
            return false;
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
            wordStart--;
        var wordEnd = dot + 1;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
            wordEnd++;
        if (text.AsSpan(wordStart, dot - wordStart).IndexOfAny('.', '/', '@') >= 0 || (wordEnd < end && text[wordEnd] is '.' or '/' or '@'))
            return false;
        return language.SentenceOpeners.Contains(text[(dot + 1)..wordEnd]);
    }

    private static bool EndsSentence(string text, int sentenceStart, int dot, int nextWord, int end,
        IReadOnlySet<string> abbreviations, IReadOnlySet<string> ordinalFollowers, LanguageProfile language)
    {
        var tokenStart = dot;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1]))
            tokenStart--;
        var token = text[tokenStart..(dot + 1)];
        if (abbreviations.Contains(token) || abbreviations.Contains(token.TrimStart('(', '„', '"')))
            return false;
        // Abbreviations of several words ("z. B.", "v. Chr."): the full stop may end their first or their last word.
        foreach (var abbreviation in TextConventions.For(language).MultiWordAbbreviations)
        {
            var endsHere = dot + 1 - abbreviation.Length;
            if (endsHere >= sentenceStart && string.CompareOrdinal(text, endsHere, abbreviation, 0, abbreviation.Length) == 0)
                return false;
            if (string.CompareOrdinal(text, tokenStart, abbreviation, 0, Math.Min(abbreviation.Length, end - tokenStart)) == 0 && abbreviation.Length > token.Length)
                return false;
        }
        // Initials: "J. Smith".
        if (token.Length == 2 && char.IsUpper(token[0]))
            return false;
        // "die diesjährige XV. Botschafterkonferenz", "der II. Vatikanische": a Roman numeral after a lower-case word is an
        // ordinal where ordinals take a full stop; after a name it may end the sentence ("Papst Benedikt XVI.").
        if (!language.OrdinalsEndSentences && IsRomanNumeral(token.AsSpan(0, token.Length - 1)) && WordBefore(text, sentenceStart, tokenStart) is { Length: > 0 } previous
            && char.IsLower(previous[0]))
            return false;
        var wordEnd = nextWord;
        while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
            wordEnd++;
        var nextToken = text[nextWord..wordEnd];
        if (nextToken.Length > 0 && char.IsLower(nextToken[0]))
            return false;
        // "am 12. Januar", "(10. Juli", "27./28. September", "im 1. Halbjahr": a full stop after a one- or
        // two-digit number marks an ordinal, unless a word that opens sentences follows ("... am 15. Die ...").
        var digits = 0;
        while (dot - digits - 1 >= sentenceStart && char.IsDigit(text[dot - digits - 1]))
            digits++;
        var before = dot - digits - 1;
        // A day glued to the word before it, as page headers run together ("Presseartikel20. Juni 2018"), is still a date.
        if (digits is 1 or 2 && language.Months.ContainsKey(nextToken))
            return false;
        if (digits is 1 or 2 && (before < sentenceStart || !char.IsLetterOrDigit(text[before])))
        {
            if (language.Months.ContainsKey(nextToken) || ordinalFollowers.Contains(nextToken))
                return false;
            return language.OrdinalsEndSentences || language.SentenceOpeners.Contains(nextToken);
        }
        return true;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 6)
            return false;
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C'))
                return false;
        }
        return true;
    }

    /// <summary>The word that ends before <paramref name="at"/> (past the spaces between), within the sentence.</summary>
    private static string WordBefore(string text, int sentenceStart, int at)
    {
        var end = at;
        while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
            end--;
        var start = end;
        while (start > sentenceStart && !char.IsWhiteSpace(text[start - 1]))
            start--;
        return text[start..end];
    }

    private static Sentence MakeSentence(string text, int start, int end, ParagraphRole role, TextConventions conventions)
    {
        // Gathered on the stack, so that each sentence keeps one array of the right size.
        Span<(int, int)> found = stackalloc (int, int)[64];
        List<(int, int)>? many = null;
        var count = 0;
        void Add(int from, int to, Span<(int, int)> found)
        {
            if (count < found.Length)
                found[count] = (from, to);
            else
                (many ??= [.. found]).Add((from, to));
            count++;
        }
        var clauseStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (',' or ';' or ':' or '–' or '—' or '(' or ')'))
                continue;
            // "the Foreign Affairs Council (FAC) on 31 January", "Olaf Scholz (SPD)": an abbreviation in brackets ends no clause;
            // nor does an editor's insertion ("Secretary (of State) John Kerry", "The U.N. (United Nations) wanted").
            if (text[i] == '(' && (AbbreviationInBrackets(text, i, end) is var abbreviation and > 0 ? abbreviation : InsertionInBrackets(text, i, end, conventions)) is var close and > 0)
            {
                i = close;
                continue;
            }
            // A comma inside a number ("2,5") does not end a clause.
            if (text[i] == ',' && i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
                continue;
            // "travelled to Washington, D.C. on Friday", "convene in Wiesbaden, Germany on Wednesday": a place and its region.
            if (text[i] == ',' && conventions.AppositionFollowers.Count > 0 && PlaceAndRegion(text, start, i, end, conventions))
                continue;
            if (i > clauseStart)
                Add(clauseStart, i, found);
            clauseStart = i + 1;
        }
        if (end > clauseStart)
            Add(clauseStart, end, found);
        return new Sentence(start, end, role, many?.ToArray() ?? found[..count].ToArray());
    }

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> stands between two capitalised words, the first after a preposition of
    /// place and the second followed by a word of the followers or by the end of the sentence: "to Washington, D.C. on
    /// Friday", "in Berlin, Germany."
    /// </summary>
    private static bool PlaceAndRegion(string text, int start, int comma, int end, TextConventions conventions)
    {
        var followers = conventions.AppositionFollowers;
        var before = comma;
        while (before > start && (char.IsLetter(text[before - 1]) || text[before - 1] == '.'))
            before--;
        if (before == comma || !char.IsUpper(text[before]))
            return false;
        var openerEnd = before;
        while (openerEnd > start && text[openerEnd - 1] == ' ')
            openerEnd--;
        var opener = openerEnd;
        while (opener > start && char.IsLetter(text[opener - 1]))
            opener--;
        if (opener == openerEnd || !conventions.AppositionOpeners.Contains(text[opener..openerEnd]))
            return false;
        var next = comma + 1;
        while (next < end && text[next] == ' ')
            next++;
        var nextEnd = next;
        while (nextEnd < end && (char.IsLetter(text[nextEnd]) || text[nextEnd] == '.'))
            nextEnd++;
        if (nextEnd == next || !char.IsUpper(text[next]))
            return false;
        if (nextEnd >= end || (text[nextEnd - 1] == '.' && nextEnd + 1 >= end))
            return true;
        var follower = nextEnd;
        while (follower < end && text[follower] == ' ')
            follower++;
        var followerEnd = follower;
        while (followerEnd < end && char.IsLetter(text[followerEnd]))
            followerEnd++;
        return followerEnd > follower && followers.Contains(text[follower..followerEnd]);
    }

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?");

    [GeneratedRegex(@"^\d{1,2}:\d{2}(:\d{2})?$")]
    private static partial Regex MediaDuration();
}
