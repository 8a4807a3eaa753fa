using BenchmarkDotNet.Attributes;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Benchmarks;

/// <summary>
/// Loading the gazetteer (it happens once per process, on first use): time and allocated bytes of one load, and the
/// bytes a loaded gazetteer keeps, printed once at set-up. Run with --filter '*GazetteerBenchmarks*'.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GazetteerBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var gazetteer = Gazetteer.Load();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var names = gazetteer.Places.Sum(p => p.Names.Count) + gazetteer.Actors.Sum(a => a.Names.Count);
        Console.WriteLine($"// gazetteer: {gazetteer.Places.Count} places, {gazetteer.Actors.Count} actors, {names} names, " +
            $"{gazetteer.MatcherSize.Tokens} tokens, {gazetteer.MatcherSize.Nodes} trie nodes, retained {(after - before) / 1048576.0:0.0} MB");
        GC.KeepAlive(gazetteer);
    }

    [Benchmark(Description = "load gazetteer")]
    public int Load() => Gazetteer.Load().Places.Count;
}
