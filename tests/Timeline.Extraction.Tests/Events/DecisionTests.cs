using Timeline.Extraction.Events;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Each decision about an event on its own: where its date, place, status, mode and participants come from.</summary>
public sealed class DecisionTests
{
    private static DiplomaticEvent Only(string language, string dct, string text) => Assert.Single(Read.Events(language, dct, text));

    // Date: in the sentence, carried from the event a sentence goes on about, from the title, or the publication date.
    [Fact]
    public void A_sentence_that_goes_on_about_an_event_takes_its_date_when_the_tense_agrees()
    {
        var events = Read.Events("en", "2008-07-07", "The G8 summit began today in Tokyo.\n\nBush met with the President of Russia.");
        var bilateral = Assert.Single(events, e => e.Mode == "bilateral");
        Assert.Equal("2008-07-07", bilateral.Date.Value);
        Assert.Contains(bilateral.Explanation, r => r.StartsWith("date: 2008-07-07, carried from", StringComparison.Ordinal));
        // What is to come cannot be dated by what happened.
        Assert.DoesNotContain(Read.Events("en", "2008-07-07", "The G8 summit began yesterday in Tokyo.\n\nBush will meet the President of Russia."),
            e => e.Mode == "bilateral");
    }

    [Fact]
    public void A_lead_that_names_no_day_reports_the_news_of_the_publication_date()
    {
        var e = Only("de", "2013-03-21", "Barroso und Medwedew haben in Moskau eine hochrangige Konferenz über die Partnerschaft ihrer Länder eröffnet.");
        Assert.Equal("2013-03-21", e.Date.Value);
        Assert.Contains(e.Explanation, r => r.Contains("the publication date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_takes_the_date_of_the_event_of_its_kind_it_names()
    {
        var events = Read.Events("en", "2007-02-01", "Six-party talks to resume\n\nThe talks among the six nations are set to restart in Beijing on February 8, 2007.");
        Assert.All(events, e => Assert.Equal("2007-02-08", e.Date.Value));
    }

    [Fact]
    public void A_dateline_dates_the_report_and_no_event()
    {
        var e = Only("de", "2016-04-13", "13.04.2016 - Kurz vor dem Abflug nach Teheran sprach die Außenbeauftragte mit Journalisten über den Besuch, der am 16. April beginnt.");
        Assert.Equal("2016-04-16", e.Date.Value);
    }

    [Fact]
    public void The_day_of_a_saying_does_not_date_a_plan_it_reports()
    {
        Assert.Empty(Read.Events("en", "2015-03-05", "An official said Wednesday that the President would decide later whether to proceed with the talks."));
    }

    // Place: named beside the event, a venue standing for its city, a country narrowed to a city, a body's seat.
    [Theory]
    [InlineData("en", "Ministers met at the White House on Monday.", "Washington")]
    [InlineData("de", "Die Minister trafen sich am Montag im Kanzleramt.", "Berlin")]
    [InlineData("en", "RIYADH - The minister met Gulf officials in Saudi Arabia on Monday.", "Riyadh")]
    [InlineData("en", "The NATO-Russia Council met on Monday.", "Brussels")]
    [InlineData("en", "Leaders spoke by phone on Monday from Paris.", null)]
    public void The_place_comes_from_the_text_first_and_from_what_the_article_and_the_body_say_next(string language, string text, string? place) =>
        Assert.Equal(place, Only(language, "2023-03-08", text).Place?.Name);

    // The other side of talks where the sentence names one country.
    [Fact]
    public void The_other_side_is_the_country_the_article_is_clearly_about()
    {
        var e = Only("en", "2023-03-08", "Chile and Argentina share a long border. Chile exports copper. Chile and its ports grow fast. "
            + "The President of Peru held talks with Chilean officials on Monday.");
        Assert.Contains(e.Participants, p => p.Id == "CL");
        Assert.Contains(e.Participants, p => p.Id == "PE");
    }

    [Fact]
    public void No_other_side_is_guessed_when_two_countries_are_named_alike()
    {
        var e = Only("en", "2023-03-08", "Chile and Argentina share a long border. Chile and Argentina export copper. "
            + "The President of Peru held talks on Monday.");
        Assert.Equal(["PE"], e.Participants.Where(p => p.Kind == ActorKind.Country).Select(p => p.Id));
    }

    [Fact]
    public void Talks_that_name_no_one_are_between_the_two_countries_the_article_is_about()
    {
        var events = Read.Events("en", "2023-03-08", "Chile and Peru share a long border. Chile and Peru trade copper. Chile and Peru plan a railway. "
            + "Argentina watches.\n\nOn Monday, the deputy minister met the cabinet secretary in Lima.");
        var e = Assert.Single(events);
        Assert.Equal(["CL", "PE"], e.Participants.Where(p => p.Kind == ActorKind.Country).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Talks_that_name_no_one_get_no_parties_when_the_article_is_about_many_countries()
    {
        var events = Read.Events("en", "2023-03-08", "Chile, Peru and Bolivia share borders. Chile, Peru and Bolivia trade copper.\n\n"
            + "On Monday, the deputy minister met the cabinet secretary in Lima.");
        var e = Assert.Single(events);
        Assert.DoesNotContain(e.Participants, p => p.Kind == ActorKind.Country);
    }

    // Status: as of the publication date.
    [Theory]
    [InlineData("en", "The meeting in Geneva planned for Thursday has been called off.", "cancelled")]
    [InlineData("de", "Das Treffen in Genf wurde auf Freitag verschoben.", "postponed")]
    [InlineData("en", "The ministers will meet in Geneva on Friday.", "scheduled")]
    [InlineData("en", "The ministers met in Geneva on Monday.", "occurred")]
    [InlineData("en", "The ministers are meeting in Geneva today, the spokesman said.", "occurred")]
    [InlineData("en", "On Monday the Chancellor phoned the Prime Minister of Ireland to tell him that her visit to Dublin has been called off.", "occurred")]
    [InlineData("de", "Die Kanzlerin telefonierte am Montag mit dem irischen Premierminister, um ihm mitzuteilen, dass ihr Besuch in Dublin abgesagt ist.", "occurred")]
    public void The_status_is_what_the_publication_date_and_the_clause_say(string language, string text, string status) =>
        Assert.Equal(status, Only(language, "2023-03-08", text).Status);

    // Mode.
    [Theory]
    [InlineData("en", "Biden spoke with Xi by telephone on Monday.", "phone")]
    [InlineData("de", "Die Kanzlerin telefonierte am Montag mit Präsident Macron.", "phone")]
    [InlineData("en", "The Chancellor visited Kyiv on Monday.", "visit")]
    [InlineData("en", "The foreign ministers of France, Germany, Italy and Spain met in Rome on Monday.", "multilateral")]
    [InlineData("de", "Am Montag fanden in Genf bilaterale Gespräche zwischen Russland und den USA statt.", "bilateral")]
    public void The_mode_comes_from_the_words_and_the_number_of_parties(string language, string text, string mode) =>
        Assert.Equal(mode, Only(language, "2023-03-08", text).Mode);

    [Theory]
    [InlineData("de", "Nach der Landung des Gastes am Abend des 10. Oktober empfängt ihn die Kanzlerin am Morgen des 11. Oktober in Berlin.")]
    [InlineData("en", "After his arrival late on October 10 the Chancellor welcomes him on the morning of October 11 in Berlin.")]
    public void A_date_in_an_opening_that_tells_what_comes_first_does_not_date_the_event(string language, string text) =>
        Assert.Equal("2024-10-11", Only(language, "2024-10-03", text).Date.Value);

    [Theory]
    [InlineData("en", "The Chancellor said that she looks forward to hosting the G7 leaders in Elmau on June 26.")]
    [InlineData("de", "Die Kanzlerin sagte, sie freue sich auf den G7-Gipfel in Elmau am 26. Juni.")]
    public void A_summit_someone_looks_forward_to_is_ahead_and_at_its_venue_though_a_saying_reports_it(string language, string text)
    {
        var e = Only(language, "2022-05-14", text);
        Assert.Equal(("2022-06-26", "schloss-elmau", "scheduled"), (e.Date.Value, e.Place?.Id, e.Status));
    }

    [Fact]
    public void A_day_of_a_state_visit_is_an_event_of_its_own_and_a_year_of_the_paragraph_before_does_not_date_it()
    {
        var text = "Präsident Biden kommt vom 10. bis 13. Oktober auf Staatsbesuch nach Deutschland. Das ist lange her, denn zuletzt kam Präsident Reagan 1985 nach Bonn.\n\n"
            + "Am Morgen des 11. Oktober begrüßt Steinmeier den Gast in Berlin mit militärischen Ehren. Am Nachmittag empfängt Präsident Biden Bundeskanzler Scholz in der Botschaft.";
        var events = Read.Events("de", "2024-10-03", text);
        Assert.Contains(events, e => e.Mode == "visit" && e.Date.Value == "2024-10-10");
        Assert.Contains(events, e => e.Place?.Id == "berlin" && e.Date.Value == "2024-10-11");
        var afternoon = Assert.Single(events, e => e.Evidence.StartsWith("Am Nachmittag", StringComparison.Ordinal));
        Assert.Equal("2024-10-11", afternoon.Date.Value);
        Assert.Contains(afternoon.Participants, p => p.Id == "olaf-scholz");
    }

    [Theory]
    [InlineData("de", "Bern, 05.02.2019 - Bundesrätin Anna Muster trifft diese Woche in Washington Aussenminister Mike Pompeo und Sicherheitsberater John Bolton. Themen sind Venezuela und der Handel.\n\nBern und Washington wollen auch ein Abkommen vorbereiten. In den Gesprächen mit John Bolton am Mittwoch und mit Mike Pompeo am Donnerstag soll die Rolle der Schweiz als Schutzmacht zur Sprache kommen.")]
    [InlineData("en", "Ottawa, February 5, 2019 - Minister Anna Sample is in Washington this week to meet Secretary of State Mike Pompeo and National Security Adviser John Bolton. Venezuela and trade top the list.\n\nOttawa and Washington also want to prepare an accord. In the meetings with John Bolton on Wednesday and with Mike Pompeo on Thursday, Arctic questions will come up.")]
    public void The_days_of_meetings_announced_for_a_week_in_a_city_are_in_that_city_not_at_the_dateline(string language, string text)
    {
        var events = Read.Events(language, "2019-02-05", text);
        Assert.Contains(events, e => e.Date.Value == "2019-02-06" && e.Place?.Id == "washington");
        Assert.Contains(events, e => e.Date.Value == "2019-02-07" && e.Place?.Id == "washington");
        Assert.DoesNotContain(events, e => e.Place?.Id is "bern" or "ottawa");
    }

    [Theory]
    [InlineData("de", "Die österreichische Außenministerin Anna Beispiel empfing am Freitag den deutschen Verteidigungsminister zu einem Arbeitsgespräch über Syrien.", "vienna")]
    [InlineData("de", "Der deutsche Verteidigungsminister wurde am Freitag von der österreichischen Außenministerin Anna Beispiel empfangen.", "vienna")]
    [InlineData("en", "The French President was welcomed by Chancellor Merkel on Friday.", "berlin")]
    [InlineData("en", "Chancellor Merkel received the French President on Friday in Meseberg.", "schloss-meseberg")]
    public void Who_receives_a_foreign_guest_with_no_place_named_does_so_in_their_capital(string language, string text, string place) =>
        Assert.Equal(place, Only(language, "2019-01-21", text).Place?.Id);

    [Theory]
    [InlineData("de", "Die Kanzlerin hatte am Mittwoch, den 29. März, Zeit für einen Gast aus dem Fernsehen.\n\nNach dem Besuch Müllers empfing die Kanzlerin im Kanzleramt den italienischen Staatspräsidenten Carlo Azeglio Ciampi.")]
    [InlineData("en", "The Chancellor had time on Wednesday, March 29, for a guest from television.\n\nAfter the visit, the Chancellor received the Italian President Carlo Azeglio Ciampi at the Federal Chancellery.")]
    public void What_came_after_the_day_the_story_reached_is_on_that_day(string language, string text)
    {
        var e = Only(language, "2006-03-31", text);
        Assert.Equal(("2006-03-29", "berlin"), (e.Date.Value, e.Place?.Id));
        Assert.Contains(e.Explanation, r => r.Contains("named just before", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "The Secretary will travel to Paris, Berlin and Warsaw next week.", "paris berlin warsaw")]
    [InlineData("de", "Die Ministerin reist nächste Woche nach Paris und Warschau.", "paris warsaw")]
    [InlineData("en", "Next week the envoy travels to Tel Aviv, Jerusalem and Ramallah for meetings with leaders.", "tel-aviv ramallah")]
    public void A_trip_to_places_in_several_countries_is_a_visit_to_each(string language, string text, string places)
    {
        var events = Read.Events(language, "2024-05-01", text);
        Assert.Equal(places.Split(' '), events.Select(e => e.Place?.Id));
        Assert.All(events, e => Assert.Single(e.Participants, p => p.Kind == ActorKind.Country));
    }

    [Fact]
    public void A_later_day_of_a_trip_is_at_the_stop_the_trip_went_on_to()
    {
        var text = "Die Kanzlerin reist am 20. und 21. Februar nach Paris und nach Rom. In Paris trifft sie am 20. Februar den Präsidenten zum Mittagessen. "
            + "Am Nachmittag fliegt die Kanzlerin weiter nach Rom.\n\nAm Vormittag des 21. Februar hat die Kanzlerin eine Privataudienz bei Papst Franziskus.";
        var audience = Assert.Single(Read.Events("de", "2015-02-13", text), e => e.Date.Value == "2015-02-21");
        Assert.Equal("rome", audience.Place?.Id);
    }

    [Fact]
    public void A_place_named_like_a_word_of_a_date_is_the_date_s_word() =>
        Assert.Equal("geneva", Only("de", "2013-10-21", "Die Minister forderten eine Friedenskonferenz vor Ende November in Genf.").Place?.Id);

    [Theory]
    [InlineData("Anschließend reist der Minister vom 23. bis 25. Oktober nach Kuwait.")]
    [InlineData("Anschließend reist Bundesrat Ignazio Cassis vom 23. bis 25. Oktober nach Kuwait.")]
    public void A_range_after_the_subject_of_a_German_verb_dates_the_verb(string text)
    {
        var e = Only("de", "2025-10-20", text);
        Assert.Equal(("2025-10-23", "kw"), (e.Date.Value, e.Place?.Id));
    }

    [Fact]
    public void A_preposition_that_puts_something_first_introduces_that_not_the_verb_after_it()
    {
        var e = Only("de", "2006-03-30", "Nach dem Besuch Müllers empfing die Kanzlerin im Kanzleramt den italienischen Staatspräsidenten Carlo Azeglio Ciampi.");
        Assert.Equal(("2006-03-30", "berlin"), (e.Date.Value, e.Place?.Id));
    }

    [Theory]
    [InlineData("en", "The ministers will hold talks in Beijing today. Among the topics to be discussed are climate policy and the enforcement of UN sanctions on Iran.")]
    [InlineData("de", "Die Minister beraten heute in Peking. Besprochen werden der Klimaschutz und die Umsetzung der Sanktionen gegen Nordkorea.")]
    public void A_measure_named_as_what_will_be_discussed_is_no_event(string language, string text) =>
        Assert.DoesNotContain(Read.Events(language, "2018-07-30", text), e => e.Type == "SANCTION");

    // Participants.
    [Fact]
    public void Participants_are_parties_not_settings_topics_or_reported_content()
    {
        var e = Only("en", "2023-03-08", "Blinken met Cavusoglu in Brussels on Monday to discuss common concerns about Syria and Afghanistan, and said that Iran must comply.");
        Assert.Contains(e.Participants, p => p.Id == "US");
        Assert.Contains(e.Participants, p => p.Id == "TR");
        Assert.DoesNotContain(e.Participants, p => p.Id is "SY" or "AF" or "IR" or "BE");
    }

    [Theory]
    [InlineData("en", "President Biden spoke with Chancellor Scholz on Monday to discuss the Russian government's attacks on civilians.", "RU")]
    [InlineData("de", "Kanzler Scholz telefonierte am Montag mit Präsident Biden und besprach das Vorgehen der russischen Regierung.", "RU")]
    [InlineData("en", "IP/23/101 Brussels, 8 March 2023 The leaders of the EU and Japan will meet in Tokyo on Monday.", "BE")]
    public void What_is_discussed_and_where_the_report_was_written_are_no_parties(string language, string text, string notAParty)
    {
        var e = Only(language, "2023-03-08", text);
        Assert.DoesNotContain(e.Participants, p => p.Id == notAParty);
        Assert.NotEmpty(e.Participants);
    }

    [Fact]
    public void An_office_named_alone_acts_for_whoever_issued_the_text()
    {
        var e = Only("en", "2011-08-15", "The White House\n\nOffice of the Press Secretary\n\nThe President spoke today with Prime Minister Rutte of the Netherlands.");
        Assert.Contains(e.Participants, p => p.Id == "US");
        Assert.Contains(e.Participants, p => p.Id == "NL");
    }

    [Theory]
    [InlineData("en", "2010-07-08", "SECRETARY CLINTON: The Minister and I agreed on this Dialogue during my trip to Angola last autumn.", "US", "AO")]
    [InlineData("en", "2010-07-08", "Office of the Spokesperson\n\nIn May, we signed a civil aviation accord with Angola.", "US", "AO")]
    [InlineData("de", "2023-03-08", "Auswärtiges Amt\n\nIm Januar haben wir mit Angola ein Abkommen über den Luftverkehr unterzeichnet.", "DE", "AO")]
    [InlineData("en", "2020-05-14", "Vladimir Putin: We met in Sochi on Tuesday and agreed on the next steps with our Turkish partners.", "RU", "TR")]
    public void The_first_person_is_the_speaker_a_transcript_names_or_whoever_issued_the_text(string language, string dct, string text, string speaker, string other)
    {
        var e = Read.Events(language, dct, text)[0];
        Assert.Contains(e.Participants, p => p.Id == speaker);
        Assert.Contains(e.Participants, p => p.Id == other);
    }

    [Theory]
    [InlineData("Office of the Spokesperson\n\n\"We met the Finnish minister in Helsinki on Tuesday,\" a Swedish diplomat said.")]
    [InlineData("Office of the Spokesperson\n\nQUESTION: We met the Finnish minister in Helsinki on Tuesday. What was said?")]
    public void The_first_person_in_a_quotation_or_a_question_is_not_the_issuer(string text)
    {
        var e = Read.Events("en", "2023-03-08", text)[0];
        Assert.DoesNotContain(e.Participants, p => p.Id == "US");
    }

    [Fact]
    public void A_known_office_holder_acts_for_the_country_of_the_office()
    {
        var e = Only("en", "2020-01-09", "Vladimir Putin had a telephone conversation with Angela Merkel.");
        Assert.Contains(e.Participants, p => p.Id == "RU");
        Assert.Contains(e.Participants, p => p.Id == "DE");
    }

    [Fact]
    public void The_country_a_visit_goes_to_takes_part()
    {
        var e = Only("de", "2023-03-08", "Bundeskanzler Scholz reiste am Montag zu Gesprächen nach Peking.");
        Assert.Contains(e.Participants, p => p.Id == "DE");
        Assert.Contains(e.Participants, p => p.Id == "CN");
    }

    [Theory]
    [InlineData("en", "2008-07-07", "US President George W. Bush thanked Japanese Prime Minister Yasuo Fukuda for his words on China. On Monday, the two leaders met in Tokyo for an hour to discuss China and North Korea.", "JP", "US")]
    [InlineData("de", "2019-05-13", "Bundeskanzlerin Angela Merkel lobte den französischen Präsidenten Emmanuel Macron für seine Rede über China. Am Montag trafen sich die beiden in Paris zu einem Arbeitsessen über China.", "DE", "FR")]
    public void Two_people_referred_to_as_a_pair_bring_their_countries(string language, string dct, string text, string first, string second)
    {
        // China is named more often than either, but only as the topic.
        var e = Only(language, dct, text);
        Assert.Equal([first, second], e.Participants.Where(p => p.Kind == ActorKind.Country).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("de", "US-Außenminister Rubio traf am Montag in Berlin die Verteidigungsministerin Anna Beispiel.", "DE")]
    [InlineData("en", "US Secretary of State Rubio met Defence Minister Anna Sample in Oslo on Monday.", "NO")]
    [InlineData("de", "US-Außenminister Rubio traf am Montag in Wien die Botschafterin Anna Beispiel.", null)]
    [InlineData("en", "US Secretary of State Rubio met his European counterparts in Oslo on Monday.", null)]
    public void An_office_holder_a_visitor_meets_in_a_city_holds_the_office_of_its_country_unless_an_envoy(string language, string text, string? host)
    {
        var countries = Only(language, "2025-03-10", text).Participants.Where(p => p.Kind == ActorKind.Country).Select(p => p.Id).ToList();
        Assert.Equal(host is null ? ["US"] : ["US", host], countries.OrderBy(id => id == "US" ? 0 : 1));
    }

    [Fact]
    public void A_country_named_only_as_the_topic_is_not_the_other_side_of_a_call()
    {
        var text = "Prime Minister Cameron and the President spoke by phone today. Both leaders talked about the crisis in Syria and the Syrian government's use of force. "
            + "They agreed that the Syrian people's demands must be met and that Syrian forces must halt all violence.";
        var e = Read.Events("en", "2011-08-15", text).First();
        Assert.DoesNotContain(e.Participants, p => p.Id == "SY");
        Assert.Contains(e.Participants, p => p.Id == "GB");
    }

    [Theory]
    [InlineData("de", "Vertreter von Europäischer Union und Afrikanischer Union berieten am Donnerstag in Addis Abeba über den Handel.", "EU", "AFRICAN-UNION")]
    [InlineData("de", "Am Dienstag traf die Präsidentin des Europäischen Parlaments in Berlin Bundeskanzler Olaf Scholz.", "EUROPARL", "DE")]
    [InlineData("en", "The President of the European Parliament met Chancellor Olaf Scholz in Berlin on Tuesday.", "EUROPARL", "DE")]
    public void Organisations_are_read_in_every_form_their_names_take(string language, string text, string first, string second)
    {
        var e = Only(language, "2022-03-22", text);
        Assert.Contains(e.Participants, p => p.Id == first);
        Assert.Contains(e.Participants, p => p.Id == second);
    }

    [Fact]
    public void A_dateline_and_its_agency_that_open_the_lead_are_not_evidence()
    {
        var text = "Telefongespräch zwischen Hollande und Obama\n\nWASHINGTON – (AD) – Nachfolgend eine Zusammenfassung des Telefongesprächs von Präsident Hollande mit Präsident Obama vom 11. April 2012.";
        var e = Read.Events("de", "2012-04-12", text).Single(e => e.Evidence.Contains("Zusammenfassung", StringComparison.Ordinal));
        Assert.StartsWith("Nachfolgend", e.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Die Ministerinnen trafen sich am Montag in Rom, wie ein Sprecher der Regierung berichtete.", "Die Ministerinnen trafen sich am Montag in Rom")]
    [InlineData("de", "Wie das Ministerium mitteilte, trafen sich die Ministerinnen am Montag in Rom.", "trafen sich die Ministerinnen am Montag in Rom.")]
    [InlineData("en", "The ministers met in Rome on Monday, a spokesman said.", "The ministers met in Rome on Monday")]
    // A relative clause at the end that holds nothing of the event describes someone in it.
    [InlineData("de", "Die Ministerin trifft am Montag in Rom ihren Amtskollegen, der zurzeit die erste Krise seiner Amtszeit erlebt.", "Die Ministerin trifft am Montag in Rom ihren Amtskollegen")]
    [InlineData("en", "The minister met her counterpart in Rome on Monday, who is facing the first crisis of his term.", "The minister met her counterpart in Rome on Monday")]
    // So does a segment at the end that adds something beside the event.
    [InlineData("de", "Die Präsidentin Estlands wird am Freitag vom Kanzler in Wien empfangen, zumal die Beziehungen beider Länder eng sind.", "Die Präsidentin Estlands wird am Freitag vom Kanzler in Wien empfangen")]
    [InlineData("en", "The Chancellor will host the Estonian President in Vienna on Friday, besides a concert at the opera.", "The Chancellor will host the Estonian President in Vienna on Friday")]
    // Not a segment that joins more of the event.
    [InlineData("en", "The Chancellor met the Estonian President in Vienna on Monday, as well as the Speaker of Parliament.", "The Chancellor met the Estonian President in Vienna on Monday, as well as the Speaker of Parliament.")]
    // A segment opened by a word of attribution says where the report comes from.
    [InlineData("en", "According to a statement from the ministry, the ministers met in Rome on Monday.", "the ministers met in Rome on Monday.")]
    // A clause joined by a conjunction goes on with the news, even with a verb of saying in it.
    [InlineData("en", "The ministers met in Rome on Monday, and the Chancellor said it went well.", "The ministers met in Rome on Monday, and the Chancellor said it went well.")]
    public void A_segment_that_only_says_who_reported_the_event_is_not_evidence(string language, string text, string evidence)
    {
        var e = Only(language, "2023-03-08", text);
        Assert.Equal(evidence, e.Evidence);
    }

    [Fact]
    public void The_evidence_is_the_text_as_it_was_sent()
    {
        var text = "The Chancellor’s guest met her in Rome\u00A0on Monday.";
        var e = Only("en", "2023-03-08", text);
        Assert.Equal(text, e.Evidence);
    }

    // Merging within an article.
    [Fact]
    public void Mentions_of_one_meeting_merge_but_two_meetings_of_one_day_stay_two()
    {
        var one = Read.Events("en", "2023-03-08", "Blinken met Lavrov in Geneva on Monday. The meeting in Geneva on Monday lasted two hours.");
        Assert.Single(one);
        var two = Read.Events("en", "2008-07-07", "Bush met with the President of Russia in Tokyo on Monday, and he held a separate meeting with the President of Ghana in Tokyo on Monday.");
        Assert.True(two.Count >= 2, string.Join("; ", two.Select(e => e.Title)));
    }
}
