using MassTransit;
using Timeline.Api.Messaging;
using Timeline.Api.Timeline;
using Timeline.ServiceDefaults;

namespace Timeline.Api;

/// <summary>The Timeline service as parts a host can assemble.</summary>
public static class TimelineModule
{
    public static IServiceCollection AddTimeline(this IServiceCollection services)
    {
        services.AddSingleton<TimelineChangeFeed>();
        services.AddScoped<TimelineProjector>();
        services.AddSingleton<Names>();
        services.AddScoped<FilterReader>();
        services.AddSingleton<TimelineOutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<TimelineOutboxDispatcher>());
        services.ConfigureSwaggerGen(o => o.OperationFilter<FilterParameterDescriptions>());
        return services;
    }

    public static IServiceCollection AddMongoTimelineStore(this IServiceCollection services)
    {
        services.AddSingleton<ITimelineStore, MongoTimelineStore>();
        services.AddStartupWork<ITimelineStore>((store, ct) => store.InitializeAsync(ct));
        return services;
    }

    public static IServiceCollection AddInMemoryTimelineStore(this IServiceCollection services) =>
        services.AddSingleton<ITimelineStore, InMemoryTimelineStore>();

    public static IBusRegistrationConfigurator AddTimelineConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<TimelineConsumer, TimelineConsumerDefinition>();
        return bus;
    }

    public static IEndpointRouteBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        TimelineEndpoints.Map(app);
        TimelinePageEndpoint.Map(app);
        AsyncApiDocument.Map(app);
        return app;
    }
}
