using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;

namespace Timeline.ServiceDefaults.Security;

/// <summary>
/// Who may do what, and how much: the API keys that open writes (and reads, when they are closed), and the
/// rate at which one key or one client address may submit work. Section "Timeline".
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Timeline";

    /// <summary>One key, or several separated by commas (to rotate: add the new key, move clients, remove the old one).</summary>
    public string? ApiKey { get; set; }

    /// <summary>More keys, as a list (Timeline:ApiKeys:0, Timeline:ApiKeys:1, ...).</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>When true, reads (the timeline, articles, exports, the OpenAPI document) need a key as well.</summary>
    public bool RequireKeyForReads { get; set; }

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Every configured key, trimmed; blanks dropped.</summary>
    public IReadOnlyList<string> Keys() =>
        (ApiKey ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Concat(ApiKeys.Select(k => k.Trim()).Where(k => k.Length > 0))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>A short, non-secret name for a key (the start of its SHA-256), for logs and rate-limit partitions.</summary>
    public static string KeyId(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}

/// <summary>
/// A token bucket per API key (or per client address when no key was sent) on the endpoints that take work in:
/// submissions, batches, re-drives and the dry-run extraction.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a key may make per second, on average.</summary>
    [Range(1, 100_000)]
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Requests a key may make at once after a quiet spell.</summary>
    [Range(1, 100_000)]
    public int Burst { get; set; } = 40;
}
