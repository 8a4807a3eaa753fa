using System.Diagnostics;
using Timeline.Tests;

namespace Timeline.Cli.Tests;

/// <summary>Runs the built `timeline` program as a user would, with standard input and arguments.</summary>
public static class CliProcess
{
    public static (int ExitCode, string Output, string Error) Run(string input, params string[] arguments)
    {
        var dll = Path.Combine(TestPaths.RepositoryRoot, "services", "Timeline.Cli", "bin", TestPaths.Configuration, "net10.0", "timeline.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is not built; build the solution first.");
        var info = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"timeline {string.Join(' ', arguments)} did not finish within 60 s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
