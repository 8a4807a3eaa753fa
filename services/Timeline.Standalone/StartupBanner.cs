using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Timeline.ServiceDefaults.Security;

namespace Timeline.Standalone;

internal static class StartupBanner
{
    /// <summary>
    /// Says where Timeline runs and which key writes need. In Development on standard output beside the readable log;
    /// elsewhere on standard error, so that standard output holds only JSON log lines.
    /// </summary>
    public static void Print(WebApplication app, string? generatedKey)
    {
        var output = app.Environment.IsDevelopment() ? Console.Out : Console.Error;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        output.WriteLine();
        output.WriteLine($"Timeline is running (all in one process, in memory: nothing is kept after exit).");
        output.WriteLine($"  Timeline page:  {address}/");
        output.WriteLine($"  Swagger UI:     {address}/swagger");
        output.WriteLine($"  Timeline JSON:  {address}/api/timeline");
        output.WriteLine(generatedKey is null
            ? $"  API key:        the one configured in Timeline:ApiKey (send it as {ApiKeyAuthenticationHandler.HeaderName})"
            : $"  API key:        {generatedKey}  (for this run; send it as {ApiKeyAuthenticationHandler.HeaderName}; set Timeline__ApiKey to choose one)");
        output.WriteLine("Press Ctrl+C to stop.");
        output.WriteLine();
    }
}
