using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Cli.Importing;

/// <summary>Reads a folder of article files into the JSON the Articles API takes.</summary>
internal static class ArticleFiles
{
    public static (List<(string File, JsonElement Article)> Articles, List<(string File, string Reason)> Unreadable) Read(DirectoryInfo folder, string? language, string? source)
    {
        var articles = new List<(string, JsonElement)>();
        var unreadable = new List<(string, string)>();
        foreach (var file in folder.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            try
            {
                switch (file.Extension.ToLowerInvariant())
                {
                    case ".txt":
                        articles.Add((file.Name, Article("text", File.ReadAllText(file.FullName), LanguageOf(file) ?? language, source)));
                        break;
                    case ".html":
                    case ".htm":
                        articles.Add((file.Name, Article("html", File.ReadAllText(file.FullName), LanguageOf(file) ?? language, source)));
                        break;
                    case ".json":
                        var json = JsonDocument.Parse(File.ReadAllText(file.FullName)).RootElement;
                        if (json.ValueKind == JsonValueKind.Array)
                            articles.AddRange(json.EnumerateArray().Select((a, i) => ($"{file.Name}[{i}]", WithSource(a, source))));
                        else
                            articles.Add((file.Name, WithSource(json, source)));
                        break;
                    case ".jsonl":
                        var number = 0;
                        foreach (var line in File.ReadLines(file.FullName))
                        {
                            number++;
                            if (!string.IsNullOrWhiteSpace(line))
                                articles.Add(($"{file.Name}:{number}", WithSource(JsonDocument.Parse(line).RootElement, source)));
                        }
                        break;
                }
            }
            catch (JsonException e)
            {
                unreadable.Add((file.Name, $"not valid JSON: {e.Message}"));
            }
        }
        return (articles, unreadable);
    }

    /// <summary>"article.de.txt" says German; "article.txt" says nothing.</summary>
    private static string? LanguageOf(FileInfo file)
    {
        var parts = file.Name.Split('.');
        return parts.Length >= 3 && parts[^2] is "de" or "en" ? parts[^2] : null;
    }

    private static JsonElement Article(string field, string content, string? language, string? source)
    {
        var article = new JsonObject { [field] = content };
        if (language is not null)
            article["language"] = language;
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
