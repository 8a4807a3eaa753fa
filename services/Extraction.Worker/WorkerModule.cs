using Extraction.Worker.Extraction;
using MassTransit;
using Timeline.ServiceDefaults;

namespace Extraction.Worker;

/// <summary>The extraction service as parts a host can assemble.</summary>
public static class WorkerModule
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<ExtractionOutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ExtractionOutboxDispatcher>());
        return services;
    }

    public static IServiceCollection AddMongoExtractionStore(this IServiceCollection services)
    {
        services.AddSingleton<IExtractionStore, MongoExtractionStore>();
        services.AddStartupWork<IExtractionStore>((store, ct) => store.InitializeAsync(ct));
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
}
