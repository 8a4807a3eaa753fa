namespace Timeline.Tests;

/// <summary>Where the repository and the shared corpora are, seen from a test run.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared corpora beside the repository (TIMELINE_SHARED_DIR overrides).</summary>
    public static string Shared { get; } = Environment.GetEnvironmentVariable("TIMELINE_SHARED_DIR")
        ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string SeedArticle => Path.Combine(Shared, "corpus", "seed", "nato-russia-council-2022-01-12.de.txt");
    public static string SeedGold => Path.Combine(Shared, "corpus", "seed", "nato-russia-council-2022-01-12.de.gold.json");
    public static string Samples => Path.Combine(RepositoryRoot, "samples", "articles");
    public static string WikiWarsDe => Path.Combine(Shared, "eval", "wikiwarsde");

    /// <summary>The build configuration the tests run in, so that they find the programs built beside them.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// A fact that reads the shared seed corpus, which lives outside the repository: skipped, and saying why,
/// where that corpus is absent.
/// </summary>
public sealed class SeedCorpusFactAttribute : FactAttribute
{
    public SeedCorpusFactAttribute()
    {
        if (!File.Exists(TestPaths.SeedArticle))
            Skip = $"Needs the shared seed corpus at {TestPaths.SeedArticle} (set TIMELINE_SHARED_DIR to its folder).";
    }
}

/// <summary>A fact that reads the shared WikiWarsDE corpus: skipped, saying why, where it is absent.</summary>
public sealed class WikiWarsDeFactAttribute : FactAttribute
{
    public WikiWarsDeFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(TestPaths.WikiWarsDe, "key")))
            Skip = $"Needs the shared WikiWarsDE corpus at {TestPaths.WikiWarsDe} (set TIMELINE_SHARED_DIR to the shared folder).";
    }
}
