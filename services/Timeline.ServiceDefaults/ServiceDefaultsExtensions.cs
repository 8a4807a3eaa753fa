using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Timeline.ServiceDefaults.Security;

namespace Timeline.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>Log timestamps: ISO 8601, UTC, to the millisecond.</summary>
    public const string IsoTimestamp = "yyyy-MM-ddTHH:mm:ss.fffZ";

    /// <summary>Endpoints that change state or take work in: an API key is always needed.</summary>
    public const string WritePolicy = "write";

    /// <summary>Everything else: open unless Timeline:RequireKeyForReads is set.</summary>
    public const string ReadPolicy = "read";

    /// <summary>
    /// Structured (JSON) logs outside Development unless Logging:Format says "simple" (and readable single lines in
    /// Development unless it says "json"), timestamps in ISO 8601 UTC either way; ProblemDetails for every error, API
    /// keys, limits and security headers, health checks, OpenAPI, and the service's default port when neither --urls
    /// nor ASPNETCORE_URLS names one.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName, int defaultPort)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"])
            && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls($"http://localhost:{defaultPort}");
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            // Endpoints raise this for themselves (see BodyLimit); a long request line gets a ProblemDetails from
            // RequestGuards below Kestrel's own limit, which answers without a body.
            o.Limits.MaxRequestBodySize = RequestGuards.DefaultBodyLimit;
            o.Limits.MaxRequestLineSize = 32 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });

        var format = builder.Configuration["Logging:Format"];
        builder.Logging.ClearProviders();
        if (format == "json" || (format != "simple" && !builder.Environment.IsDevelopment()))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = IsoTimestamp;
                o.UseUtcTimestamp = true;
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = IsoTimestamp + " ";
                o.UseUtcTimestamp = true;
            });
        }
        builder.Logging.AddFilter("MassTransit", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["service"] = serviceName;
            // An endpoint that reads JSON answers another content type with a bare 415: say which types it takes.
            if (ctx.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && ctx.ProblemDetails.Detail is null)
            {
                var reason = BadRequestExceptionHandler.UnsupportedMediaType(ctx.HttpContext);
                ctx.ProblemDetails.Detail = reason;
                ctx.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = [reason] };
            }
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<UnavailableExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddSecurity();
        builder.Services.AddHealthChecks();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = serviceName,
                Version = "v1",
                Description = "Timeline turns news articles into one dated, de-duplicated timeline of diplomatic events. " +
                    $"Writes need an API key in the {ApiKeyAuthenticationHandler.HeaderName} header; reads are open unless the operator closed them.",
            });
            o.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key from the server's Timeline:ApiKey setting (the all-in-one host prints one when it starts).",
            });
            o.OperationFilter<ApiKeyOperationFilter>();
            o.SupportNonNullableReferenceTypes();
            o.CustomSchemaIds(t => t.FullName?.Replace('+', '.'));
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.xml"))
                o.IncludeXmlComments(xml);
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    private static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(o => o.RateLimit is { PermitsPerSecond: >= 1, Burst: >= 1 }, "Timeline:RateLimit:PermitsPerSecond and Burst must be 1 or more.")
            .ValidateOnStart();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(WritePolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(ReadPolicy, p => p.AddRequirements(new ReadRequirement()))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ReadRequirement()).Build());
        services.AddSingleton<IAuthorizationHandler, ReadRequirementHandler>();
        services.AddIngestionRateLimit();
        return services;
    }

    /// <summary>Security headers, request guards, keys and rate limits, error handling, Swagger UI at /swagger, and /health/live and /health/ready.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.Use(SecurityHeaders.Add);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RequestGuards.CheckQuery);
        app.UseRouting();
        app.Use(RequestGuards.ApplyBodyLimit);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "Timeline API");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.Write })
            .WithTags("Health").WithSummary("The process is up.").AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.Write })
            .WithTags("Health").WithSummary("RabbitMQ and MongoDB answer.").AllowAnonymous();
        var security = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (security.Keys().Count == 0)
            app.Logger.LogWarning("No API key is configured (Timeline:ApiKey): every write is refused with 401 until one is.");
        return app;
    }

    /// <summary>Marks an endpoint as a write: it needs a key and is rate limited per key.</summary>
    public static TBuilder RequireWriteKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(WritePolicy);
        builder.RequireRateLimiting(IngestionRateLimit.PolicyName);
        return builder;
    }
}
