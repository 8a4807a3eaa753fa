using Timeline.Extraction.Events;

namespace Timeline.Extraction.Tests.Events;

public sealed class EventExtractionTests
{
    private static IReadOnlyList<DiplomaticEvent> Events(string text, string language, string dct) =>
        ArticleExtractor.Extract(text, language, DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture)).Events;

    [Fact]
    public void A_cancelled_meeting_is_cancelled()
    {
        var e = Assert.Single(Events("Das für Donnerstag geplante Treffen der Außenminister in Berlin wurde abgesagt.", "de", "2022-01-12"));
        Assert.Equal("cancelled", e.Status);
        Assert.Equal("2022-01-13", e.Date.Value);
        Assert.Equal("Berlin", e.Place?.Name);
    }

    [Theory]
    [InlineData("de", "PR/19/204 Wien, 4. März 2019 Die Außenminister Österreichs und Sloweniens treffen sich am 6. März in Graz zu Gesprächen über die Grenze.", "PR/19/204")]
    [InlineData("en", "PR/19/204 Vienna, 4 March 2019 The foreign ministers of Austria and Slovenia will meet in Graz on 6 March for talks on the border.", "PR/19/204")]
    public void A_release_number_run_into_the_first_sentence_is_not_evidence(string language, string text, string furniture)
    {
        var e = Assert.Single(Events(text, language, "2019-03-04"));
        Assert.Equal("2019-03-06", e.Date.Value);
        Assert.DoesNotContain(furniture, e.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("2019 ", e.Evidence, StringComparison.Ordinal);
        Assert.Equal(text[e.EvidenceStart..e.EvidenceEnd], e.Evidence);
    }

    [Fact]
    public void A_postponed_summit_is_postponed()
    {
        var e = Assert.Single(Events("The summit in Vienna scheduled for Friday has been postponed.", "en", "2022-01-12"));
        Assert.Equal("postponed", e.Status);
        Assert.Equal("2022-01-14", e.Date.Value);
    }

    [Fact]
    public void A_phone_call_needs_no_place_and_takes_its_parties_from_the_people()
    {
        var e = Assert.Single(Events("Joe Biden and Vladimir Putin spoke by phone on Thursday.", "en", "2022-01-12"));
        Assert.Equal("phone", e.Mode);
        Assert.Equal("2022-01-06", e.Date.Value);
        Assert.Contains(e.Participants, p => p.Id == "US");
        Assert.Contains(e.Participants, p => p.Id == "RU");
    }

    [Fact]
    public void Two_meetings_in_one_sentence_are_two_events_with_their_own_places_and_parties()
    {
        var events = Events("The NATO-Russia Council will meet in Brussels on Wednesday, and the OSCE is due to convene in Vienna on Thursday.", "en", "2022-01-10");
        Assert.Equal(2, events.Count);
        var brussels = events.Single(e => e.Place?.Id == "brussels");
        var vienna = events.Single(e => e.Place?.Id == "vienna");
        Assert.Equal("2022-01-12", brussels.Date.Value);
        Assert.Equal("2022-01-13", vienna.Date.Value);
        Assert.Contains(vienna.Participants, p => p.Id == "OSCE");
        Assert.DoesNotContain(brussels.Participants, p => p.Id == "OSCE");
        Assert.All(events, e => Assert.Equal("scheduled", e.Status));
    }

    [Fact]
    public void A_country_that_is_the_topic_is_not_a_party()
    {
        var e = Assert.Single(Events("American and Russian negotiators met in Geneva on Monday for talks on the crisis around Ukraine.", "en", "2022-01-10"));
        Assert.DoesNotContain(e.Participants, p => p.Id == "UA");
        Assert.Contains(e.Participants, p => p.Id == "US");
        Assert.Contains(e.Participants, p => p.Id == "RU");
    }

    [Fact]
    public void A_start_of_a_span_is_not_the_date_of_the_event()
    {
        var e = Assert.Single(Events("Am Mittwoch trifft sich in Brüssel der NATO-Russland-Rat, zum ersten Mal seit 2019.", "de", "2022-01-11"));
        Assert.Equal("2022-01-12", e.Date.Value);
        Assert.Equal("NATO-Russia Council meeting in Brussels", e.Title);
    }

    [Theory]
    [InlineData("de", "Die Inflation stieg im Dezember auf fünf Prozent.")]
    [InlineData("en", "Heavy snow fell on Monday across the Alps.")]
    [InlineData("de", "Siehe auch  Gipfel in Genf am Montag")]
    public void Text_without_a_diplomatic_event_yields_none(string language, string text) =>
        Assert.Empty(Events(text, language, "2022-01-12"));

    [Fact]
    public void Every_event_carries_an_explanation_and_a_confidence_between_zero_and_one()
    {
        var events = Events("Das dritte Treffen dieser Woche ist am Donnerstag in Wien geplant.", "de", "2022-01-12");
        var e = Assert.Single(events);
        Assert.NotEmpty(e.Explanation);
        Assert.InRange(e.Confidence, 0, 1);
        Assert.Equal("scheduled", e.Status);
    }
}

public sealed class EventSpanTests
{
    [Fact]
    public void A_meeting_over_a_range_of_days_has_an_end_date()
    {
        var result = ArticleExtractor.Extract("Die Konferenz findet vom 10. bis 13. Januar 2022 in Wien statt.", "de", new DateOnly(2022, 1, 5));
        var e = Assert.Single(result.Events);
        Assert.Equal("2022-01-10", e.Date.Value);
        Assert.Equal("2022-01-13", e.EndDate?.Value);
        Assert.Equal("scheduled", e.Status);
    }

    [Theory]
    [InlineData("de", "Die EU-Staats- und Regierungschefs kommen am Donnerstag und Freitag in Brüssel zu einem Gipfel zusammen.", "2023-03-09", "2023-03-10")]
    [InlineData("en", "The ministers met in Geneva on Monday and Tuesday.", "2023-02-27", "2023-02-28")]
    public void A_meeting_on_two_days_that_follow_one_another_is_one_event_over_both(string language, string text, string first, string last)
    {
        var e = Assert.Single(ArticleExtractor.Extract(text, language, new DateOnly(2023, 3, 3)).Events);
        Assert.Equal(first, e.Date.Value);
        Assert.Equal(last, e.EndDate?.Value);
    }

    [Fact]
    public void A_meeting_on_one_day_has_none()
    {
        var e = Assert.Single(ArticleExtractor.Extract("Die Konferenz fand am Montag in Wien statt.", "de", new DateOnly(2022, 1, 12)).Events);
        Assert.Null(e.EndDate);
    }
}
