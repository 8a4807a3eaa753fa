using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Benchmarks;

/// <summary>
/// Loading the gazetteer (it happens once per process, on first use): time and allocated bytes of one load, and the
/// bytes a loaded gazetteer keeps, printed once at set-up. Finding names: every name in the team corpus's articles
/// (corpus/events), without a date and with each article's publication date, so that the cost of telling office
/// holders apart by date shows as a ratio to the undated run. Run with --filter '*GazetteerBenchmarks*'.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GazetteerBenchmarks
{
    private Gazetteer gazetteer = null!;
    private (string Text, DateOnly Date)[] articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        gazetteer = Gazetteer.Load();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var names = gazetteer.Places.Sum(p => p.Names.Count) + gazetteer.Actors.Sum(a => a.Names.Count);
        Console.WriteLine($"// gazetteer: {gazetteer.Places.Count} places, {gazetteer.Actors.Count} actors " +
            $"({gazetteer.Actors.Count(a => a.Kind == ActorKind.Person)} office holders), {names} names, " +
            $"{gazetteer.MatcherSize.Tokens} tokens, {gazetteer.MatcherSize.Nodes} trie nodes, retained {(after - before) / 1048576.0:0.0} MB");
        articles = LoadCorpus();
        Console.WriteLine($"// names: {articles.Length} articles, {articles.Sum(a => a.Text.Length)} characters");
    }

    [Benchmark(Description = "load gazetteer")]
    [BenchmarkCategory("load")]
    public int Load() => Gazetteer.Load().Places.Count;

    [Benchmark(Baseline = true, Description = "find names, no date")]
    [BenchmarkCategory("find")]
    public int FindUndated()
    {
        var found = 0;
        foreach (var (text, _) in articles)
            found += gazetteer.Find(text, 0, text.Length).Count;
        return found;
    }

    [Benchmark(Description = "find names, publication date")]
    [BenchmarkCategory("find")]
    public int FindDated()
    {
        var found = 0;
        foreach (var (text, date) in articles)
            found += gazetteer.Find(text, 0, text.Length, date).Count;
        return found;
    }

    /// <summary>The team corpus's articles with the publication dates their gold files give.</summary>
    private static (string, DateOnly)[] LoadCorpus()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus");
        return Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal).Select(gold =>
        {
            var root = JsonDocument.Parse(File.ReadAllText(gold)).RootElement;
            var text = File.ReadAllText(Path.Combine(folder, root.GetProperty("document").GetString()!));
            var date = DateOnly.Parse(root.GetProperty("documentCreationTime").GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            return (text, date);
        }).ToArray();
    }
}
