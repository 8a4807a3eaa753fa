using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Timeline.Contracts;
using Timeline.ServiceDefaults;
using Timeline.ServiceDefaults.Security;

namespace Articles.Api.Articles;

public static class ArticlesEndpoints
{
    public const int MaxBatch = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");

        group.MapPost("", Submit)
            .WithName("SubmitArticle")
            .WithSummary("Add an article")
            .WithDescription("Stores the article, then announces it for extraction. Answers 202 with the article's id and a Location " +
                "once it is stored. The same text submitted again answers 200 with the earlier article's id and its first submission; " +
                $"the new source and date are recorded beside it. Needs an API key. Fields are capped: text {ArticleSubmitted.MaxTextLength:N0} characters, " +
                $"html {HtmlBudget.MaxBytes:N0} bytes and {HtmlBudget.MaxDepth} levels of nesting, title {ArticleLimits.MaxTitle:N0}, " +
                $"source {ArticleLimits.MaxSource}, url {ArticleLimits.MaxUrl:N0} (http or https). publishedAt runs from 1800-01-01 to a year from today.")
            .Accepts<SubmitArticleRequest>("application/json")
            .Produces<ArticleAccepted>(StatusCodes.Status202Accepted)
            .Produces<ArticleAccepted>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithBodyLimit(ArticleLimits.SingleBodyBytes)
            .RequireWriteKey();

        group.MapPost("/batch", SubmitBatch)
            .WithName("SubmitArticles")
            .WithSummary("Add many articles at once")
            .WithDescription($"Takes a JSON array of up to {MaxBatch} articles ({ArticleLimits.BatchBodyBytes / (1024 * 1024)} MB in all) and answers, " +
                "item by item, which were accepted and why others were not. Needs an API key.")
            .Produces<BatchResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithBodyLimit(ArticleLimits.BatchBodyBytes)
            .RequireWriteKey();

        group.MapPost("/{id:guid}/redrive", Redrive)
            .WithName("RedriveArticle")
            .WithSummary("Send an article to extraction again")
            .WithDescription("For an article that failed, or that seems stuck: puts it back to 'submitted' and announces it again. " +
                "Extraction is idempotent, so an article already read is not read twice. Needs an API key.")
            .Produces<ArticleAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireWriteKey();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetArticle")
            .WithSummary("An article with its processing status and the events extracted from it")
            .Produces<ArticleView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/events", GetEvents)
            .WithName("GetArticleEvents")
            .WithSummary("The events extracted from an article")
            .Produces<IReadOnlyList<ExtractedEvent>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("", List)
            .WithName("ListArticles")
            .WithSummary("The most recently submitted articles")
            .Produces<IReadOnlyList<ArticleView>>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> Submit([FromBody] SubmitArticleRequest? request, ArticleSubmissions submissions, CancellationToken ct)
    {
        var outcome = await submissions.SubmitAsync(request, ct);
        return outcome switch
        {
            SubmissionOutcome.Accepted { Duplicate: false } a => TypedResults.Accepted($"/api/articles/{a.Id}", new ArticleAccepted(a.Id, ArticleStatus.Submitted, false)),
            SubmissionOutcome.Accepted a => new LocatedOk(new ArticleAccepted(a.Id, "duplicate", true, a.First), $"/api/articles/{a.Id}"),
            SubmissionOutcome.Invalid i => TypedResults.ValidationProblem(i.Errors, title: "The article was not accepted."),
            SubmissionOutcome.TooLarge t => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [t.Field] = [t.Detail] })
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The article is too large.",
                Detail = t.Detail,
            }),
            SubmissionOutcome.Busy b => Busy(b.Detail),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
        };
    }

    private static IResult Busy(string detail) => new RetryLater(TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is busy."));

    private static async Task<IResult> SubmitBatch([FromBody] List<SubmitArticleRequest?>? requests, ArticleSubmissions submissions, CancellationToken ct)
    {
        if (requests is null || requests.Count == 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A non-empty JSON array of articles is required."] });
        if (requests.Count > MaxBatch)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"{requests.Count} articles sent; at most {MaxBatch} per batch."] });

        var items = new List<BatchItemResult>();
        for (var i = 0; i < requests.Count; i++)
        {
            var outcome = await submissions.SubmitAsync(requests[i], ct);
            items.Add(outcome switch
            {
                SubmissionOutcome.Accepted a => new BatchItemResult(i, a.Duplicate ? 200 : 202, a.Id, a.Duplicate, null, a.First),
                SubmissionOutcome.Invalid v => new BatchItemResult(i, 400, null, false, string.Join(" ", v.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))),
                SubmissionOutcome.TooLarge t => new BatchItemResult(i, 413, null, false, $"{t.Field}: {t.Detail}"),
                SubmissionOutcome.Busy b => new BatchItemResult(i, 503, null, false, b.Detail),
                _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
            });
        }
        return TypedResults.Ok(new BatchResult(items.Count(i => i.Status == 202), items.Count(i => i.Duplicate), items.Count(i => i.Id is null), items));
    }

    private static async Task<IResult> Redrive(Guid id, IArticleStore store, ArticleSubmissions submissions, CancellationToken ct)
    {
        if (!await store.ResetForRedriveAsync(id, ct) || await store.GetAsync(id, ct) is not { } article)
            return NotFound(id);
        await submissions.AnnounceAsync(article, ct);
        return TypedResults.Accepted($"/api/articles/{id}", new ArticleAccepted(id, article.Status, false));
    }

    private static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> Get(Guid id, IArticleStore store, CancellationToken ct, bool includeText = false)
    {
        var article = await store.GetAsync(id, ct);
        return article is null ? NotFound(id) : TypedResults.Ok(ArticleView.From(article, includeText));
    }

    private static async Task<Results<Ok<IReadOnlyList<ExtractedEvent>>, ProblemHttpResult>> GetEvents(Guid id, IArticleStore store, CancellationToken ct)
    {
        var article = await store.GetAsync(id, ct);
        return article is null ? NotFound(id) : TypedResults.Ok(ExtractionRecord.Events(article));
    }

    private static async Task<IResult> List(IArticleStore store, CancellationToken ct, string? status = null, int limit = 50)
    {
        if (limit is < 1 or > 500)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Use a limit from 1 to 500."] });
        if (status is not null and not (ArticleStatus.Submitted or ArticleStatus.Extracted or ArticleStatus.Failed))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"'{Text.Printable(status)}' is not a status; use submitted, extracted or failed."] });
        var articles = await store.ListAsync(status, limit, ct);
        return TypedResults.Ok(articles.Select(a => ArticleView.From(a, includeText: false)).ToList());
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"No article has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Article not found.");

    /// <summary>200 with a Location header: the resource already existed.</summary>
    private sealed class LocatedOk(object value, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return TypedResults.Ok(value).ExecuteAsync(httpContext);
        }
    }

    /// <summary>A 503 that says when to come back.</summary>
    private sealed class RetryLater(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "2";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
