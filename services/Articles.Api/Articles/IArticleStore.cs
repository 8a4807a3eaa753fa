using Timeline.Contracts;

namespace Articles.Api.Articles;

/// <summary>What the Articles service needs from storage, and nothing more.</summary>
public interface IArticleStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new article; returns the id of an existing one with the same text instead, if any.</summary>
    Task<Guid?> InsertAsync(ArticleDocument article, CancellationToken cancellationToken);
    Task<ArticleDocument?> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<IReadOnlyList<ArticleDocument>> ListAsync(string? status, int limit, CancellationToken cancellationToken);
    Task MarkPublishedAsync(Guid id, CancellationToken cancellationToken);
    Task<IReadOnlyList<ArticleDocument>> UnpublishedAsync(DateTimeOffset submittedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>Records an extraction result unless a newer one is already recorded.</summary>
    Task RecordExtractionAsync(ArticleEventsExtracted result, CancellationToken cancellationToken);
    Task RecordFailureAsync(Guid id, string reason, CancellationToken cancellationToken);
}
