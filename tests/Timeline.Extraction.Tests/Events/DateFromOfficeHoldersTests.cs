using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Tests.Events;

/// <summary>A copy without its date line, dated by a weekday it names and the years its office holders served together.</summary>
public sealed class DateFromOfficeHoldersTests
{
    private static DocumentDate? Infer(string language, string text)
    {
        var profile = LanguageProfile.For(language);
        return DateFromOfficeHolders.Infer(text, TemporalTagger.Tag(text, language, null), profile, Gazetteer.Gazetteer.Default);
    }

    [Theory]
    // Merkel and Macron served together from 2017 to 2021; 18 May fell on a Thursday in 2017 only.
    [InlineData("en", "Chancellor Angela Merkel travels to Paris tomorrow (Thursday 18 May) to meet President Emmanuel Macron.", "2017-05-17")]
    [InlineData("de", "Bundeskanzlerin Angela Merkel trifft heute (Donnerstag, 18. Mai) in Paris Präsident Emmanuel Macron.", "2017-05-18")]
    [InlineData("en", "Yesterday (Tuesday 14 March), Angela Merkel spoke with Emmanuel Macron by phone.", "2017-03-15")]
    public void A_weekday_pins_the_year_among_the_years_the_people_named_served_together(string language, string text, string expected)
    {
        var date = Infer(language, text);
        Assert.NotNull(date);
        Assert.Equal(expected, date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(date.Given);
        Assert.Contains("Angela Merkel", date.How, StringComparison.Ordinal);
    }

    [Theory]
    // Nobody named: any year could be meant.
    [InlineData("en", "The ministers travel to Paris tomorrow (Thursday 18 May) for talks.")]
    // Merkel alone served sixteen years, in which 18 May fell on a Thursday more than once.
    [InlineData("en", "Chancellor Angela Merkel travels to Paris tomorrow (Thursday 18 May) for talks.")]
    // A surname alone names nobody without a date.
    [InlineData("en", "Merkel travels to Paris tomorrow (Thursday 18 May) to meet Macron.")]
    // No word for today, tomorrow or yesterday before the day: its distance from the publication date is unknown.
    [InlineData("en", "Angela Merkel meets Emmanuel Macron in Paris on Thursday 18 May.")]
    public void Without_a_day_word_a_weekday_and_office_holders_that_pin_one_year_nothing_is_inferred(string language, string text) =>
        Assert.Null(Infer(language, text));

    [Fact]
    public void A_text_the_tagger_dated_is_left_as_it_was()
    {
        const string text = "London, 13 September 2017. Angela Merkel travels to Paris tomorrow (Thursday 18 May) to meet Emmanuel Macron.";
        var profile = LanguageProfile.For("en");
        var tagged = TemporalTagger.Tag(text, "en", null);
        Assert.NotNull(tagged.DocumentDate);
        Assert.Null(DateFromOfficeHolders.Infer(text, tagged, profile, Gazetteer.Gazetteer.Default));
    }

    [Fact]
    public void The_extractor_dates_the_events_of_such_a_copy()
    {
        var result = ArticleExtractor.Extract("Chancellor Angela Merkel travels to Paris tomorrow (Thursday 18 May) to meet President Emmanuel Macron.", "en");
        Assert.Equal(new DateOnly(2017, 5, 17), result.DocumentDate?.Value);
        var e = Assert.Single(result.Events);
        Assert.Equal("2017-05-18", e.Date.Value);
        Assert.Equal("Paris", e.Place?.Name);
    }
}
