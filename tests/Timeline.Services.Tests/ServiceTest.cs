using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.Services.Tests;

/// <summary>A service's real Program on the test harness, with one store swapped for its in-memory twin.</summary>
public abstract class ServiceTest<TProgram, TStore, TInMemoryStore> : IAsyncLifetime
    where TProgram : class where TStore : class where TInMemoryStore : class, TStore
{
    protected ServiceFactory<TProgram> Factory { get; } = new(ServiceFactory<TProgram>.Replace<TStore, TInMemoryStore>);
    protected HttpClient Client { get; private set; } = null!;
    protected ITestHarness Harness { get; private set; } = null!;
    protected TStore Store => Factory.Services.GetRequiredService<TStore>();

    public async Task InitializeAsync()
    {
        Client = Factory.CreateKeyedClient();
        Harness = Factory.Services.GetTestHarness();
        await Harness.Start();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
