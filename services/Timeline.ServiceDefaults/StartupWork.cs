using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Timeline.ServiceDefaults;

public static class StartupWorkExtensions
{
    /// <summary>Runs a piece of work (creating a store's indexes, say) once as the host starts, before it serves.</summary>
    public static IServiceCollection AddStartupWork<T>(this IServiceCollection services, Func<T, CancellationToken, Task> work) where T : notnull =>
        services.AddHostedService(sp => new StartupWork(ct => work(sp.GetRequiredService<T>(), ct)));

    private sealed class StartupWork(Func<CancellationToken, Task> work) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => work(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
