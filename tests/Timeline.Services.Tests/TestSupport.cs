using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Timeline.Services.Tests;

/// <summary>
/// Runs a service's real Program with its stores swapped for in-memory ones and its RabbitMQ bus swapped for
/// MassTransit's test harness (in-memory transport, with every published and consumed message recorded).
/// </summary>
public sealed class ServiceFactory<TProgram>(Action<IServiceCollection> swapStores) : WebApplicationFactory<TProgram> where TProgram : class
{
    /// <summary>The key the test host accepts; <see cref="CreateKeyedClient"/> sends it.</summary>
    public const string Key = "test-key-for-services";

    /// <summary>Settings beside the key (limits, closed reads) a test class wants.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Timeline:ApiKey", Key);
        builder.UseSetting("Timeline:RateLimit:PermitsPerSecond", "10000");
        builder.UseSetting("Timeline:RateLimit:Burst", "10000");
        foreach (var (name, value) in Settings)
            builder.UseSetting(name, value);
        builder.ConfigureTestServices(services =>
        {
            swapStores(services);
            services.AddMassTransitTestHarness();
        });
    }

    /// <summary>A client that sends the test key with every request.</summary>
    public HttpClient CreateKeyedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    public static void Replace<TService, TImplementation>(IServiceCollection services)
        where TService : class where TImplementation : class, TService
    {
        services.RemoveAll<TService>();
        services.AddSingleton<TService, TImplementation>();
    }
}

public static class Eventually
{
    /// <summary>Polls until the probe returns a value, or fails after the deadline saying what it last saw.</summary>
    public static async Task<T> Get<T>(Func<Task<(bool Done, T Value, string Seen)>> probe, TimeSpan? timeout = null, string what = "condition")
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var seen = "nothing yet";
        while (DateTime.UtcNow < deadline)
        {
            var (done, value, description) = await probe();
            seen = description;
            if (done)
                return value;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}. Last seen: {seen}");
    }
}

public static class Json
{
    public static async Task<JsonElement> Read(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string url, string body) =>
        client.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostObject(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, JsonSerializerOptions.Web);
}
