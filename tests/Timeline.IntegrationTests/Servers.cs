using System.Net.Sockets;
using MongoDB.Driver;
using Timeline.ServiceDefaults;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Timeline.IntegrationTests;

/// <summary>
/// The real servers the tests talk to, from ConnectionStrings__RabbitMq and ConnectionStrings__Mongo. A test that
/// cannot reach one fails, naming the server and how to start it.
/// </summary>
public static class Servers
{
    private const string HowToStart = "Run ./test.sh, which starts both; or start them with deploy/local/start-servers.sh and 'source .local/servers.env'.";

    public static string RabbitMq => Require("ConnectionStrings__RabbitMq", "RabbitMQ");
    public static string Mongo => Require("ConnectionStrings__Mongo", "a MongoDB-wire server");

    private static string Require(string variable, string server)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"{variable} is not set, so {server} cannot be reached. {HowToStart}");
        var uri = new Uri(value.Split(',')[0].Replace("mongodb://", "tcp://", StringComparison.Ordinal).Replace("amqp://", "tcp://", StringComparison.Ordinal));
        try
        {
            using var tcp = new TcpClient();
            tcp.Connect(uri.Host, uri.Port);
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException($"{server} does not answer at {uri.Host}:{uri.Port} ({e.SocketErrorCode}). {HowToStart}");
        }
        return value;
    }

    /// <summary>A database of its own for one test: the test server cannot drop databases, so none is reused.</summary>
    public static IMongoDatabase FreshDatabase(string purpose)
    {
        MongoExtensions.ConfigureSerialization();
        var name = $"{purpose}-{Guid.NewGuid():N}"[..40];
        return new MongoClient(Mongo).GetDatabase(name);
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The all-in-one host as a process on a loopback port, with extra command-line settings.</summary>
    public static System.Diagnostics.Process StartStandalone(int port, params string[] settings)
    {
        var dll = Path.Combine(Timeline.Tests.TestPaths.RepositoryRoot, "services", "Timeline.Standalone", "bin", Timeline.Tests.TestPaths.Configuration, "net10.0", "Timeline.Standalone.dll");
        return System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", .. settings])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
    }

    public static string MongoWithDatabase(string database)
    {
        var url = new MongoUrlBuilder(Mongo) { DatabaseName = database };
        return url.ToString();
    }
}
