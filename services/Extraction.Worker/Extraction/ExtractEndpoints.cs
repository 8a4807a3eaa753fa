using Microsoft.AspNetCore.Mvc;
using Timeline.Contracts;
using Timeline.Extraction;
using Timeline.Extraction.Language;
using Timeline.Mapping;
using Timeline.ServiceDefaults;
using Timeline.ServiceDefaults.Security;

namespace Extraction.Worker.Extraction;

/// <summary>A text to read without storing anything.</summary>
public sealed record ExtractRequest
{
    /// <example>Das dritte und letzte Treffen dieser Woche ist am Donnerstag in Wien geplant.</example>
    public string? Text { get; init; }

    /// <example>de</example>
    public string? Language { get; init; }

    /// <summary>The document date, YYYY-MM-DD, from 1800-01-01 to a year from today; leave out to infer it.</summary>
    /// <example>2022-01-12</example>
    public DateOnly? PublishedAt { get; init; }
}

public static class ExtractEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract)
            .WithTags("Extraction")
            .WithName("ExtractDryRun")
            .WithSummary("Read a text's dates and events without storing anything")
            .WithDescription("A dry run of the extractor. With explain=true each event carries the rules and cues that produced it. " +
                "It costs processor time as a submission does, so it needs an API key and shares the submissions' rate limit.")
            .Produces<ExtractionReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithBodyLimit(2 * 1024 * 1024)
            .RequireWriteKey();
    }

    private static IResult Extract([FromBody] ExtractRequest? request, TimeProvider clock, bool explain = false)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Text))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Give the text to read."] });
        if (request.Text.Length > ArticleSubmitted.MaxTextLength)
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["text"] = [$"At most {ArticleSubmitted.MaxTextLength:N0} characters."] })
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The text is too large.",
            });
        if (Text.HasControlCharacters(request.Text, allowLineBreaks: true))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["'text' holds a control character (such as NUL); send printable text."] });
        if (request.Language is { Length: > 0 } lang && !LanguageProfile.Supported.Contains(lang))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [$"'{Text.Printable(lang)}' is not supported; use {string.Join(" or ", LanguageProfile.Supported)}."] });
        var now = clock.GetUtcNow();
        if (request.PublishedAt is { } published && (published < ArticleSubmitted.EarliestPublishedAt || published > ArticleSubmitted.LatestPublishedAt(now)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["publishedAt"] = [$"{published:yyyy-MM-dd} is outside the dates taken: " +
                $"from {ArticleSubmitted.EarliestPublishedAt:yyyy-MM-dd} to {ArticleSubmitted.LatestPublishedAt(now):yyyy-MM-dd} (a year from today)."] });

        try
        {
            return Read(request, explain);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TypedResults.Problem($"The extractor could not read this text: {e.Message}", statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The text could not be read.");
        }
    }

    private static IResult Read(ExtractRequest request, bool explain)
    {
        var result = ArticleExtractor.Extract(request.Text!, request.Language is { Length: > 0 } ? request.Language : null, request.PublishedAt);
        return TypedResults.Ok(EventMapping.Report(result, explain));
    }
}
