namespace Articles.Api.Articles;

/// <summary>An article as the Articles service stores it.</summary>
public sealed class ArticleDocument
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the plain text: the same text submitted twice is one article.</summary>
    public string ContentHash { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Html { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Source { get; set; }
    public string? Language { get; set; }
    public DateOnly? PublishedAt { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string Status { get; set; } = ArticleStatus.Submitted;

    /// <summary>False until the ArticleSubmitted message has gone out; the sweeper re-sends those left behind.</summary>
    public bool Published { get; set; }
    public string? ExtractorVersion { get; set; }
    public DateTimeOffset? ExtractedAt { get; set; }
    public string? DetectedLanguage { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public string? DocumentDateSource { get; set; }

    /// <summary>The extracted events as the ArticleEventsExtracted message carried them (JSON).</summary>
    public string? EventsJson { get; set; }
    public int EventCount { get; set; }
    public string? Error { get; set; }

    /// <summary>A shallow copy: every member is immutable or a string.</summary>
    public ArticleDocument Clone() => (ArticleDocument)MemberwiseClone();
}

public static class ArticleStatus
{
    public const string Submitted = "submitted";
    public const string Extracted = "extracted";
    public const string Failed = "failed";
}
