using Articles.Api.Articles;
using Articles.Api.Messaging;
using MassTransit;
using Timeline.ServiceDefaults;

namespace Articles.Api;

/// <summary>The Articles service as parts a host can assemble: its services, its consumers, its endpoints.</summary>
public static class ArticlesModule
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddScoped<ArticleSubmissions>();
        services.AddOptions<ArticleRepublishOptions>().BindConfiguration(ArticleRepublishOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<UnpublishedArticleSweeper>();
        return services;
    }

    public static IServiceCollection AddMongoArticleStore(this IServiceCollection services)
    {
        services.AddSingleton<IArticleStore, MongoArticleStore>();
        services.AddStartupWork<IArticleStore>((store, ct) => store.InitializeAsync(ct));
        return services;
    }

    public static IServiceCollection AddInMemoryArticleStore(this IServiceCollection services) =>
        services.AddSingleton<IArticleStore, InMemoryArticleStore>();

    public static IBusRegistrationConfigurator AddArticlesConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ArticleStatusConsumer>();
        bus.AddConsumer<ExtractionFailedConsumer>();
        bus.AddConsumer<ExtractionFaultConsumer>();
        return bus;
    }

    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        ArticlesEndpoints.Map(app);
        return app;
    }
}
