using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Timeline.ServiceDefaults.Security;

/// <summary>The rate limit of the endpoints that take work in: a token bucket per API key, or per client address without one.</summary>
public static class IngestionRateLimit
{
    public const string PolicyName = "ingestion";

    public static IServiceCollection AddIngestionRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(PolicyName, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue.RateLimit;
                var partition = context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value is { } keyId
                    ? "key:" + keyId
                    : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                var context = rejected.HttpContext;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"This key or address has used its share of submissions for now; try again in {retryAfter} s.",
                    },
                });
            };
        });
}
