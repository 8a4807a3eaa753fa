using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Timeline.ServiceDefaults.Security;

namespace Timeline.Standalone;

internal static class StartupBanner
{
    public static void Print(WebApplication app, string? generatedKey)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"Timeline is running (all in one process, in memory: nothing is kept after exit).");
        Console.WriteLine($"  Timeline page:  {address}/");
        Console.WriteLine($"  Swagger UI:     {address}/swagger");
        Console.WriteLine($"  Timeline JSON:  {address}/api/timeline");
        Console.WriteLine(generatedKey is null
            ? $"  API key:        the one configured in Timeline:ApiKey (send it as {ApiKeyAuthenticationHandler.HeaderName})"
            : $"  API key:        {generatedKey}  (for this run; send it as {ApiKeyAuthenticationHandler.HeaderName}; set Timeline__ApiKey to choose one)");
        Console.WriteLine("Press Ctrl+C to stop.");
        Console.WriteLine();
    }
}
