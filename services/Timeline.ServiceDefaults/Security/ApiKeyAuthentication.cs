using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Timeline.ServiceDefaults.Security;

/// <summary>
/// Reads the X-Api-Key header and compares it with every configured key in constant time: the comparison looks
/// at all keys and all bytes whatever matches, so its duration says nothing about how close a guess was.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> schemes, ILoggerFactory logger, UrlEncoder encoder,
    IOptionsMonitor<SecurityOptions> security, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemes, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string KeyIdClaim = "timeline:key-id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (values.Count > 1)
            return Task.FromResult(AuthenticateResult.Fail($"Send one {HeaderName} header, not {values.Count}."));
        var given = values[0]!;
        var match = Match(given, security.CurrentValue.Keys());
        if (match is null)
            return Task.FromResult(AuthenticateResult.Fail($"The {HeaderName} header does not hold a key this server accepts."));
        var identity = new ClaimsIdentity([new Claim(KeyIdClaim, SecurityOptions.KeyId(match))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>The configured key equal to the given one, or null; hashes first so that every comparison is of equal length.</summary>
    public static string? Match(string given, IReadOnlyList<string> keys)
    {
        var givenHash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        string? found = null;
        foreach (var key in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(givenHash, SHA256.HashData(Encoding.UTF8.GetBytes(key))))
                found = key;
        }
        return found;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await Context.AuthenticateAsync(SchemeName);
        var configured = security.CurrentValue.Keys().Count > 0;
        var detail = result.Failure?.Message ?? (configured
            ? $"Send an API key in the {HeaderName} header."
            : "No API key is configured on this server, so nothing that needs one is accepted. Set Timeline__ApiKey.");
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "An API key is required.", Detail = detail },
        });
    }
}
