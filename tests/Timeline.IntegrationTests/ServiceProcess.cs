using System.Diagnostics;
using System.Net;
using System.Text;
using Timeline.Tests;

namespace Timeline.IntegrationTests;

/// <summary>
/// One service as a real process (its built dll) on a fixed loopback port: started, killed with SIGKILL as a crash
/// would, and started again with the same settings, port and databases.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly StringBuilder output = new();
    private Process process = null!;

    public string Name { get; }
    public int Port { get; }
    public HttpClient Client { get; }
    public Process Current => process;

    private ServiceProcess(string name, IReadOnlyDictionary<string, string> environment, string key)
    {
        Name = name;
        this.environment = environment;
        Port = Servers.FreePort();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(10) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", key);
    }

    /// <summary>Starts the service and waits (at most 60 s) until it is ready.</summary>
    public static async Task<ServiceProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string key)
    {
        var service = new ServiceProcess(name, environment, key);
        await service.StartAsync();
        return service;
    }

    public async Task StartAsync()
    {
        var dll = Path.Combine(TestPaths.RepositoryRoot, "services", Name, "bin", TestPaths.Configuration, "net10.0", Name + ".dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is not built; build the solution first (dotnet build Timeline.sln -c {TestPaths.Configuration}).");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{Port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitReadyAsync(TimeSpan.FromSeconds(60));
    }

    private void Append(string? line)
    {
        lock (output)
            output.AppendLine(line);
    }

    private async Task WaitReadyAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode}:\n{Logs()}");
            try
            {
                var ready = await Client.GetAsync("/health/ready");
                last = $"{(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}";
                if (ready.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"{Name} was not ready within {limit.TotalSeconds:0} s (last: {last}):\n{Logs()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an OOM kill would end it.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit(10_000);
        Append($"--- {Name} killed with SIGKILL");
    }

    public string Logs()
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length > 4000 ? text[^4000..] : text;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
        Client.Dispose();
    }
}
