namespace Timeline.Tests;

/// <summary>
/// A fact that reads the published-text event corpus beside the repository (../shared/corpus/events-real): skipped,
/// saying why, where it is absent.
/// </summary>
public sealed class EventsRealFactAttribute : FactAttribute
{
    public static string Folder => Path.Combine(TestPaths.Shared, "corpus", "events-real");

    public EventsRealFactAttribute()
    {
        if (!Directory.Exists(Folder) || !Directory.EnumerateFiles(Folder, "*.gold.json").Any())
            Skip = $"Needs the published-text event corpus at {Folder} (set TIMELINE_SHARED_DIR to the shared folder).";
    }
}
