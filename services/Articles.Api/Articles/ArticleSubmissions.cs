using System.Security.Cryptography;
using System.Text;
using Articles.Api.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;
using Timeline.Contracts;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Articles.Api.Articles;

public abstract record SubmissionOutcome
{
    public sealed record Accepted(Guid Id, bool Duplicate) : SubmissionOutcome;
    public sealed record Invalid(IDictionary<string, string[]> Errors) : SubmissionOutcome;
    public sealed record TooLarge(string Detail) : SubmissionOutcome;
}

/// <summary>
/// Validates an article, stores it, and only then announces it. If the announcement fails the article is
/// still kept and the sweeper announces it later: nothing accepted is lost.
/// </summary>
public sealed class ArticleSubmissions(IArticleStore store, IPublishEndpoint publisher, TimeProvider clock, ILogger<ArticleSubmissions> logger,
    IOptions<ArticleRepublishOptions> options)
{
    public async Task<SubmissionOutcome> SubmitAsync(SubmitArticleRequest? request, CancellationToken cancellationToken)
    {
        var (article, problem) = Prepare(request);
        if (problem is not null)
            return problem;

        var existing = await store.InsertAsync(article!, cancellationToken);
        if (existing is { } duplicateOf)
            return new SubmissionOutcome.Accepted(duplicateOf, Duplicate: true);

        // The article is kept whatever happens now; a broker that does not answer in time only delays the
        // announcement until the sweeper makes it.
        using var announce = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        announce.CancelAfter(TimeSpan.FromSeconds(options.Value.AnnounceTimeoutSeconds));
        try
        {
            await publisher.Publish(ToMessage(article!), announce.Token);
            await store.MarkPublishedAsync(article!.Id, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Article {ArticleId} is stored but could not be announced yet; the sweeper will retry", article!.Id);
        }
        return new SubmissionOutcome.Accepted(article!.Id, Duplicate: false);
    }

    public static ArticleSubmitted ToMessage(ArticleDocument article) => new()
    {
        ArticleId = article.Id,
        Text = article.Text,
        Title = article.Title,
        Url = article.Url,
        Source = article.Source,
        Language = article.Language,
        PublishedAt = article.PublishedAt,
        SubmittedAt = article.SubmittedAt,
    };

    private (ArticleDocument? Article, SubmissionOutcome? Problem) Prepare(SubmitArticleRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
            return (null, new SubmissionOutcome.Invalid(new Dictionary<string, string[]> { ["body"] = ["A JSON object with 'text' or 'html' is required."] }));

        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        var hasHtml = !string.IsNullOrWhiteSpace(request.Html);
        if (hasText == hasHtml)
            errors["text"] = [hasText ? "Give either 'text' or 'html', not both." : "Give the article as 'text' or as 'html'."];

        string? language = null;
        if (!string.IsNullOrWhiteSpace(request.Language) && !request.Language.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            language = request.Language.Trim().ToLowerInvariant();
            if (!LanguageProfile.Supported.Contains(language))
                errors["language"] = [$"'{request.Language}' is not supported; use {string.Join(" or ", LanguageProfile.Supported)}, or leave it out to detect."];
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(request.PublishedAt))
        {
            published = PublicationDate.Parse(request.PublishedAt);
            if (published is null)
                errors["publishedAt"] = [$"'{request.PublishedAt}' is not a date; use YYYY-MM-DD or an ISO 8601 timestamp."];
        }

        if (request.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            errors["url"] = [$"'{url}' is not an absolute URL."];

        if (errors.Count > 0)
            return (null, new SubmissionOutcome.Invalid(errors));

        var text = request.Text;
        var title = request.Title;
        if (hasHtml)
        {
            var page = HtmlText.Extract(request.Html!);
            text = page.Text;
            title ??= page.Title;
            published ??= page.PublishedAt;
            if (language is null && page.Language is { } lang && LanguageProfile.Supported.Contains(lang))
                language = lang;
            if (string.IsNullOrWhiteSpace(text))
                return (null, new SubmissionOutcome.Invalid(new Dictionary<string, string[]> { ["html"] = ["The page holds no readable text."] }));
        }

        if (text!.Length > ArticleSubmitted.MaxTextLength)
            return (null, new SubmissionOutcome.TooLarge($"The article's text has {text.Length:N0} characters; at most {ArticleSubmitted.MaxTextLength:N0} are accepted."));

        var article = new ArticleDocument
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim()))),
            Text = text,
            Html = request.Html,
            Title = title?.Trim(),
            Url = request.Url,
            Source = request.Source?.Trim() ?? (request.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Host : null),
            Language = language,
            PublishedAt = published,
            SubmittedAt = clock.GetUtcNow(),
        };
        return (article, null);
    }
}
