using System.Text.Json;
using Timeline.Contracts;

namespace Articles.Api.Articles;

/// <summary>How an extraction result is written onto a stored article; shared by every store.</summary>
internal static class ExtractionRecord
{
    public static bool IsNewer(ArticleDocument article, ArticleEventsExtracted result) =>
        article.ExtractedAt is null || result.ExtractedAt >= article.ExtractedAt;

    public static void Apply(ArticleDocument article, ArticleEventsExtracted result)
    {
        article.Status = ArticleStatus.Extracted;
        article.ExtractorVersion = result.ExtractorVersion;
        article.ExtractedAt = result.ExtractedAt;
        article.DetectedLanguage = result.Article.Language;
        article.DocumentDate = result.Article.DocumentDate;
        article.DocumentDateSource = result.Article.DocumentDateSource;
        article.EventsJson = Serialize(result);
        article.EventCount = result.Events.Count;
        article.Error = null;
    }

    public static string Serialize(ArticleEventsExtracted result) => JsonSerializer.Serialize(result.Events, JsonSerializerOptions.Web);

    public static IReadOnlyList<ExtractedEvent> Events(ArticleDocument article) =>
        article.EventsJson is null ? [] : JsonSerializer.Deserialize<List<ExtractedEvent>>(article.EventsJson, JsonSerializerOptions.Web) ?? [];
}
