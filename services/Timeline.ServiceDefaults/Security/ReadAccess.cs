using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.ServiceDefaults.Security;

/// <summary>Reads are open unless Timeline:RequireKeyForReads is true; then, as writes, they need a key.</summary>
public sealed class ReadRequirement : IAuthorizationRequirement;

internal sealed class ReadRequirementHandler(IOptionsMonitor<SecurityOptions> options) : AuthorizationHandler<ReadRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadRequirement requirement)
    {
        if (!options.CurrentValue.RequireKeyForReads || context.User.Identity?.IsAuthenticated == true)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Shows the key requirement on every operation that needs one, so Swagger UI's Authorize button applies it.</summary>
internal sealed class ApiKeyOperationFilter(IOptions<SecurityOptions> options) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var write = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == ServiceDefaultsExtensions.WritePolicy);
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (anonymous || (!write && !options.Value.RequireKeyForReads))
            return;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
        });
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No API key, or one this server does not accept (ProblemDetails)." });
        if (write)
            operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many requests for this key; see Retry-After (ProblemDetails)." });
    }
}
