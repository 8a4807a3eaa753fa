using Extraction.Worker.Extraction;
using MassTransit;

namespace Extraction.Worker;

/// <summary>The extraction service as parts a host can assemble.</summary>
public static class WorkerModule
{
    public static IServiceCollection AddExtraction(this IServiceCollection services) => services;

    public static IServiceCollection AddMongoExtractionStore(this IServiceCollection services)
    {
        services.AddSingleton<IExtractionStore, MongoExtractionStore>();
        services.AddHostedService(sp => new StoreInitializer(sp.GetRequiredService<IExtractionStore>()));
        return services;
    }

    public static IServiceCollection AddInMemoryExtractionStore(this IServiceCollection services) =>
        services.AddSingleton<IExtractionStore, InMemoryExtractionStore>();

    public static IBusRegistrationConfigurator AddExtractionConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ExtractionConsumer, ExtractionConsumerDefinition>();
        return bus;
    }

    public static IEndpointRouteBuilder MapExtraction(this IEndpointRouteBuilder app)
    {
        ExtractEndpoints.Map(app);
        return app;
    }

    private sealed class StoreInitializer(IExtractionStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
