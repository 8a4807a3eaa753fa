using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Text;

/// <summary>What an HTML page says as an article: its main text (one paragraph per line), title and date.</summary>
public sealed record HtmlArticle(string Text, string? Title, DateOnly? PublishedAt, string? Language);

/// <summary>
/// Reduces an HTML page to the article it carries: the &lt;article&gt; or &lt;main&gt; element when there is one,
/// without scripts, navigation, forms, asides and footers; block elements become paragraphs. Metadata
/// (article:published_time, &lt;time datetime&gt;, html lang) are read when present.
/// </summary>
public static class HtmlText
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "nav", "footer", "aside", "form", "header", "iframe", "svg", "button", "template"];
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "FIGCAPTION", "FIGURE", "SECTION", "ARTICLE", "TR", "BR", "PRE", "DD", "DT",
    };

    public static HtmlArticle Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        var published = PublicationDate.Parse(Meta(document, "article:published_time") ?? Meta(document, "date")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var language = document.DocumentElement.GetAttribute("lang")?.Split('-')[0].ToLowerInvariant();

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        foreach (var element in root.QuerySelectorAll(string.Join(',', Dropped)).ToList())
            element.Remove();

        var text = new StringBuilder();
        Append(root, text);
        var paragraphs = text.ToString().Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return new HtmlArticle(string.Join("\n\n", paragraphs), string.IsNullOrWhiteSpace(title) ? null : title, published,
            string.IsNullOrEmpty(language) ? null : language);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
            {
                var block = Blocks.Contains(element.TagName);
                if (block)
                    text.Append('\n');
                Append(element, text);
                if (block)
                    text.Append('\n');
            }
            else if (child.NodeType == NodeType.Text)
            {
                text.Append(child.TextContent.Replace('\n', ' ').Replace('\r', ' '));
            }
        }
    }

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelector($"meta[property='{name}'],meta[name='{name}']")?.GetAttribute("content");
}
