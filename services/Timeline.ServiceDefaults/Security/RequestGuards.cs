using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.ServiceDefaults.Security;

/// <summary>How large a request body an endpoint takes; endpoints without it take <see cref="RequestGuards.DefaultBodyLimit"/>.</summary>
public sealed record BodyLimit(long Bytes);

/// <summary>
/// Checks every request before any endpoint reads it: a query string of bounded length without control characters
/// (a NUL in a filter reaches the database driver and the calendar otherwise), and a body no larger than the
/// endpoint declares. Each refusal is a ProblemDetails that names what was wrong.
/// </summary>
public static class RequestGuards
{
    /// <summary>Longest query string taken (a filter's text is capped far below this, field by field).</summary>
    public const int MaxQueryLength = 4096;

    /// <summary>Body size of endpoints that declare none.</summary>
    public const long DefaultBodyLimit = 64 * 1024;

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));

    /// <summary>Query string checks; runs before routing.</summary>
    public static async Task CheckQuery(HttpContext context, RequestDelegate next)
    {
        var query = context.Request.QueryString.Value ?? "";
        if (query.Length > MaxQueryLength)
        {
            await Refuse(context, StatusCodes.Status414UriTooLong, "The query string is too long.",
                $"The query string has {query.Length:N0} characters; at most {MaxQueryLength:N0} are accepted.");
            return;
        }
        foreach (var (name, values) in context.Request.Query)
        {
            foreach (var value in values)
            {
                if (value is not null && Text.HasControlCharacters(value, allowLineBreaks: false))
                {
                    await Refuse(context, StatusCodes.Status400BadRequest, "The query is not valid.",
                        $"The parameter '{Text.Printable(name)}' holds a control character; send printable text.", Text.Printable(name));
                    return;
                }
            }
        }
        await next(context);
    }

    /// <summary>
    /// Applies the endpoint's body limit; runs after routing, so the endpoint is known. A body that declares its
    /// length is refused before a byte of it is read; one sent in chunks is cut off where it passes the limit.
    /// </summary>
    public static async Task ApplyBodyLimit(HttpContext context, RequestDelegate next)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? DefaultBodyLimit;
        if (context.Request.ContentLength > limit)
        {
            await Refuse(context, StatusCodes.Status413PayloadTooLarge, "The request is too large.",
                $"The request body has {context.Request.ContentLength:N0} bytes; this endpoint takes at most {limit:N0}.", "body");
            return;
        }
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
            feature.MaxRequestBodySize = limit;
        await next(context);
    }

    private static async Task Refuse(HttpContext context, int status, string title, string detail, string? field = null)
    {
        context.Response.StatusCode = status;
        var problem = field is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] }) { Status = status, Title = title, Detail = detail };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
