using Timeline.Contracts;

namespace Articles.Api.Articles;

/// <summary>An article to add. Give <c>text</c> or <c>html</c>; everything else is optional.</summary>
public sealed record SubmitArticleRequest
{
    /// <summary>The article as plain text (paragraphs separated by line breaks).</summary>
    /// <example>Das dritte und letzte Treffen dieser Woche ist am Donnerstag in Wien geplant.</example>
    public string? Text { get; init; }

    /// <summary>The article as an HTML page; its main text, title and date are read from it.</summary>
    public string? Html { get; init; }

    /// <example>NATO und Russland setzen Gespräche fort</example>
    public string? Title { get; init; }

    /// <example>https://news.example/2022/01/12/nato-russland</example>
    public string? Url { get; init; }

    /// <summary>The publisher; counts of distinct sources are based on it.</summary>
    /// <example>Example News</example>
    public string? Source { get; init; }

    /// <summary>"de" or "en"; leave out to detect.</summary>
    /// <example>de</example>
    public string? Language { get; init; }

    /// <summary>Publication date, "YYYY-MM-DD" or an ISO timestamp (its own offset decides the day); leave out to infer it from the text.</summary>
    /// <example>2022-01-12</example>
    public string? PublishedAt { get; init; }
}

/// <summary>The answer to a submission.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Status">Its processing status: submitted, or "duplicate" when the text was known.</param>
/// <param name="Duplicate">True when the same text had been submitted before; the id is the earlier article's.</param>
/// <param name="DuplicateOf">For a duplicate: the article's first submission (its source, address, date and time). This
/// submission is recorded beside it.</param>
public sealed record ArticleAccepted(Guid Id, string Status, bool Duplicate, ArticleSubmission? DuplicateOf = null);

/// <summary>One item of a batch: accepted (with an id) or refused (with the reason).</summary>
public sealed record BatchItemResult(int Index, int Status, Guid? Id, bool Duplicate, string? Error, ArticleSubmission? DuplicateOf = null);

public sealed record BatchResult(int Accepted, int Duplicates, int Rejected, IReadOnlyList<BatchItemResult> Items);

/// <summary>A stored article, its processing status and the events extracted from it.</summary>
public sealed record ArticleView
{
    public required Guid Id { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? Language { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string Status { get; init; }
    public string? Error { get; init; }
    public string? ExtractorVersion { get; init; }
    public DateTimeOffset? ExtractedAt { get; init; }
    public DateOnly? DocumentDate { get; init; }
    public string? DocumentDateSource { get; init; }
    public required int TextLength { get; init; }
    public string? Text { get; init; }
    public required IReadOnlyList<ExtractedEvent> Events { get; init; }

    /// <summary>Every submission of this text: the first, then others with their own source or date.</summary>
    public required IReadOnlyList<ArticleSubmission> Submissions { get; init; }

    public static ArticleView From(ArticleDocument a, bool includeText) => new()
    {
        Id = a.Id,
        Title = a.Title,
        Url = a.Url,
        Source = a.Source,
        Language = a.DetectedLanguage ?? a.Language,
        PublishedAt = a.PublishedAt,
        SubmittedAt = a.SubmittedAt,
        Status = a.Status,
        Error = a.Error,
        ExtractorVersion = a.ExtractorVersion,
        ExtractedAt = a.ExtractedAt,
        DocumentDate = a.DocumentDate,
        DocumentDateSource = a.DocumentDateSource,
        TextLength = a.Text.Length,
        Text = includeText ? a.Text : null,
        Events = ExtractionRecord.Events(a),
        Submissions = a.Submissions.Count > 0 ? a.Submissions : [InMemoryArticleStore.Submission(a)],
    };
}
