using System.Security.Cryptography;
using System.Text;
using Articles.Api.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;
using Timeline.Contracts;
using Timeline.Extraction.Language;
using Timeline.ServiceDefaults.Security;

namespace Articles.Api.Articles;

public abstract record SubmissionOutcome
{
    public sealed record Accepted(Guid Id, bool Duplicate, ArticleSubmission? First = null) : SubmissionOutcome;
    public sealed record Invalid(IDictionary<string, string[]> Errors) : SubmissionOutcome;
    public sealed record TooLarge(string Field, string Detail) : SubmissionOutcome;
    public sealed record Busy(string Detail) : SubmissionOutcome;
}

/// <summary>The most an article's fields may hold, checked before anything is parsed.</summary>
public static class ArticleLimits
{
    public const int MaxTitle = 1_000;
    public const int MaxSource = 200;
    public const int MaxUrl = 2_048;
    public const int MaxLanguage = 16;
    public const int MaxPublishedAt = 64;

    /// <summary>A single article's body: the largest page plus the largest text, written out in JSON.</summary>
    public const long SingleBodyBytes = 4 * 1024 * 1024;

    /// <summary>A batch's body: many small articles, or a few large ones.</summary>
    public const long BatchBodyBytes = 16 * 1024 * 1024;
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
        var (article, problem) = await PrepareAsync(request, cancellationToken);
        if (problem is not null)
            return problem;

        var existing = await store.InsertAsync(article!, cancellationToken);
        if (existing is { } first)
        {
            // The same text from another source or with another date is the same article; what it was sent as is kept.
            await store.AddSubmissionAsync(first.Id, article!.Submissions[0], cancellationToken);
            logger.LogInformation("Article {ArticleId} submitted again (from {Source}): the same text as before, nothing new to read", first.Id, article.Source ?? "no source");
            return new SubmissionOutcome.Accepted(first.Id, Duplicate: true, first.Submission);
        }

