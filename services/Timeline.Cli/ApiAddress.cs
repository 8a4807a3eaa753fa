namespace Timeline.Cli;

/// <summary>Where the commands that talk to a running Timeline find it, and the key they send.</summary>
internal static class ApiAddress
{
    /// <summary>What the README's quick start serves: the all-in-one host.</summary>
    public const string QuickStart = "http://localhost:5080";

    public static string Default => Environment.GetEnvironmentVariable("TIMELINE_API") is { Length: > 0 } configured ? configured : QuickStart;

    public const string Description = "Where articles are posted: the all-in-one host, or with the separate services the Articles API; default: TIMELINE_API, else " + QuickStart + ", as the quick start serves it.";

    public static string? DefaultKey => Environment.GetEnvironmentVariable("TIMELINE_API_KEY");

    public const string KeyDescription = "The API key (sent as X-Api-Key); by default the TIMELINE_API_KEY environment variable.";
}
