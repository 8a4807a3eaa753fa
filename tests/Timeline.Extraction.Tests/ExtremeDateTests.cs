using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests;

/// <summary>
/// The resolver gives a value or none, and never throws, for any document date a calendar can hold (year 1 to 9999)
/// and any year the text names, for every rule of both languages.
/// </summary>
public sealed partial class ExtremeDateTests
{
    /// <summary>Every example sentence of the data tables, by language: together they make every rule match.</summary>
    private static IReadOnlyList<string> Examples(string language) => TaggerExamples.Sentences(language);

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void The_examples_make_every_rule_match(string language)
    {
        var profile = LanguageProfile.For(language);
        var matched = new HashSet<int>();
        foreach (var sentence in Examples(language))
            matched.UnionWith(CandidateFinder.Find(TextDocument.Analyse(sentence, profile), profile, useKeys: false).Select(c => c.RuleIndex));
        var missing = profile.Rules.Where((r, i) => !matched.Contains(i)).Select(r => r.Name).ToList();
        Assert.True(missing.Count == 0, $"rules no example sentence matches (add a data-table row): {string.Join(", ", missing)}");
    }

    private static readonly Gen<DateOnly> ExtremeDay = Gen.Frequency(
        (3, Gen.DateOnly[new DateOnly(1, 1, 1), new DateOnly(1, 12, 31)]),
        (3, Gen.DateOnly[new DateOnly(9999, 1, 1), new DateOnly(9999, 12, 31)]),
        (1, Gen.DateOnly[new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31)]));

    private static readonly Gen<int> ExtremeYear = Gen.Frequency(
        (3, Gen.Int[1, 12]),
        (3, Gen.Int[9988, 9999]),
        (1, Gen.Int[1, 9999]));

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Any_document_date_or_year_from_1_to_9999_gives_a_value_or_none_never_an_exception(string language)
    {
        var examples = Examples(language);
        Gen.Select(ExtremeDay, ExtremeYear, Gen.Int[0, examples.Count - 1], Gen.Int[0, examples.Count - 1], Gen.Int[0, 2])
            .Sample((day, year, first, second, mode) =>
            {
                // Two sentences, so that the dates of one anchor the other; every year they name becomes the extreme one.
                var text = FourDigitYear().Replace(examples[first] + " " + examples[second], year.ToString("0000", CultureInfo.InvariantCulture));
                var result = mode switch
                {
                    0 => TemporalTagger.Tag(text, language, day, TaggerMode.News),
                    1 => TemporalTagger.Tag(text, language, day, TaggerMode.Narrative),
                    _ => TemporalTagger.Tag(text, language),
                };
                Assert.All(result.Timexes, t => Assert.False(string.IsNullOrEmpty(t.Value)));
            }, iter: 4000);
    }

    [GeneratedRegex(@"\b(?:1\d{3}|20\d{2})\b")]
    private static partial Regex FourDigitYear();
}
