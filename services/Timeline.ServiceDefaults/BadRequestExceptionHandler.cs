using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Timeline.ServiceDefaults;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a wrong type, a missing or oversized body, a query
/// parameter of the wrong kind) into a ProblemDetails that names the field and says what was wrong, in the words of
/// the API (text, a date, a whole number) rather than those of .NET.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        var (field, detail) = Describe(context, bad);
        context.Response.StatusCode = bad.StatusCode;
        var problem = field is null
            ? new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = detail }
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = detail,
            };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    internal static (string? Field, string Detail) Describe(HttpContext context, BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return ("body", limit is { } bytes
                ? $"The request body is larger than the {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes this endpoint takes."
                : "The request body is larger than this endpoint takes.");
        }
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return ("Content-Type", UnsupportedMediaType(context));
        if (bad.InnerException is JsonException json)
            return DescribeJson(json);
        var binding = BindingFailure().Match(bad.Message);
        if (binding.Success)
        {
            var name = binding.Groups["name"].Value;
            return (name, $"'{name}' must be {Kind(binding.Groups["type"].Value)}; '{Security.Text.Printable(binding.Groups["value"].Value)}' is not.");
        }
        if (bad.Message.Contains("from body", StringComparison.Ordinal) || bad.Message.Contains("request body", StringComparison.Ordinal))
            return ("body", "A JSON body is required.");
        return (null, Scrub(bad.Message));
    }

    /// <summary>Why a body of another kind than JSON is refused, and which kinds are taken.</summary>
    internal static string UnsupportedMediaType(HttpContext context)
    {
        var sent = context.Request.ContentType is { Length: > 0 } type ? $"'{Security.Text.Printable(type)}' is not taken" : "none was given";
        return $"The body must be JSON, sent with 'Content-Type: application/json' (a media type ending in '+json' is taken too); {sent}.";
    }

    private static (string? Field, string Detail) DescribeJson(JsonException json)
    {
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : null;
        var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
        // A string that holds half of a surrogate pair (\ud800 alone) is refused by the reader as a string it cannot convert:
        // it is a string, only not one of Unicode text.
        if (Causes(json).Any(e => e.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("invalid UTF-16", StringComparison.OrdinalIgnoreCase)))
            return (field is { Length: > 0 } ? field : "body", $"{(field is { Length: > 0 } ? $"'{field}'" : "The body")} is not valid Unicode text{where}: it holds half of a surrogate pair (such as \\ud800) without the other half.");
        var converted = Conversion().Match(json.Message);
        if (converted.Success && field is { Length: > 0 })
            return (field, $"'{field}' must be {Kind(converted.Groups["type"].Value)}{where}.");
        if (converted.Success)
            return ("body", $"The body must be {Kind(converted.Groups["type"].Value)}{where}.");
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
            message = message[..cut];
        // JSON that does not parse is a fault of the body, wherever the reader was when it stopped (inside 'text', say).
        var inside = field is { Length: > 0 } ? $", inside '{field}'" : "";
        return ("body", $"The body is not valid JSON{where}{inside}: {Scrub(message).TrimEnd('.')}.");
    }

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? at = e; at is not null; at = at.InnerException)
            yield return at;
    }

    /// <summary>What a value of a .NET type is called in this API.</summary>
    private static string Kind(string type)
    {
        // A list names what it holds in brackets (List`1[Articles.Api.Articles.SubmitArticleRequest]); an array ends in [].
        var bracket = type.IndexOf('[', StringComparison.Ordinal);
        var outer = bracket < 0 ? type : type[..bracket];
        if (type.EndsWith("[]", StringComparison.Ordinal) || outer.Contains("List", StringComparison.Ordinal) || outer.Contains("Enumerable", StringComparison.Ordinal))
        {
            var item = bracket < 0 ? "" : type[(bracket + 1)..].TrimEnd(']', '[');
            return item.Contains("Article", StringComparison.Ordinal) ? "a JSON array of articles ([{\"text\": \"...\"}, ...])" : "a JSON array";
        }
        if (outer.Contains("Article", StringComparison.Ordinal) && outer.EndsWith("Request", StringComparison.Ordinal))
            return "a JSON object: one article ({\"text\": \"...\"})";
        var name = outer.TrimEnd('?').Split('.')[^1].Split('`')[0];
        return name switch
        {
            "String" or "string" => "a string (text in quotes)",
            "Int32" or "int" or "Int64" or "long" => "a whole number",
            "Double" or "double" or "Decimal" or "decimal" => "a number",
            "Boolean" or "bool" => "true or false",
            "Guid" => "an id (a UUID)",
            "DateOnly" => "a date (YYYY-MM-DD)",
            "DateTimeOffset" or "DateTime" => "a timestamp (ISO 8601)",
            "List" or "IReadOnlyList" or "IEnumerable" => "a list",
            _ => "an object",
        };
    }

    /// <summary>Leaves no .NET type name (Articles.Api.Articles.SubmitArticleRequest, System.String) in a message.</summary>
    private static string Scrub(string message) => TypeName().Replace(message, "value");

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"]+?) (?<name>\w+)" from "(?<value>.*)"\.?$""", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\], ]+?)\. ")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"\b(?:[A-Za-z_]\w*\.)+[A-Z]\w*(?:`\d+)?(?:\[[^\]]*\])?")]
    private static partial Regex TypeName();
}

/// <summary>A database or broker that does not answer is a 503 the client may retry, not a 500.</summary>
internal sealed class UnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTransient(exception) || context.Response.HasStarted)
            return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service cannot reach its database right now.",
                Detail = "Try again in a few seconds; sending the same article again is safe (it is answered as a duplicate if it was stored).",
            },
        });
    }

    public static bool IsTransient(Exception e) => e is MongoDB.Driver.MongoConnectionException or TimeoutException
        or MongoDB.Driver.MongoNotPrimaryException or MongoDB.Driver.MongoNodeIsRecoveringException
        || (e.InnerException is { } inner && IsTransient(inner));
}
