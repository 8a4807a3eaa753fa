using System.Globalization;
using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Dates as published texts write them: header and byline forms, ranges of days, "today" in a readout, and the
/// publication date inferred from them when none is given.
/// </summary>
public sealed class PublishedDateTests
{
    public static TheoryData<string, string, string, string> HeaderForms => new()
    {
        { "en", "Posted 03/14/2019 11:02 AM EDT by the press office.", "03/14/2019 11:02 AM EDT", "2019-03-14T11:02-04" },
        { "en", "Office of the Spokesman\n\nTuesday, June 3, 2014\n\nThe Secretary met the minister.", "Tuesday, June 3, 2014", "2014-06-03" },
        { "en", "Office of the Spokesman\n\nApril, 14, 2010\n\nThe Secretary met the minister.", "April, 14, 2010", "2010-04-14" },
        { "en", "Brussels, 27/05/2011\n\nThe Council met in Brussels.", "27/05/2011", "2011-05-27" },
        // Day, month and year with hyphens, as some European sites print their date line.
        { "de", "Pressemitteilung - Wien - 15-10-2009 - 19:02\n\nDer Präsident traf den Kanzler.", "15-10-2009", "2009-10-15" },
        { "en", "Press release - Vienna - 15-10-2009 - 19:02\n\nThe President met the Chancellor.", "15-10-2009", "2009-10-15" },
        { "en", "Summit, 25-26/06/2015\n\nThe leaders met in Brussels.", "25-26/06/2015", "2015-06-25" },
        { "en", "Remarks, December 9, 2006Steve Herman reporting.", "December 9, 2006", "2006-12-09" },
        { "de", "Pressemitteilung [12. Mai 2016]\n\nDer Rat tagte in Brüssel.", "12. Mai 2016", "2016-05-12" },
        { "de", "Presseartikel20. Juni 2018Vertretung in Deutschland", "20. Juni 2018", "2018-06-20" },
        { "de", "Premier reist nach Berlin\n\n09.09.201606:49\nDer Premierminister macht sich auf den Weg.", "09.09.2016", "2016-09-09" },
        { "de", "Status: fertig 08:45, 3. Mai 2006 (CEST)", "08:45", "2006-05-03T08:45" },
        { "de", "Die Außenminister treffen sich morgen (21.6.) in Luxemburg.", "21.6.", "2022-06-21" },
        // A Dutch republishing site's publication line, in a German and in an English text.
        { "de", "Met dank overgenomen van de Europese Commissie, gepubliceerd op dinsdag 19 december 2017.", "19 december 2017", "2017-12-19" },
        { "en", "Met dank overgenomen van de Europese Raad, gepubliceerd op donderdag 6 juli 2017.", "6 juli 2017", "2017-07-06" },
        // A header whose markup is gone runs the year into the clock time.
        { "de", "14 März 201809:15\n\nPressemitteilung", "14 März 2018", "2018-03-14" },
        { "de", "14. März 201809:15\n\nPressemitteilung", "14. März 2018", "2018-03-14" },
        { "en", "March 14, 201809:15\n\nPress release", "March 14, 2018", "2018-03-14" },
    };

    [Theory]
    [MemberData(nameof(HeaderForms))]
    public void Header_and_byline_dates_are_read_in_every_common_form(string language, string text, string expression, string value)
    {
        var result = TemporalTagger.Tag(text, language, new DateOnly(2022, 6, 20));
        var found = result.Timexes.Where(t => t.Text == expression).ToList();
        Assert.True(found.Count == 1, $"'{expression}' not tagged; tagged: {string.Join(", ", result.Timexes.Select(t => $"'{t.Text}'={t.Value}"))}");
        Assert.Equal(value, found[0].Value);
    }

