using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Timeline.ServiceDefaults;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a wrong type, a missing body) into a
/// 400 ProblemDetails that says what was wrong, instead of an empty 400.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        var detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = detail,
            },
        });
    }
}
