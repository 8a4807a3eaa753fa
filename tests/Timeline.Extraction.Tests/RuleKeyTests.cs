using System.Text.Json;
using Timeline.Extraction.Dates;
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
            data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Keys_change_no_result(string path)
    {
        var article = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        var profile = LanguageProfile.For(article.GetProperty("language").GetString()!);
        var document = TextDocument.Analyse(article.GetProperty("text").GetString()!, profile);
        var keyed = TemporalTagger.FindCandidates(document, profile, useKeys: true);
        var all = TemporalTagger.FindCandidates(document, profile, useKeys: false);
        Assert.Equal(all.Select(c => (c.Start, c.End, c.Rule.Name)), keyed.Select(c => (c.Start, c.End, c.Rule.Name)));
    }

    [Fact]
    public void Every_key_names_a_word_list_of_its_language()
    {
        foreach (var code in LanguageProfile.Supported)
        {
            var profile = LanguageProfile.For(code);
            Assert.All(profile.Rules.Where(r => r.Keys.Count > 0), r => Assert.NotEqual(0UL, r.KeyMask));
        }
    }
}
