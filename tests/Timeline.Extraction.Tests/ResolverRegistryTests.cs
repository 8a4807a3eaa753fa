using Timeline.Extraction.Dates.Resolution;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Tests;

/// <summary>The rule files and the resolvers agree: every kind is known, and every named group is one its resolver reads.</summary>
public sealed class ResolverRegistryTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void Every_rule_of_a_language_fits_its_resolver(string language) =>
        Assert.Empty(ResolverRegistry.Check(LanguageProfile.For(language)));

    [Fact]
    public void Every_rule_kind_belongs_to_one_of_the_five_families()
    {
        string[] families = ["explicit dates", "relative dates", "weekdays and times", "periods", "lengths and sets"];
        Assert.All(ResolverRegistry.Entries.Values, e => Assert.Contains(e.Family, families));
    }

    [Theory]
    [InlineData(@"~ weekday DATE \b(?<weekday>{weekdays})\b", null)]
    [InlineData(@"~ weekday DATE \b(?<weekdy>{weekdays})\b", "needs the group (?<weekday>...)")]
    [InlineData(@"~ weekday DATE \b(?<weekday>{weekdays})\s+(?<hour>\d+)\b", "(?<hour>...) is never read")]
    [InlineData(@"~ date DATE \b(?<day>\d+)\.\s*\b", "needs the group (?<month>...) or (?<monthnum>...)")]
    [InlineData(@"~ weekly DATE \b(?<weekday>{weekdays})\b", "unknown rule kind 'weekly'")]
    public void A_rule_and_its_resolver_that_drift_apart_are_reported_with_file_and_line(string rule, string? problem)
    {
        var file = ResourceFile.Parse("xx/dates.txt", "[weekdays]\n1 = Montag\n[rules]\n" + rule + "\n");
        var rules = file.Section("rules").Select(e => DateRule.Compile(e, file)).ToList();
        var problems = ResolverRegistry.Check(file.Name, rules);
        if (problem is null)
        {
            Assert.Empty(problems);
            return;
        }
        Assert.All(problems, p => Assert.StartsWith("xx/dates.txt:4: ", p));
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }
}
