namespace Timeline.Contracts;

/// <summary>
/// Published by the Articles API once an article is stored. The article's plain text travels inside the
/// message because it is capped at <see cref="MaxTextLength"/> characters; larger articles are refused at
/// the door, so no message ever carries megabytes.
/// </summary>
public sealed record ArticleSubmitted
{
    /// <summary>Largest plain text (in UTF-16 characters) an article may have.</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>The earliest publication date an article may give: older "news" is a typo or a probe.</summary>
    public static readonly DateOnly EarliestPublishedAt = new(1800, 1, 1);

    /// <summary>The latest publication date an article may give: a year after it was submitted (an embargo, a clock a day off).</summary>
    public static DateOnly LatestPublishedAt(DateTimeOffset submittedAt) => DateOnly.FromDateTime(submittedAt.UtcDateTime).AddYears(1);

    public required Guid ArticleId { get; init; }
    public required string Text { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }

    /// <summary>ISO 639-1 code ("de", "en") or null to let the extractor detect it.</summary>
    public string? Language { get; init; }

    /// <summary>Publication date as given by the submitter; null lets the extractor infer it from the text.</summary>
    public DateOnly? PublishedAt { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }
}
