using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Timeline.ServiceDefaults;

public static class MongoExtensions
{
    public const string ConnectionName = "Mongo";
    public const string DefaultConnection = "mongodb://localhost:27017/timeline";
    private static int configured;

    /// <summary>Conventions every store relies on: Guids as standard UUIDs, camelCase fields, unknown fields ignored.</summary>
    public static void ConfigureSerialization()
    {
        if (Interlocked.Exchange(ref configured, 1) == 1)
            return;
        BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));
        BsonSerializer.TryRegisterSerializer(new DateTimeOffsetSerializer(BsonType.String));
        ConventionRegistry.Register("timeline", new ConventionPack
        {
            new CamelCaseElementNameConvention(),
            new IgnoreExtraElementsConvention(true),
            new EnumRepresentationConvention(BsonType.String),
        }, _ => true);
    }

    /// <summary>
    /// Registers the database named in ConnectionStrings:Mongo (its path names the database; "timeline" if none)
    /// and a readiness check that pings it.
    /// </summary>
    public static IServiceCollection AddMongo(this IServiceCollection services, IConfiguration configuration)
    {
        ConfigureSerialization();
        var connection = configuration.GetConnectionString(ConnectionName) ?? DefaultConnection;
        var url = MongoUrl.Create(connection);
        services.AddSingleton<IMongoClient>(_ => new MongoClient(MongoClientSettings.FromUrl(url)));
        services.AddSingleton(sp => sp.GetRequiredService<IMongoClient>().GetDatabase(url.DatabaseName ?? "timeline"));
        services.AddHealthChecks().AddCheck<MongoPingCheck>("mongo", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return services;
    }
}

internal sealed class MongoPingCheck(IMongoDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: timeout.Token);
            return HealthCheckResult.Healthy("MongoDB answers ping");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"MongoDB does not answer: {e.Message}");
        }
    }
}
