namespace Articles.Api.Articles;

/// <summary>An article as the Articles service stores it. Raw HTML is not kept: only the text read from it.</summary>
public sealed class ArticleDocument
{
    /// <summary>How many submissions of the same text an article records; later ones are answered but not recorded.</summary>
    public const int MaxSubmissions = 100;

    public Guid Id { get; set; }

    /// <summary>SHA-256 of the plain text: the same text submitted twice is one article.</summary>
    public string ContentHash { get; set; } = "";
    public string Text { get; set; } = "";
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

    /// <summary>Every time this text was submitted (the first included), with the source, address and date given each time.</summary>
    public List<ArticleSubmission> Submissions { get; set; } = [];
    public int SubmissionCount { get; set; }

    /// <summary>A copy whose list of submissions is its own; every other member is immutable or a string.</summary>
    public ArticleDocument Clone()
    {
        var copy = (ArticleDocument)MemberwiseClone();
        copy.Submissions = [.. Submissions];
        return copy;
    }
}

/// <summary>One submission of an article's text: who sent it as what.</summary>
public sealed record ArticleSubmission(string? Source, string? Url, string? Title, DateOnly? PublishedAt, DateTimeOffset SubmittedAt);

public static class ArticleStatus
{
    public const string Submitted = "submitted";
    public const string Extracted = "extracted";
    public const string Failed = "failed";
}
