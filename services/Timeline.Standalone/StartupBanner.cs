using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Timeline.Standalone;

internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"Timeline is running (all in one process, in memory: nothing is kept after exit).");
        Console.WriteLine($"  Timeline page:  {address}/");
        Console.WriteLine($"  Swagger UI:     {address}/swagger");
        Console.WriteLine($"  Timeline JSON:  {address}/api/timeline");
        Console.WriteLine("Press Ctrl+C to stop.");
        Console.WriteLine();
    }
}
