using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Timeline.Contracts;

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
                "once it is stored. The same text submitted again answers 200 with the earlier article's id.")
            .Accepts<SubmitArticleRequest>("application/json")
            .Produces<ArticleAccepted>(StatusCodes.Status202Accepted)
            .Produces<ArticleAccepted>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapPost("/batch", SubmitBatch)
            .WithName("SubmitArticles")
            .WithSummary("Add many articles at once")
            .WithDescription($"Takes a JSON array of up to {MaxBatch} articles and answers, item by item, which were accepted and why others were not.")
            .Produces<BatchResult>()
            .ProducesValidationProblem();

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
            .Produces<IReadOnlyList<ArticleView>>();
    }

    private static async Task<IResult> Submit([FromBody] SubmitArticleRequest? request, ArticleSubmissions submissions, CancellationToken ct)
    {
        var outcome = await submissions.SubmitAsync(request, ct);
        return outcome switch
        {
            SubmissionOutcome.Accepted { Duplicate: false } a => TypedResults.Accepted($"/api/articles/{a.Id}", new ArticleAccepted(a.Id, ArticleStatus.Submitted, false)),
            SubmissionOutcome.Accepted a => Duplicate(a.Id),
            SubmissionOutcome.Invalid i => TypedResults.ValidationProblem(i.Errors, title: "The article was not accepted."),
            SubmissionOutcome.TooLarge t => TypedResults.Problem(t.Detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The article is too large."),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
        };
    }

    private static IResult Duplicate(Guid id) => new LocatedOk(new ArticleAccepted(id, "duplicate", true), $"/api/articles/{id}");

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
                SubmissionOutcome.Accepted a => new BatchItemResult(i, a.Duplicate ? 200 : 202, a.Id, a.Duplicate, null),
                SubmissionOutcome.Invalid v => new BatchItemResult(i, 400, null, false, string.Join(" ", v.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))),
                SubmissionOutcome.TooLarge t => new BatchItemResult(i, 413, null, false, t.Detail),
                _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
            });
        }
        return TypedResults.Ok(new BatchResult(items.Count(i => i.Status == 202), items.Count(i => i.Duplicate), items.Count(i => i.Id is null), items));
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
}
