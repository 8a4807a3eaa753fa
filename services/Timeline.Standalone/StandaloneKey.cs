using System.Security.Cryptography;
using Timeline.ServiceDefaults.Security;

namespace Timeline.Standalone;

/// <summary>
/// The all-in-one host never runs open for writes: without a configured key it makes one for this run (random,
/// 192 bits) and prints it with its address. Set Timeline__ApiKey to choose one that lasts.
/// </summary>
internal static class StandaloneKey
{
    /// <summary>The generated key, or null when one was configured (a configured key is not printed).</summary>
    public static string? EnsureConfigured(ConfigurationManager configuration)
    {
        var configured = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        if (configured.Keys().Count > 0)
            return null;
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        configuration[$"{SecurityOptions.SectionName}:{nameof(SecurityOptions.ApiKey)}"] = key;
        return key;
    }
}