        logger.LogInformation("Article {ArticleId} stored (from {Source}, language {Language}, published {PublishedAt}); announcing it for extraction",
            article!.Id, article.Source ?? "no source", article.Language ?? "to detect",
            article.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "not given");
        await AnnounceAsync(article, cancellationToken);
        return new SubmissionOutcome.Accepted(article.Id, Duplicate: false);
    }

    /// <summary>
    /// Announces a stored article. It is kept whatever happens here; a broker that does not answer in time only
    /// delays the announcement until the sweeper makes it.
    /// </summary>
    public async Task AnnounceAsync(ArticleDocument article, CancellationToken cancellationToken)
    {
        using var announce = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        announce.CancelAfter(TimeSpan.FromSeconds(options.Value.AnnounceTimeoutSeconds));
        try
        {
            await publisher.Publish(ToMessage(article), announce.Token);
            await store.MarkPublishedAsync(article.Id, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Article {ArticleId} is stored but could not be announced yet; the sweeper will retry", article.Id);
        }
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

    private async Task<(ArticleDocument? Article, SubmissionOutcome? Problem)> PrepareAsync(SubmitArticleRequest? request, CancellationToken cancellationToken)
    {
        if (request is null)
            return (null, new SubmissionOutcome.Invalid(new Dictionary<string, string[]> { ["body"] = ["A JSON object with 'text' or 'html' is required."] }));
        if (request.Html is { Length: > HtmlBudget.MaxBytes })
            return (null, new SubmissionOutcome.TooLarge("html", $"'html' has {request.Html.Length:N0} characters; at most {HtmlBudget.MaxBytes:N0} bytes are accepted. Send its text instead."));
        if (request.Text is { Length: > ArticleSubmitted.MaxTextLength })
            return (null, new SubmissionOutcome.TooLarge("text", $"The article's text has {request.Text.Length:N0} characters; at most {ArticleSubmitted.MaxTextLength:N0} are accepted."));

        var errors = new Dictionary<string, string[]>();
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        var hasHtml = !string.IsNullOrWhiteSpace(request.Html);
        if (hasText == hasHtml)
            errors["text"] = [hasText ? "Give either 'text' or 'html', not both." : "Give the article as 'text' or as 'html'."];
        CheckText(errors, "text", request.Text, int.MaxValue, lineBreaks: true);
        CheckText(errors, "html", request.Html, int.MaxValue, lineBreaks: true);
        CheckText(errors, "title", request.Title, ArticleLimits.MaxTitle, lineBreaks: false);
        CheckText(errors, "source", request.Source, ArticleLimits.MaxSource, lineBreaks: false);
        CheckText(errors, "url", request.Url, ArticleLimits.MaxUrl, lineBreaks: false);
        CheckText(errors, "language", request.Language, ArticleLimits.MaxLanguage, lineBreaks: false);
        CheckText(errors, "publishedAt", request.PublishedAt, ArticleLimits.MaxPublishedAt, lineBreaks: false);

        string? language = null;
        if (!errors.ContainsKey("language") && !string.IsNullOrWhiteSpace(request.Language) && !request.Language.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            language = request.Language.Trim().ToLowerInvariant();
            if (!LanguageProfile.Supported.Contains(language))
                errors["language"] = [$"'{Text.Printable(request.Language)}' is not supported; use {string.Join(" or ", LanguageProfile.Supported)}, or leave it out to detect."];
        }

        DateOnly? published = null;
        if (!errors.ContainsKey("publishedAt") && !string.IsNullOrWhiteSpace(request.PublishedAt))
            published = PublishedAt(errors, request.PublishedAt);

        Uri? url = null;
        if (!errors.ContainsKey("url") && request.Url is { Length: > 0 } given)
        {
            if (!Uri.TryCreate(given.Trim(), UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                errors["url"] = [$"'{Text.Printable(given)}' is not an absolute http or https address."];
                url = null;
            }
        }

        if (errors.Count > 0)
            return (null, new SubmissionOutcome.Invalid(errors));

        var text = request.Text;
        var title = request.Title;
        if (hasHtml)
        {
            switch (await HtmlBudget.ReadAsync(request.Html!, cancellationToken))
            {
                case HtmlBudget.Outcome.TooLarge large:
                    return (null, new SubmissionOutcome.TooLarge("html", large.Detail));
                case HtmlBudget.Outcome.Refused refused:
                    return (null, new SubmissionOutcome.Invalid(new Dictionary<string, string[]> { ["html"] = [refused.Detail] }));
                case HtmlBudget.Outcome.Busy busy:
                    return (null, new SubmissionOutcome.Busy(busy.Detail));
                case HtmlBudget.Outcome.Read { Article: var page }:
                    text = page.Text;
                    title ??= page.Title is { } t && t.Length > ArticleLimits.MaxTitle ? t[..ArticleLimits.MaxTitle] : page.Title;
                    if (published is null && page.PublishedAt is { } pageDate && InRange(pageDate))
                        published = pageDate;
                    if (language is null && page.Language is { } lang && LanguageProfile.Supported.Contains(lang))
                        language = lang;
                    break;
            }
            if (string.IsNullOrWhiteSpace(text))
                return (null, new SubmissionOutcome.Invalid(new Dictionary<string, string[]> { ["html"] = ["The page holds no readable text."] }));
            if (text.Length > ArticleSubmitted.MaxTextLength)
                return (null, new SubmissionOutcome.TooLarge("html", $"The page's text has {text.Length:N0} characters; at most {ArticleSubmitted.MaxTextLength:N0} are accepted."));
        }

        var now = clock.GetUtcNow();
        var source = request.Source?.Trim() is { Length: > 0 } s ? s : url?.Host;
        var article = new ArticleDocument
        {
            Id = Guid.CreateVersion7(now),
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text!.Trim()))),
            Text = text,
            Title = title?.Trim(),
            Url = url?.AbsoluteUri,
            Source = source,
            Language = language,
            PublishedAt = published,
            SubmittedAt = now,
            Submissions = [new ArticleSubmission(source, url?.AbsoluteUri, title?.Trim(), published, now)],
            SubmissionCount = 1,
        };
        return (article, null);
    }

    private DateOnly? PublishedAt(Dictionary<string, string[]> errors, string value)
    {
        DateOnly? date;
        try
        {
            date = Timeline.Extraction.Dates.PublicationDate.Parse(value);
        }
        catch (ArgumentException)
        {
            date = null;
        }
        if (date is null)
        {
            errors["publishedAt"] = [$"'{Text.Printable(value)}' is not a date; use YYYY-MM-DD or an ISO 8601 timestamp."];
            return null;
        }
        if (!InRange(date.Value))
        {
            errors["publishedAt"] = [$"{date:yyyy-MM-dd} is outside the dates taken: from {ArticleSubmitted.EarliestPublishedAt:yyyy-MM-dd} to " +
                $"{ArticleSubmitted.LatestPublishedAt(clock.GetUtcNow()):yyyy-MM-dd} (a year from today)."];
            return null;
        }
        return date;
    }

    private bool InRange(DateOnly date) => date >= ArticleSubmitted.EarliestPublishedAt && date <= ArticleSubmitted.LatestPublishedAt(clock.GetUtcNow());

    private static void CheckText(Dictionary<string, string[]> errors, string field, string? value, int max, bool lineBreaks)
    {
        if (value is null)
            return;
        if (value.Length > max)
            errors[field] = [$"'{field}' has {value.Length:N0} characters; at most {max:N0} are accepted."];
        else if (Text.HasControlCharacters(value, lineBreaks))
            errors[field] = [$"'{field}' holds a control character (such as NUL); send printable text{(lineBreaks ? " (line breaks and tabs are fine)" : "")}."];
    }
}
