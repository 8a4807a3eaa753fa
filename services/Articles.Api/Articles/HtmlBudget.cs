using System.Text;
using Timeline.Extraction.Text;

namespace Articles.Api.Articles;

/// <summary>
/// Reads an HTML page only when it is small and shallow enough, and only within a time budget: a page is measured
/// in bytes and its tags' nesting is counted by one linear scan before any parser sees it, and at most one page per
/// processor is parsed at once. A parse that overruns its time is answered as refused; its processor stays taken
/// until it ends, so runaway pages cannot pile up.
/// </summary>
public static class HtmlBudget
{
    public const int MaxBytes = 2_000_000;
    public const int MaxDepth = 200;
    public const int MaxTags = 20_000;
    public static readonly TimeSpan ParseTime = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan SlotWait = TimeSpan.FromSeconds(2);

    private static readonly SemaphoreSlim Parsers = new(Environment.ProcessorCount, Environment.ProcessorCount);

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
    };

    /// <summary>Elements a browser closes when the next one of their kind opens (a sloppy page's unclosed paragraphs do not nest).</summary>
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "dt", "dd", "option", "tr", "td", "th" };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title" };

    public abstract record Outcome
    {
        public sealed record Read(HtmlArticle Article) : Outcome;
        public sealed record TooLarge(string Detail) : Outcome;
        public sealed record Refused(string Detail) : Outcome;
        public sealed record Busy(string Detail) : Outcome;
    }

    public static async Task<Outcome> ReadAsync(string html, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetByteCount(html);
        if (bytes > MaxBytes)
            return new Outcome.TooLarge($"The page has {bytes:N0} bytes; at most {MaxBytes:N0} are accepted. Send its text instead.");
        var (depth, tags) = Measure(html);
        if (depth > MaxDepth)
            return new Outcome.Refused($"The page nests its elements {depth:N0} deep; at most {MaxDepth} levels are read.");
        if (tags > MaxTags)
            return new Outcome.Refused($"The page has {tags:N0} tags; at most {MaxTags:N0} are read.");

        if (!await Parsers.WaitAsync(SlotWait, cancellationToken))
            return new Outcome.Busy("Every HTML reader is busy; try again in a few seconds.");
        var parse = Task.Run(() => HtmlText.Extract(html), CancellationToken.None);
        _ = parse.ContinueWith(_ => Parsers.Release(), TaskScheduler.Default);
        try
        {
            return new Outcome.Read(await parse.WaitAsync(ParseTime, cancellationToken));
        }
        catch (TimeoutException)
        {
            return new Outcome.Refused($"The page could not be read within {ParseTime.TotalSeconds:0} s. Send its text instead.");
        }
    }

    /// <summary>
    /// The deepest nesting of elements and the number of tags, by one pass over the text: comments, raw-text
    /// elements (script, style) and void elements do not nest; closing a tag closes what it encloses. It stops as soon
    /// as a limit is passed, so a bomb costs no more than a page at the limit.
    /// </summary>
    public static (int Depth, int Tags) Measure(string html)
    {
        var open = new List<string>();
        int deepest = 0, tags = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-'))
                nameEnd++;
            if (nameEnd == start)
            {
                i++;
                continue;
            }
            var name = html[start..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
                break;
            if (++tags > MaxTags)
                return (deepest, tags);
            if (closing)
            {
                var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0)
                    open.RemoveRange(at, open.Count - at);
            }
            else if (!VoidElements.Contains(name) && html[tagEnd - 1] != '/')
            {
                if (SelfClosingSiblings.Contains(name) && open.Count > 0 && open[^1].Equals(name, StringComparison.OrdinalIgnoreCase))
                    open.RemoveAt(open.Count - 1);
                open.Add(name);
                deepest = Math.Max(deepest, open.Count);
                if (deepest > MaxDepth)
                    return (deepest, tags);
                if (RawText.Contains(name))
                {
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    open.RemoveAt(open.Count - 1);
                    i = close < 0 ? html.Length : close;
                    continue;
                }
            }
            i = tagEnd + 1;
        }
        return (deepest, tags);
    }
}
