using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.ServiceDefaults;

public static class MessagingExtensions
{
    public const string ConnectionName = "RabbitMq";
    public const string DefaultConnection = "amqp://guest:guest@localhost:5672/";

    /// <summary>
    /// MassTransit on RabbitMQ from ConnectionStrings:RabbitMq (an amqp:// URI), or on the in-memory transport
    /// for the all-in-one host. Consumers retry with growing pauses and publish only once they succeed.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> registerConsumers, bool inMemory = false)
    {
        // Messaging:QueuePrefix names queues apart when several deployments share one broker;
        // Messaging:TemporaryQueues makes them vanish with their consumer (for test runs).
        var prefix = configuration["Messaging:QueuePrefix"];
        var temporary = configuration.GetValue<bool>("Messaging:TemporaryQueues");
        services.AddMassTransit(x =>
        {
            // No usage report leaves the process for MassTransit's servers.
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(string.IsNullOrWhiteSpace(prefix) ? null : prefix, false));
            x.AddConfigureEndpointsCallback((context, _, cfg) =>
            {
                // Only what can heal is left to fail here (the database, the broker): consumers turn permanent failures
                // into outcomes of their own. Eight retries with pauses growing from 0.2 s to 30 s ride out a restart of either.
                cfg.UseMessageRetry(r => r.Exponential(8, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
                cfg.UseInMemoryOutbox(context);
                if (temporary && cfg is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.AutoDelete = true;
                    rabbit.Durable = false;
                }
            });
            registerConsumers(x);
            x.ConfigureHealthCheckOptions(o =>
            {
                o.Name = inMemory ? "bus" : "rabbitmq";
                o.Tags.Add(ServiceDefaultsExtensions.ReadyTag);
            });
            if (inMemory)
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                return;
            }
            var uri = new Uri(configuration.GetConnectionString(ConnectionName) ?? DefaultConnection);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? (ushort)5672 : (ushort)uri.Port, VirtualHost(uri), h =>
                {
                    var (user, password) = Credentials(uri);
                    h.Username(user);
                    h.Password(password);
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        return services;
    }

    private static string VirtualHost(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }

    private static (string User, string Password) Credentials(Uri uri)
    {
        if (string.IsNullOrEmpty(uri.UserInfo))
            return ("guest", "guest");
        var parts = uri.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
    }
}
