using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Timeline.Extraction;
using Timeline.Extraction.Dates;

namespace Timeline.Benchmarks;

/// <summary>
/// The tagger and the whole extraction on each sample article, and on all of them as one mix. The MB/s column is
/// the article's UTF-8 size over the mean time; the allocation column is per article. Fifteen iterations, with the
/// minimum and the median beside the mean: on a shared machine other work only ever adds time, so the minimum is the
/// figure that load moves least.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[Config(typeof(ThroughputConfig))]
public class ArticleBenchmarks
{
    private static readonly Dictionary<string, (string Text, string Language, DateOnly? Date)> Articles = LoadArticles();

    [ParamsSource(nameof(Names))]
    public string Article { get; set; } = "";

    public static IEnumerable<string> Names => Articles.Keys;

    private (string Text, string Language, DateOnly? Date) input;

    [GlobalSetup]
    public void Setup()
    {
        input = Articles[Article];
        // Language data and compiled rules are built once per process; keep that out of the measurement.
        ArticleExtractor.Extract(input.Text, input.Language, input.Date);
    }

    [Benchmark(Description = "tag")]
    public int Tag() => TemporalTagger.Tag(input.Text, input.Language, input.Date).Timexes.Count;

    [Benchmark(Description = "extract")]
    public int Extract() => ArticleExtractor.Extract(input.Text, input.Language, input.Date).Events.Count;

    public static int BytesOf(string article) => System.Text.Encoding.UTF8.GetByteCount(Articles[article].Text);

    private static Dictionary<string, (string, string, DateOnly?)> LoadArticles()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "articles");
        var articles = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var a = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            return (Name: Path.GetFileNameWithoutExtension(path), Text: a.GetProperty("text").GetString()!, Language: a.GetProperty("language").GetString()!,
                Date: DateOnly.Parse(a.GetProperty("publishedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
        var result = articles.ToDictionary(a => a.Name, a => (a.Text, a.Language, (DateOnly?)a.Date));
        // A long German article: all German samples one after another, five times, as one text. Each copy's paragraphs carry
        // its number, so that no paragraph is printed twice (which the extractor reads as a caption).
        var german = articles.Where(a => a.Language == "de").ToList();
        var copies = Enumerable.Range(1, 5).SelectMany(copy => german.Select(a => string.Join("\n\n",
            a.Text.Split("\n\n").Select(paragraph => $"{paragraph} (Abschnitt {copy})"))));
        result["german-mix-long"] = (string.Join("\n\n", copies), "de", german[0].Date);
        return result;
    }
}

internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(StatisticColumn.Min, StatisticColumn.Median, new ThroughputColumn());
}

/// <summary>UTF-8 megabytes of article text per second, from the mean time of one operation.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "UTF-8 megabytes of article text per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats)
            return "-";
        var article = (string)benchmarkCase.Parameters["Article"];
        return (ArticleBenchmarks.BytesOf(article) / (stats.Mean / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