    [Theory]
    [InlineData("en", "2019-05-01", "The dialogue will take place on May 7-8 in Washington.", "May 7-8", "2019-05-07", "2019-05-08")]
    [InlineData("en", "2019-05-01", "The forum is scheduled for 12-13 May.", "12-13 May", "2019-05-12", "2019-05-13")]
    [InlineData("de", "2013-01-25", "Sie vertritt die Union bei dem Treffen, das am 18. und 19. Februar in Nairobi stattfindet.", "18. und 19. Februar", "2013-02-18", "2013-02-19")]
    [InlineData("de", "2022-01-05", "Die Gespräche finden vom 10. bis 13. Januar 2022 statt.", "10. bis 13. Januar 2022", "2022-01-10", "2022-01-13")]
    [InlineData("en", "2015-06-26", "European Council, 25-26/06/2015", "25-26/06/2015", "2015-06-25", "2015-06-26")]
    public void A_range_of_days_is_one_expression_that_knows_its_first_and_last_day(string language, string dct, string text, string expression, string first, string last)
    {
        var range = TaggerAssert.Value(language, dct, text, expression, first);
        Assert.Equal(DateOnly.Parse(first, CultureInfo.InvariantCulture), range.RangeStart);
        Assert.Equal(DateOnly.Parse(last, CultureInfo.InvariantCulture), range.RangeEnd);
        Assert.Equal(Granularity.Day, range.Granularity);
    }

    [Theory]
    [InlineData("de", "Die Kommissarin ist heute (Donnerstag) mit dem Minister zusammengekommen.", "Donnerstag", "2021-12-09")]
    [InlineData("en", "The minister returns tomorrow (Thursday 14 September) from the islands.", "Thursday 14 September", "2017-09-14")]
    public void A_weekday_in_brackets_names_the_day_of_the_word_before_it(string language, string text, string expression, string value)
    {
        var dct = language == "de" ? "2021-12-09" : "2017-09-13";
        TaggerAssert.Value(language, dct, text, expression, value);
    }

    [Theory]
    // Item 7 of the events issue: "in seven years" after "first" is a span, not seven years from now.
    [InlineData("en", "2022-01-12", "It was their first formal meeting in seven years.", "seven years", "P7Y")]
    [InlineData("en", "2022-01-12", "Prices rose at the fastest pace in a decade.", "a decade", "P1DE")]
    [InlineData("de", "2022-01-12", "Es war das erste Treffen seit sieben Jahren.", "sieben Jahren", "P7Y")]
    [InlineData("en", "2022-01-12", "The new rules will apply in seven years.", "in seven years", "2029")]
    // "fortgesetzt" is a past participle: with "haben" it speaks of what has happened.
    [InlineData("de", "2022-01-13", "Die Unterhändler haben am Mittwoch in Doha ihre Gespräche fortgesetzt.", "Mittwoch", "2022-01-12")]
    [InlineData("de", "2022-01-13", "Die Gespräche sollen am Mittwoch in Doha fortgesetzt werden.", "Mittwoch", "2022-01-19")]
    [InlineData("de", "2022-01-13", "Der Kanzler hat am Montag den Präsidenten empfangen.", "Montag", "2022-01-10")]
    // "für Sonntag": a meeting called for a day lies ahead of the call.
    [InlineData("de", "2018-06-20", "Juncker hat für Sonntag ein Arbeitstreffen in Brüssel einberufen.", "Sonntag", "2018-06-24")]
    // Told in the past, "in two days" is how long it took; ahead, "in a week" is a week from the document date, and a
    // span named from it gives "am Abend" no day.
    [InlineData("en", "2001-11-11", "In his second round of talks in two days, Bush met the leaders.", "two days", "P2D")]
    [InlineData("de", "2024-06-05", "Zum dritten Mal in zwei Tagen trafen sich die Minister.", "zwei Tagen", "P2D")]
    [InlineData("en", "2007-05-30", "The leaders will meet in a week in Heiligendamm.", "in a week", "2007-W23")]
    [InlineData("en", "2024-03-06", "Blinken is on his third trip to the region in a month.", "a month", "P1M")]
    [InlineData("de", "2024-03-06", "Scholz telefoniert zum zweiten Mal in einer Woche mit Selenskyj.", "einer Woche", "P1W")]
    [InlineData("de", "2007-05-30", "Die Staats- und Regierungschefs treffen sich in einer Woche in Heiligendamm. Am Abend tagt in Berlin das Quartett.", "Abend", "2007-05-30TEV")]
    // "told Biden on Tuesday that he looked forward to the trip": the tense after "that" is not the date's.
    [InlineData("en", "2024-11-21", "Xi told Biden on Tuesday that he looked forward to the trip.", "Tuesday", "2024-11-19")]
    [InlineData("de", "2018-05-25", "Merkel wurde am Donnerstag in Peking empfangen.", "Donnerstag", "2018-05-24")]
    // A date inside an infinitive keeps the infinitive's time, unless a cue ends in its marker ("are set to").
    [InlineData("en", "2014-08-19", "He accepted the invitation he received to attend the summit in Minsk on 26th August.", "26th August", "2014-08-26")]
    [InlineData("en", "2014-08-19", "In a letter he sent in June, he agreed to hold talks on 12 August.", "12 August", "2014-08-12")]
    [InlineData("en", "2018-08-25", "The President did not meet the Chancellor on Monday.", "Monday", "2018-08-20")]
    [InlineData("en", "2018-08-25", "The President didn't meet the Chancellor on Monday.", "Monday", "2018-08-20")]
    public void Spans_and_participles_are_not_read_as_the_future(string language, string dct, string text, string expression, string value) =>
        TaggerAssert.Value(language, dct, text, expression, value);

