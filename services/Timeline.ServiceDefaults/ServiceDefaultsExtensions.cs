using System.Text.Json.Serialization;
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
using Microsoft.OpenApi;

namespace Timeline.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Structured (JSON) logs unless Logging:Format is "simple", ProblemDetails for every error, health checks, OpenAPI, and the service's
    /// default port when neither --urls nor ASPNETCORE_URLS names one.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName, int defaultPort, bool jsonLogs = true)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"])
            && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls($"http://localhost:{defaultPort}");

        var format = builder.Configuration["Logging:Format"];
        if (format == "json" || (format is null && jsonLogs && !builder.Environment.IsDevelopment()))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                o.UseUtcTimestamp = true;
            });
        }
        builder.Logging.AddFilter("MassTransit", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["service"] = serviceName);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddHealthChecks();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = serviceName,
                Version = "v1",
                Description = "Timeline turns news articles into one dated, de-duplicated timeline of diplomatic events.",
            });
            o.SupportNonNullableReferenceTypes();
            o.CustomSchemaIds(t => t.FullName?.Replace('+', '.'));
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.xml"))
                o.IncludeXmlComments(xml);
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Error handling, Swagger UI at /swagger, and /health/live and /health/ready.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "Timeline API");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.Write })
            .WithTags("Health").WithSummary("The process is up.");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.Write })
            .WithTags("Health").WithSummary("RabbitMQ and MongoDB answer.");
        return app;
    }
}
