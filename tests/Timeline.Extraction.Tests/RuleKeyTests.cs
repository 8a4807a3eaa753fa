using System.Text.Json;
using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;
using Timeline.Tests;

namespace Timeline.Extraction.Tests;

/// <summary>Rule keys only skip work: with and without them the tagger finds exactly the same expressions.</summary>
public sealed class RuleKeyTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestPaths.RepositoryRoot, path));
        foreach (var folder in new[] { "events", "events-heldout" })
            foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "corpus", folder), "*.txt").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(TestPaths.RepositoryRoot, path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Keys_change_no_result(string relativePath)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, relativePath);
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            var article = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            AssertKeysChangeNothing(article.GetProperty("text").GetString()!, article.GetProperty("language").GetString()!);
        }
        else
        {
            // corpus/events/de-01-....de.txt: the language is the second extension.
            AssertKeysChangeNothing(File.ReadAllText(path), Path.GetExtension(Path.GetFileNameWithoutExtension(path)).TrimStart('.'));
        }
    }

    [SeedCorpusFact]
    public void Keys_change_no_result_on_the_reference_article() =>
        AssertKeysChangeNothing(File.ReadAllText(TestPaths.SeedArticle), "de");

    [WikiWarsDeFact]
    public void Keys_change_no_result_on_WikiWarsDE()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.WikiWarsDe, "in"), "*.sgm");
        Assert.NotEmpty(files);
        foreach (var file in files)
            AssertKeysChangeNothing(File.ReadAllText(file), "de");
    }

    [Theory]
    [InlineData("Am Dienstag beriet der Bundestag.", false)]
    [InlineData("Die Gespräche dauerten drei Tage.", true)]
    [InlineData("(Tage später)", true)]
    public void A_key_counts_where_it_begins_a_word(string text, bool unitsFound)
    {
        var profile = LanguageProfile.For("de");
        var units = profile.Keywords.Mask(["units"]);
        Assert.Equal(unitsFound, (profile.Keywords.Scan(text, 0, text.Length) & units) != 0);
    }

    [Fact]
    public void A_starred_key_counts_inside_a_word()
    {
        var profile = LanguageProfile.For("de");
        const string text = "nach der vierstündigen Sitzung";
        Assert.NotEqual(0UL, profile.Keywords.Scan(text, 0, text.Length) & profile.Keywords.Mask(["*duration-adjectives"]));
    }

    private static void AssertKeysChangeNothing(string text, string language)
    {
        var profile = LanguageProfile.For(language);
        var document = TextDocument.Analyse(text, profile);
        var keyed = CandidateFinder.Find(document, profile, useKeys: true);
        var all = CandidateFinder.Find(document, profile, useKeys: false);
        Assert.Equal(all.Select(c => (c.Start, c.End, c.Rule.Name)), keyed.Select(c => (c.Start, c.End, c.Rule.Name)));
    }

    [Fact]
    public void Every_key_names_a_word_list_of_its_language()
    {
        foreach (var code in LanguageProfile.Supported)
        {
            var profile = LanguageProfile.For(code);
            Assert.All(profile.Rules, r => Assert.All(r.KeyMasks, mask => Assert.NotEqual(0UL, mask)));
        }
    }
}
