using System.Text.Json;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Tests.Gold;
using Timeline.Tests;

namespace Timeline.Extraction.Tests;

/// <summary>The reference article against its gold annotation (read from the shared corpus, never copied).</summary>
public sealed class SeedArticleTests
{
    private static (string Text, GoldDocument Gold) Load() =>
        (File.ReadAllText(TestPaths.SeedArticle), JsonSerializer.Deserialize<GoldDocument>(File.ReadAllText(TestPaths.SeedGold), JsonSerializerOptions.Web)!);

    [SeedCorpusFact]
    public void The_document_date_is_inferred_as_the_gold_says()
    {
        var (text, gold) = Load();
        var result = TemporalTagger.Tag(text, "de");
        Assert.NotNull(result.DocumentDate);
        Assert.Equal(gold.DocumentCreationTime.Value, result.DocumentDate.Value.ToString("yyyy-MM-dd"));
        Assert.False(result.DocumentDate.Given);
    }

    [SeedCorpusFact]
    public void Every_required_timex_is_found_with_its_value_and_span()
    {
        var (text, gold) = Load();
        var result = TemporalTagger.Tag(text, "de");
        var missing = new List<string>();
        foreach (var timex in gold.Timexes.Where(t => t.Required))
        {
            var match = result.Timexes.FirstOrDefault(t => t.Start < timex.End && timex.Start < t.End);
            if (match is null || match.Value != timex.Value)
                missing.Add($"{timex.Text}@{timex.Start} expected {timex.Value}, got {match?.Value ?? "nothing"}");
        }
        Assert.True(missing.Count == 0, string.Join("; ", missing));
    }

    [SeedCorpusFact]
    public void Nothing_listed_as_not_a_timex_is_tagged()
    {
        var (text, gold) = Load();
        var result = TemporalTagger.Tag(text, "de");
        foreach (var not in gold.NotTimexes)
            Assert.DoesNotContain(result.Timexes, t => t.Start < not.End && not.Start < t.End);
    }

    [SeedCorpusFact]
    public void Exactly_the_three_required_meetings_with_dates_places_status_and_participants()
    {
        var (text, gold) = Load();
        var result = ArticleExtractor.Extract(text);
        var consults = result.Events.Where(e => e.Type == "CONSULT").ToList();
        Assert.Equal(3, consults.Count);
        foreach (var expected in gold.Events.Where(e => e.Required))
        {
            var found = consults.SingleOrDefault(e => e.Date.Value == expected.Date && e.Place?.GeonamesId == expected.Place!.GeonamesId);
            Assert.True(found is not null, $"{expected.Id}: no CONSULT on {expected.Date} in {expected.Place!.Name}; found {string.Join(", ", consults.Select(c => $"{c.Date.Value} {c.Place?.Name}"))}");
            Assert.Equal(expected.Type, found.Type);
            Assert.Equal(expected.Mode, found.Mode);
            Assert.Equal(expected.Status, found.Status);
            Assert.Equal(expected.Place!.Country, found.Place!.CountryCode);
            var names = found.Participants.Select(p => p.Name).ToList();
            foreach (var participant in expected.Participants)
                Assert.Contains(participant, names);
            foreach (var person in expected.People ?? [])
                Assert.Contains(person, names);
            Assert.Contains(expected.Evidence, found.Evidence);
            Assert.Equal(found.Evidence, text[found.EvidenceStart..found.EvidenceEnd]);
        }
    }

    [SeedCorpusFact]
    public void Optional_events_that_appear_are_right()
    {
        var (text, gold) = Load();
        var result = ArticleExtractor.Extract(text);
        foreach (var e in result.Events.Where(e => e.Type != "CONSULT"))
        {
            var expected = gold.Events.FirstOrDefault(g => g.Type == e.Type);
            Assert.True(expected is not null, $"an event of type {e.Type} that the gold does not list: {e.Evidence}");
            Assert.Equal(expected.Date, e.Date.Value);
            Assert.Equal(expected.Status, e.Status);
        }
    }

    [SeedCorpusFact]
    public void Furniture_yields_no_events()
    {
        var (text, gold) = Load();
        var result = ArticleExtractor.Extract(text);
        foreach (var not in gold.MustNotYieldEvents)
            Assert.DoesNotContain(result.Events, e => e.Evidence.Contains(not.Evidence, StringComparison.Ordinal));
    }
}
