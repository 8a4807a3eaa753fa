using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Timeline.IntegrationTests.Faults;

/// <summary>
/// A TCP relay between the services and the MongoDB-wire server that can cut every connection and refuse new ones
/// for a while: the database unreachable, as a network partition or a server restart makes it.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> open = new();
    private readonly CancellationTokenSource stop = new();
    private volatile bool down;

    public FaultProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Closes every connection at once and refuses new ones for the given time.</summary>
    public async Task CutAsync(TimeSpan outage)
    {
        down = true;
        foreach (var client in open.Keys)
            client.Close();
        await Task.Delay(outage);
        down = false;
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient downstream;
            try
            {
                downstream = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            if (down)
            {
                downstream.Close();
                continue;
            }
            _ = RelayAsync(downstream);
        }
    }

    private async Task RelayAsync(TcpClient downstream)
    {
        using var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(targetHost, targetPort, stop.Token);
            open.TryAdd(downstream, 0);
            open.TryAdd(upstream, 0);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            var a = downstream.GetStream().CopyToAsync(upstream.GetStream(), linked.Token);
            var b = upstream.GetStream().CopyToAsync(downstream.GetStream(), linked.Token);
            await Task.WhenAny(a, b);
            await linked.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // A cut, or either side went away: the relay ends with it.
        }
        finally
        {
            open.TryRemove(downstream, out _);
            open.TryRemove(upstream, out _);
            downstream.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        foreach (var client in open.Keys)
            client.Close();
    }
}

/// <summary>
/// The test RabbitMQ node that deploy/local/start-servers.sh started: stopped and started as an operator would, or
/// killed with SIGKILL and started again on the same data directory.
/// </summary>
public static class RabbitNode
{
    private static string Setting(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run ./test.sh, or source .local/servers.env after deploy/local/start-servers.sh.");

    public static void StopApp() => Ctl("stop_app");

    public static void StartApp() => Ctl("start_app");

    /// <summary>SIGKILL to the node's Erlang VM, then the node started again from its own files, and awaited (at most 90 s).</summary>
    public static async Task KillAndRestartAsync()
    {
        var pid = int.Parse(Ctl("eval", "list_to_integer(os:getpid()).").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using (var beam = Process.GetProcessById(pid))
        {
            beam.Kill();
            beam.WaitForExit(30_000);
        }
        var dir = Setting("TIMELINE_RABBITMQ_DIR");
        var start = new ProcessStartInfo("/usr/sbin/rabbitmq-server", ["-detached"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["RABBITMQ_NODENAME"] = Setting("TIMELINE_RABBITMQ_NODE");
        start.Environment["RABBITMQ_DIST_PORT"] = Setting("TIMELINE_RABBITMQ_DIST_PORT");
        start.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(dir, "mnesia");
        start.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(dir, "log");
        start.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dir, "enabled_plugins");
        start.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(dir, "rabbitmq.conf");
        using (var server = Process.Start(start)!)
            await server.WaitForExitAsync();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                Ctl("await_startup");
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000);
            }
        }
    }

    /// <summary>True when no queue whose name starts with the prefix holds a message, delivered or not.</summary>
    public static bool QueuesIdle(string prefix) =>
        Ctl("list_queues", "name", "messages", "messages_unacknowledged")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length == 3 && cells[0].StartsWith(prefix, StringComparison.Ordinal))
            .All(cells => cells[1] == "0" && cells[2] == "0");

    private static string Ctl(params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/sbin/rabbitmqctl", ["-q", "-n", Setting("TIMELINE_RABBITMQ_NODE"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000) || process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {error.Result}");
        return output.Result;
    }
}
