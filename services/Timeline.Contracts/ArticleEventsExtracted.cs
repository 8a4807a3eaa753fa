namespace Timeline.Contracts;

/// <summary>
/// Everything one extractor version found in one article, in one message, so that a consumer can replace an
/// article's whole contribution at once. An article with no events still produces this message (with an
/// empty list): that is how a re-extraction withdraws events an older version had found.
/// </summary>
public sealed record ArticleEventsExtracted
{
    public required Guid ArticleId { get; init; }
    public required string ExtractorVersion { get; init; }
    public required ArticleInfo Article { get; init; }
    public required IReadOnlyList<ExtractedEvent> Events { get; init; }
    public required DateTimeOffset ExtractedAt { get; init; }
}

/// <summary>What a timeline keeps about the article an event was read from.</summary>
public sealed record ArticleInfo
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public required string Language { get; init; }
    public DateOnly? PublishedAt { get; init; }

    /// <summary>The document date the extractor anchored relative dates on (given or inferred).</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>"given" when it came with the article, otherwise how it was inferred.</summary>
    public string? DocumentDateSource { get; init; }
}
