using Timeline.Contracts;

namespace Articles.Api.Articles;

/// <summary>An article that already holds the submitted text, and how it was first submitted.</summary>
public sealed record ExistingArticle(Guid Id, ArticleSubmission Submission);

/// <summary>
/// What the Articles service needs from storage, and nothing more. Every change is a targeted update of the fields
/// it concerns, so that a submission, an announcement and an extraction result meeting on one article never undo
/// each other.
/// </summary>
public interface IArticleStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new article; returns the existing one with the same text instead, if any.</summary>
    Task<ExistingArticle?> InsertAsync(ArticleDocument article, CancellationToken cancellationToken);

    /// <summary>Records another submission of an article's text (up to <see cref="ArticleDocument.MaxSubmissions"/>).</summary>
    Task AddSubmissionAsync(Guid id, ArticleSubmission submission, CancellationToken cancellationToken);
    Task<ArticleDocument?> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<IReadOnlyList<ArticleDocument>> ListAsync(string? status, int limit, CancellationToken cancellationToken);
    Task MarkPublishedAsync(Guid id, CancellationToken cancellationToken);
    Task<IReadOnlyList<ArticleDocument>> UnpublishedAsync(DateTimeOffset submittedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>Records an extraction result unless a newer one is already recorded.</summary>
    Task RecordExtractionAsync(ArticleEventsExtracted result, CancellationToken cancellationToken);

    /// <summary>Marks an article failed with the reason, unless it has been extracted.</summary>
    Task RecordFailureAsync(Guid id, string reason, CancellationToken cancellationToken);

    /// <summary>Puts a failed or stuck article back to "submitted" and unannounced; false if there is no such article.</summary>
    Task<bool> ResetForRedriveAsync(Guid id, CancellationToken cancellationToken);
}
