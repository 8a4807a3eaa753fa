using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Cli.Importing;

/// <summary>
/// Reads a folder of article files into the JSON the Articles API takes. Files that are not articles (gold
/// annotations beside a corpus's articles, notes, anything of another kind) are skipped, each with the reason.
/// </summary>
internal static class ArticleFiles
{
    public static (List<(string File, JsonElement Article)> Articles, List<(string File, string Reason)> Unreadable, List<(string File, string Reason)> Skipped)
        Read(DirectoryInfo folder, string? language, string? source, DateOnly? published = null)
    {
        var articles = new List<(string, JsonElement)>();
        var unreadable = new List<(string, string)>();
        var skipped = new List<(string, string)>();
        void Add(string name, JsonElement article)
        {
            if (IsArticle(article))
                articles.Add((name, WithSource(article, source)));
            else
                skipped.Add((name, "not an article: a JSON object with 'text' or 'html' is one"));
        }
        foreach (var file in folder.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (file.Name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add((file.Name, "a gold annotation, not an article"));
                continue;
            }
            try
            {
                switch (file.Extension.ToLowerInvariant())
                {
                    case ".txt":
                        articles.Add((file.Name, Article("text", File.ReadAllText(file.FullName), LanguageOf(file) ?? language, source, published)));
                        break;
                    case ".html":
                    case ".htm":
                        articles.Add((file.Name, Article("html", File.ReadAllText(file.FullName), LanguageOf(file) ?? language, source, published)));
                        break;
                    case ".json":
                        var json = JsonDocument.Parse(File.ReadAllText(file.FullName)).RootElement;
                        if (json.ValueKind == JsonValueKind.Array)
                        {
                            var index = 0;
                            foreach (var item in json.EnumerateArray())
                                Add($"{file.Name}[{index++}]", item);
                        }
                        else
                            Add(file.Name, json);
                        break;
                    case ".jsonl":
                        var number = 0;
                        foreach (var line in File.ReadLines(file.FullName))
                        {
                            number++;
                            if (!string.IsNullOrWhiteSpace(line))
                                Add($"{file.Name}:{number}", JsonDocument.Parse(line).RootElement);
                        }
                        break;
                    default:
                        skipped.Add((file.Name, "not an article file (.txt, .html, .json or .jsonl)"));
                        break;
                }
            }
            catch (JsonException e)
            {
                unreadable.Add((file.Name, $"not valid JSON: {e.Message}"));
            }
        }
        return (articles, unreadable, skipped);
    }

    private static bool IsArticle(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && (json.TryGetProperty("text", out _) || json.TryGetProperty("html", out _));

    /// <summary>"article.de.txt" says German; "article.txt" says nothing.</summary>
    private static string? LanguageOf(FileInfo file)
    {
        var parts = file.Name.Split('.');
        return parts.Length >= 3 && parts[^2] is "de" or "en" ? parts[^2] : null;
    }

    private static JsonElement Article(string field, string content, string? language, string? source, DateOnly? published)
    {
        var article = new JsonObject { [field] = content };
        if (language is not null)
            article["language"] = language;
        if (published is { } day)
            article["publishedAt"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (source is not null)
            article["source"] = source;
        return JsonSerializer.SerializeToElement(article, CliJson.Compact.JsonObject);
    }

    private static JsonElement WithSource(JsonElement article, string? source)
    {
        if (source is null || article.ValueKind != JsonValueKind.Object || article.TryGetProperty("source", out _))
            return article;
        var node = JsonNode.Parse(article.GetRawText())!.AsObject();
        node["source"] = source;
        return JsonSerializer.SerializeToElement(node, CliJson.Compact.JsonObject);
    }
}
