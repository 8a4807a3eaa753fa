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

    private static (string? Field, string Detail) DescribeJson(JsonException json)
    {
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : null;
        var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
        var converted = Conversion().Match(json.Message);
        if (converted.Success && field is { Length: > 0 })
            return (field, $"'{field}' must be {Kind(converted.Groups["type"].Value)}{where}.");
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
            message = message[..cut];
        return (field is { Length: > 0 } ? field : "body", $"The body is not valid JSON{where}: {Scrub(message).TrimEnd('.')}.");
    }

    /// <summary>What a value of a .NET type is called in this API.</summary>
    private static string Kind(string type)
    {
        var name = type.TrimEnd('?').Split('.')[^1].Split('`')[0];
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
