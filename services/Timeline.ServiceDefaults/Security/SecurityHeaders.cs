using Microsoft.AspNetCore.Http;

namespace Timeline.ServiceDefaults.Security;

/// <summary>
/// Headers on every response that keep a browser from misreading, framing or leaking what the services send. The
/// timeline page gets a policy that allows only its own scripts, styles and requests; Swagger UI, which styles
/// itself inline, a slightly wider one; every other response (JSON, CSV, calendars) none at all.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string PagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    public const string SwaggerPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers as the response starts, so that error responses written after a reset carry them too.</summary>
    public static Task Add(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            Write(context);
            return Task.CompletedTask;
        });
        return next();
    }

    private static void Write(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers.ContentSecurityPolicy = path == "/" || path.StartsWithSegments("/page") ? PagePolicy
            : path.StartsWithSegments("/swagger") ? SwaggerPolicy
            : ApiPolicy;
    }
}