    [Theory]
    // A day and month without a year within three weeks of the document date, in its year, is that day though the verb
    // is past; a month further, or across the turn of the year, it follows the tense.
    [InlineData("de", "2016-01-20", "Die Kanzlerin erläuterte die Ziele der Geberkonferenz am 4. Februar in London.", "4. Februar", "2016-02-04")]
    [InlineData("en", "2016-01-20", "The Minister outlined the aims of the conference on February 4 in London.", "February 4", "2016-02-04")]
    [InlineData("en", "2016-01-20", "The Minister recalled the conference on March 4 in London.", "March 4", "2015-03-04")]
    [InlineData("de", "2019-12-28", "Am 8. Januar reiste die Kanzlerin nach Moskau und traf den Präsidenten.", "8. Januar", "2019-01-08")]
    [InlineData("en", "2019-12-30", "On January 3 the Secretary met the Foreign Minister in Washington.", "January 3", "2020-01-03")]
    public void A_day_without_a_year_near_the_document_date_is_the_near_one_within_its_year(string language, string dct, string text, string expression, string value) =>
        TaggerAssert.Value(language, dct, text, expression, value);

    [Theory]
    [InlineData("de", "IP/07/233 Brüssel, 16. März 2007 Gipfeltreffen EU-KANADA - 21. März 2007 Die Spitzen der EU werden den Premierminister am 21. März in Berlin empfangen.", "2007-03-16")]
    [InlineData("de", "Brüssel, den 8. Oktober 2012\n\nGipfeltreffen\n\nDas Gipfeltreffen ist für den 11. Oktober 2012 in Brüssel angesetzt.", "2012-10-08")]
    [InlineData("de", "Presseartikel20. Juni 2018Vertretung in Deutschland\n\nJuncker hat für Sonntag ein Treffen einberufen.", "2018-06-20")]
    [InlineData("en", "FOR IMMEDIATE RELEASE June 24, 2009\n\nThe President spoke with the Prime Minister on Tuesday evening, June 23rd.", "2009-06-24")]
    [InlineData("en", "Summit, 25-26/06/2015\n\nThe leaders met on Thursday and Friday.", "2015-06-26")]
    [InlineData("de", "27.02.2020 Brüssel. Bei der Tagung heute (Donnerstag) in Addis Abeba ging es um Handel.", "2020-02-27")]
    // A site's header names the day the page was looked at; the article's byline carries its clock time.
    [InlineData("en", "Friday May 25, 2018\nHome > News\n\nLeaders to meet\n\n2012-02-09 15:25 Agency\n\nThe leaders will meet next week.", "2012-02-09")]
    // A numeric header date that runs into its clock time; a photo caption's date in brackets weighs less.
    [InlineData("de", "Premier reist nach Berlin\n\n09.09.201606:49\nDer Premierminister (30.06.2016)\n\nDer Premierminister reist am Freitag ab.", "2016-09-09")]
    // "Ausgabe vom" says the day the text appeared; a masthead names the day the page was looked at.
    [InlineData("de", "Zeitung seit 1950 · Samstag/Sonntag, 27./28. April 2024\nAus: Ausgabe vom 27.06.2008, Politik\n\nBeratungen der Außenminister\n\nDie Außenminister haben am Donnerstag in Kyoto beraten.", "2008-06-27")]
    [InlineData("en", "Saturday, May 4, 2024\nPublished on 12 March 2015 by the news desk\n\nThe ministers met on Thursday.", "2015-03-12")]
    // A full date the text calls tomorrow or today counts back to the day of writing.
    [InlineData("de", "Bozen – Der Landeshauptmann fährt morgen nach Wien.\n\nAm morgigen Dienstag, den 6. März 2018, reist der Landeshauptmann zu Gesprächen nach Wien.", "2018-03-05")]
    [InlineData("en", "The minister travels to Oslo tomorrow, Tuesday, March 6, 2018, for talks with her counterpart.", "2018-03-05")]
    // A republishing site's attribution line dates the text it republishes.
    [InlineData("en", "Remarks by the President at the summit\n\nMet dank overgenomen van de Europese Raad, gepubliceerd op donderdag 6 juli 2017.\n\nIt is good to see you all here in Brussels today.", "2017-07-06")]
    public void The_publication_date_is_inferred_from_the_header_and_says_how(string language, string text, string expected)
    {
        var result = TemporalTagger.Tag(text, language);
        Assert.NotNull(result.DocumentDate);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), result.DocumentDate.Value);
        Assert.False(result.DocumentDate.Given);
        Assert.StartsWith("inferred from", result.DocumentDate.How);
    }

    [Theory]
    // A page of dated items: "heute" and "yesterday" count from the item's own date line.
    [InlineData("de", "2015-08-28", "28. Aug\n\nHeute empfängt die Kanzlerin den Präsidenten.\n\n27. Aug\n\nHeute reist die Kanzlerin nach Wien.", "Heute reist", "2015-08-27")]
    [InlineData("en", "2014-08-19", "Call with the President\n\nThe President spoke with the Prime Minister today.\n\n19/08/2014\n\nMeeting in Rome\n\nThe President met the Prime Minister yesterday.\n\n14/08/2014", "yesterday", "2014-08-13")]
    // One date line is the page's own date (a briefing posted the day after it was given): it moves nothing.
    [InlineData("en", "2024-09-23", "Briefing by the Foreign Secretary\n\nThe Prime Minister met the Prime Minister of Nepal yesterday.\n\nSeptember 24, 2024", "yesterday", "2024-09-22")]
    // Beside a date that cannot be read month first, "12/08/2014" puts the day first; alone it follows American use.
    [InlineData("en", "2014-08-19", "Updated 19/08/2014. First published 12/08/2014.", "12/08/2014", "2014-08-12")]
    [InlineData("en", "2014-08-19", "First published 12/08/2014.", "12/08/2014", "2014-12-08")]
    // With no tense of its own, a weekday right after a story told ahead goes on from the story's day.
    [InlineData("de", "2010-01-12", "Bundesrätin Calmy-Rey reist am Freitag nach Ljubljana. Samstag und Sonntag führt sie Gespräche in Tiflis.", "Samstag", "2010-01-16")]
    // A bare year heading a list in news gives its months their year.
    [InlineData("en", "2013-11-08", "Recent developments:\n\n2012\n\n• February: inspectors end talks in Tehran.", "February", "2012-02")]
    // "spoke to reporters" holds no infinitive: the past of "spoke" dates the Tuesday.
    [InlineData("en", "2014-08-14", "Obama spoke to reporters on Tuesday.", "Tuesday", "2014-08-12")]
    // "Washington, D.C." is one place, and "to meet" after the date is its purpose, not its tense.
    [InlineData("en", "2010-05-16", "Hague travelled to Washington, D.C. on Friday to meet his counterpart.", "Friday", "2010-05-14")]
    // A year named relative to now ("März dieses Jahres") is the year a later month takes, not one named before it.
    [InlineData("de", "2009-10-10", "Sie trafen sich im Frühsommer 2006. Die beiden hatten sich Anfang März dieses Jahres in Genf und Ende Juli in Washington getroffen.", "Ende Juli", "2009-07")]
    // A weekday beside a day and month in figures says their year, and takes their date; a day within a week of the
    // publication date is not a year back because a verb of its sentence is in the past.
    [InlineData("de", "2007-06-17", "Am Abend begannen die Vorbereitungen für den ab Donnerstag (21.6.) in Brüssel tagenden Gipfel.", "21.6.", "2007-06-21")]
    [InlineData("de", "2007-06-17", "Am Abend begannen die Vorbereitungen für den ab Donnerstag (21.6.) in Brüssel tagenden Gipfel.", "Donnerstag", "2007-06-21")]
    [InlineData("de", "2007-06-17", "Am Dienstag, 19.6., trafen sich die Minister.", "19.6.", "2007-06-19")]
    [InlineData("de", "2021-12-08", "Die Ministerin sprach am Freitagmorgen (10.12.) mit ihrem Amtskollegen.", "Freitagmorgen", "2021-12-10TMO")]
    [InlineData("de", "2007-06-17", "Die Minister trafen sich am 20.6. in Luxemburg.", "20.6.", "2007-06-20")]
    [InlineData("de", "2007-06-17", "Die Minister trafen sich am 24.2. in Luxemburg.", "24.2.", "2007-02-24")]
    public void Dates_count_from_their_item_and_their_story(string language, string dct, string text, string expression, string value)
    {
        var at = text.IndexOf(expression, StringComparison.Ordinal);
        var result = TemporalTagger.Tag(text, language, DateOnly.Parse(dct, CultureInfo.InvariantCulture));
        var t = Assert.Single(result.Timexes, t => t.Start <= at && at < t.End);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void A_telephone_number_at_the_end_of_a_line_holds_no_year()
    {
        var result = TemporalTagger.Tag("The White House · Washington DC 20500 · 202-456-1111\nContact us", "en", new DateOnly(2013, 11, 8));
        Assert.DoesNotContain(result.Timexes, t => t.Text.Contains("1111", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_the_text_puts_in_the_future_is_not_its_publication_date()
    {
        var result = TemporalTagger.Tag("Brüssel, 29. April 2005\n\nDie Staats- und Regierungschefs werden am 2. Mai 2005 in Luxemburg den Gast begrüßen. Das Treffen am 2. Mai 2005 ist das vierzehnte.", "de");
        Assert.Equal(new DateOnly(2005, 4, 29), result.DocumentDate!.Value);
        Assert.Contains("dateline", result.DocumentDate.How);
    }

    [Theory]
    [InlineData("en", "Today the Prime Minister spoke with the President of France.\n\nHe said he looks forward to hosting the leaders in Halifax on June 8-9, 2018.", "Today")]
    [InlineData("de", "Heute telefonierte die Kanzlerin mit dem französischen Präsidenten.\n\nSie freut sich darauf, die Staatschefs am 8. Juni 2018 in Meseberg zu empfangen.", "Heute")]
    public void A_day_still_to_come_that_would_be_the_only_candidate_dates_nothing(string language, string text, string today)
    {
        var result = TemporalTagger.Tag(text, language);
        Assert.Null(result.DocumentDate);
        Assert.Equal("XXXX-XX-XX", result.Timexes.Single(t => t.Text == today).Value);
    }

    [Fact]
    public void Today_in_a_readout_is_the_readout_s_own_date()
    {
        var result = TemporalTagger.Tag("Office of the Press Secretary\n\nApril 17, 2017\n\nPresident Trump spoke today with President Erdogan.", "en");
        Assert.Equal(new DateOnly(2017, 4, 17), result.DocumentDate!.Value);
        Assert.Equal("2017-04-17", result.Timexes.Single(t => t.Text == "today").Value);
    }

    [Theory]
    [InlineData("de", "Die Regierung legte 2017 ihren Plan vor.\n\nHeute Abend sprach ich lange mit dem Bundeskanzler.", "Heute Abend", "XXXX-XX-XXTEV")]
    [InlineData("en", "The government set out its plan in 2017.\n\nI spoke with the Chancellor today.", "today", "XXXX-XX-XX")]
    public void Today_with_no_date_of_writing_is_not_the_first_day_of_a_year_named_before(string language, string text, string expression, string value)
    {
        var result = TemporalTagger.Tag(text, language);
        Assert.Null(result.DocumentDate);
        Assert.Equal(value, result.Timexes.Single(t => t.Text == expression).Value);
    }
}
