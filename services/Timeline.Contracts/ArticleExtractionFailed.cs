namespace Timeline.Contracts;

/// <summary>
/// Published by the Extraction worker when an article cannot be read by this extractor version, however often it
/// is tried (the extractor threw, or the message breaks the contract). The article is failed at once with the
/// reason; no worker waits on it.
/// </summary>
public sealed record ArticleExtractionFailed
{
    public required Guid ArticleId { get; init; }
    public required string ExtractorVersion { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset FailedAt { get; init; }
}
