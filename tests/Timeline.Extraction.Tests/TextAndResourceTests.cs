using System.Globalization;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests;

public sealed class TextDocumentTests
{
    [Fact]
    public void An_ordinal_date_does_not_end_a_sentence_but_a_full_stop_does()
    {
        var doc = TextDocument.Analyse("Der Rat tagte am 12. Januar in Brüssel. Danach sprach Stoltenberg, z. B. über Rüstung.", LanguageProfile.For("de"));
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal("Der Rat tagte am 12. Januar in Brüssel.", doc.Slice(doc.Sentences[0].Start, doc.Sentences[0].End));
    }

    [Theory]
    [InlineData("de", "EU-Gipfel berät über die Lage in Nahost - Europäische Kommission Zum Hauptinhalt\n\nEU-Gipfel berät über die Lage in Nahost\n\nDie Staats- und Regierungschefs beraten morgen in Brüssel über die Lage im Nahen Osten.")]
    [InlineData("en", "EU summit discusses the Middle East - European Commission Skip to main content\n\nEU summit discusses the Middle East\n\nThe leaders will discuss the Middle East in Brussels tomorrow.")]
    public void A_line_that_ends_with_a_skip_link_is_the_page_s_title_bar(string language, string text)
    {
        var doc = TextDocument.Analyse(text, LanguageProfile.For(language));
        Assert.Equal([ParagraphRole.Furniture, ParagraphRole.Body, ParagraphRole.Body], doc.Paragraphs.Select(p => p.Role));
    }

    [Fact]
    public void A_republishing_site_s_attribution_line_is_read_for_its_date_and_reports_no_event()
    {
        const string text = "Remarks by the President\n\nMet dank overgenomen van de Europese Raad, gepubliceerd op donderdag 6 juli 2017.\n\nI am happy to welcome the Prime Minister of Japan in Brussels today for our summit.";
        var doc = TextDocument.Analyse(text, LanguageProfile.For("en"));
        Assert.Equal([ParagraphRole.Body, ParagraphRole.Appendix, ParagraphRole.Body], doc.Paragraphs.Select(p => p.Role));
        var result = ArticleExtractor.Extract(text, "en", null);
        Assert.Equal(new DateOnly(2017, 7, 6), result.DocumentDate?.Value);
        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e => Assert.DoesNotContain("Met dank", e.Evidence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de", "Das Treffen ist am 21. Juni in Wien.Im Rat sprechen die Minister über Irak.", "Das Treffen ist am 21. Juni in Wien.")]
    [InlineData("en", "The summit is in Vienna on 21 June.The ministers talk about Iraq.", "The summit is in Vienna on 21 June.")]
    // In an address the word after the dot opens no sentence, even one that would ("Die").
    [InlineData("de", "Mehr dazu auf www.regierung.Die-Reise und in der Presse.", "Mehr dazu auf www.regierung.Die-Reise und in der Presse.")]
    [InlineData("en", "The talks were held in Vienna.Kurz said so.", "The talks were held in Vienna.Kurz said so.")]
    public void A_full_stop_glued_to_a_word_that_opens_sentences_ends_the_sentence_outside_an_address(string language, string text, string first)
    {
        var doc = TextDocument.Analyse(text, LanguageProfile.For(language));
        Assert.Equal(first, doc.Slice(doc.Sentences[0].Start, doc.Sentences[0].End));
    }

    [Theory]
    [InlineData("48213344221_5c0ffee123_bPARIS – Die Ministerin traf heute ihren Amtskollegen.", "PARIS – Die Ministerin traf heute ihren Amtskollegen.")]
    [InlineData("XY190411093045ROM – Der Minister reiste am Montag nach Rom.", "ROM – Der Minister reiste am Montag nach Rom.")]
    public void A_photo_file_name_glued_to_a_dateline_is_blanked_and_the_dateline_opens_the_sentence(string text, string sentence)
    {
        var doc = TextDocument.Analyse(text, LanguageProfile.For("de"));
        Assert.Equal(text.Length, doc.Text.Length);
        Assert.Equal(sentence, doc.Slice(doc.Sentences[0].Start, doc.Sentences[0].End));
    }

    [Theory]
    [InlineData("Der Besuch am 12. Mai 2019 in Bonn war kurz.")]
    [InlineData("Die Aktie DE0007164600 Siemens stieg.")]
    [InlineData("Aktenzeichen 123456789_abcdef_x und Berlin")]
    [InlineData("Order 12345678_abcdef_hBERLIN")]
    public void Digits_that_are_no_glued_photo_name_stay(string text) =>
        Assert.Equal(text, TextDocument.WithoutPhotoIds(text));

    [Fact]
    public void A_comment_link_above_the_article_is_a_widget_and_comments_after_it_are_furniture()
    {
        var above = TextDocument.Analyse("G8 Leaders Meet\n\nPosted May 19th, 2012\nLeave a comment\n\nThe leaders met at Camp David on Friday.", LanguageProfile.For("en"));
        Assert.Equal(ParagraphRole.Body, above.Paragraphs[^1].Role);
        var after = TextDocument.Analyse("Die Minister trafen sich am Montag in Wien.\n\nKommentare\n\nIch habe die Minister gestern in Rom getroffen.", LanguageProfile.For("de"));
        Assert.Equal(ParagraphRole.Furniture, after.Paragraphs[^1].Role);
    }

    [Fact]
    public void Site_furniture_captions_and_credits_are_recognised()
    {
        var text = "Der Rat tagte.\n\nNATO-Russland-Rat\nEin Überblick über den Rat am 12. Januar 2022.\n\nEU / POOL / Beispiel-Agentur über Getty Images\n\n" +
                   "Gespräche beginnen langsam\n\n10:37\n\nSiehe auch\u00A0 Anderes Thema\n\nSchreibe einen Kommentar\n\nDeine E-Mail-Adresse wird nicht angezeigt.";
        var doc = TextDocument.Analyse(text, LanguageProfile.For("de"));
        string RoleOf(string start) => doc.Paragraphs.Single(p => doc.Text[p.Start..p.End].StartsWith(start, StringComparison.Ordinal)).Role.ToString();
        Assert.Equal("Body", RoleOf("Der Rat tagte."));
        Assert.Equal("Caption", RoleOf("NATO-Russland-Rat"));
        Assert.Equal("Caption", RoleOf("Ein Überblick"));
        Assert.Equal("Furniture", RoleOf("EU / POOL"));
        Assert.Equal("Furniture", RoleOf("Gespräche beginnen"));
        Assert.Equal("Furniture", RoleOf("10:37"));
        Assert.Equal("Furniture", RoleOf("Siehe auch"));
        Assert.Equal("Furniture", RoleOf("Deine E-Mail"));
    }

    [Theory]
    [InlineData("de", "Bundeskanzler Scholz hat am Montag den französischen Präsidenten in Paris getroffen.\n\nScholz trifft Präsident Macron im Élysée-Palast. Foto: Bundesregierung/Kugler\n\nVorheriger Artikel: Kanzler empfängt NATO-Generalsekretär am 5. Juli")]
    [InlineData("en", "President Biden met Chancellor Scholz at the White House on Monday.\n\nPresident Joe Biden meets with Chancellor Olaf Scholz in the Oval Office, February 7, 2022. (Official White House Photo by Adam Schultz)\n\nPrevious article: Readout of President Biden's Call with President Macron on July 1")]
    public void A_caption_that_carries_its_credit_is_a_caption_and_leaves_the_paragraph_before_it_alone(string language, string text)
    {
        var doc = TextDocument.Analyse(text, LanguageProfile.For(language));
        Assert.Equal([ParagraphRole.Body, ParagraphRole.Caption, ParagraphRole.Furniture], doc.Paragraphs.Select(p => p.Role));
        var e = Assert.Single(ArticleExtractor.Extract(text, language, new DateOnly(2022, 7, 9)).Events);
        Assert.Equal(new DateOnly(2022, 7, 4), e.Date.RangeStart);
    }

    [Fact]
    public void A_link_set_into_the_article_is_furniture_and_the_article_goes_on_after_it()
    {
        const string text = "Lammy met Wang Yi in London on Thursday.\n\nAlso Read | Lammy says talks were frank\n\nLammy visited China in October last year.";
        var doc = TextDocument.Analyse(text, LanguageProfile.For("en"));
        Assert.Equal([ParagraphRole.Body, ParagraphRole.Furniture, ParagraphRole.Body], doc.Paragraphs.Select(p => p.Role));
        Assert.Equal(2, ArticleExtractor.Extract(text, "en", new DateOnly(2025, 2, 14)).Events.Count);
    }

    [Fact]
    public void A_paragraph_printed_twice_is_a_caption_and_a_run_of_story_titles_reports_nothing()
    {
        const string text = "Pompeo cancels Berlin visit\n\nPompeo and Lavrov meet at the Arctic Council meeting in Rovaniemi on May 6\n\n"
            + "U.S. Secretary of State Mike Pompeo has abruptly canceled a visit to Germany on Tuesday, hours before he was due to arrive in Berlin for talks with Chancellor Merkel and Foreign Minister Maas, officials said.\n\n"
            + "Pompeo and Lavrov meet at the Arctic Council meeting in Rovaniemi on May 6\n\nTrump says it is time for constructive work with Russia\n\nGorbachev compares the meeting to his own with Reagan";
        var doc = TextDocument.Analyse(text, LanguageProfile.For("en"));
        Assert.Equal([ParagraphRole.Body, ParagraphRole.Caption, ParagraphRole.Body, ParagraphRole.Caption, ParagraphRole.Appendix, ParagraphRole.Appendix],
            doc.Paragraphs.Select(p => p.Role));
    }

    [Fact]
    public void An_article_printed_twice_keeps_its_first_copy_and_reads_the_second_for_dates_only()
    {
        const string text = "Presidents speak again\n\nThe two presidents held a telephone conversation on Wednesday, the Kremlin said.\n\n"
            + "They discussed the war in Syria and the situation in Ukraine.\n\n"
            + "The two presidents held a telephone conversation on Wednesday, the Kremlin said.\n\n"
            + "They discussed the war in Syria and the situation in Ukraine.";
        var doc = TextDocument.Analyse(text, LanguageProfile.For("en"));
        Assert.Equal([ParagraphRole.Body, ParagraphRole.Body, ParagraphRole.Body, ParagraphRole.Appendix, ParagraphRole.Appendix],
            doc.Paragraphs.Select(p => p.Role));
    }

    /// <summary>
    /// A caption says where people stand in the picture ("(left)", "(links)"); a site's notice on cookies or terms is
    /// furniture. Either way the article after it is read.
    /// </summary>
    [Theory]
    [InlineData("en", "President Putin (left) welcomes President Hollande in Sochi.", ParagraphRole.Caption)]
    [InlineData("de", "Steinmeier (links) begrüßt den König in Berlin.", ParagraphRole.Caption)]
    [InlineData("en", "Our site uses cookies to improve your visit. By continuing to use it, you agree to our use of cookies.", ParagraphRole.Furniture)]
    [InlineData("de", "Wir verwenden Cookies. Mit der Nutzung der Seite stimmen Sie unserer Datenschutzerklärung zu.", ParagraphRole.Furniture)]
    public void A_caption_or_a_sites_notice_before_the_article_is_not_its_text(string language, string paragraph, ParagraphRole role)
    {
        var doc = TextDocument.Analyse($"{paragraph}\n\nThe article goes on here.", LanguageProfile.For(language));
        Assert.Equal(role, doc.Paragraphs[0].Role);
        Assert.Equal(ParagraphRole.Body, doc.Paragraphs[1].Role);
    }

    [Fact]
    public void Text_wrapped_by_hand_at_a_fixed_width_is_read_a_paragraph_at_a_time()
    {
        var lines = Enumerable.Range(1, 9).Select(i => $"line {i} of a paragraph that a newsletter wrapped at its own width").ToList();
        var text = "Andes Newsletter\n\n" + string.Join('\n', lines[..5]) + "\n\n" + string.Join('\n', lines[5..]);
        var doc = TextDocument.Analyse(text, LanguageProfile.For("en"));
        Assert.Equal(3, doc.Paragraphs.Count);
        Assert.StartsWith("line 6", text[doc.Paragraphs[2].Start..doc.Paragraphs[2].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Der Termin war nachgeholt: Die Ministerin hatte am\n\nDienstag Prag besucht und dort den neuen Premier\n\nPetr Fiala getroffen. Ein Gespräch mit dem Präsidenten war\n\nauch geplant.", 1)]
    [InlineData("en", "The minister met her counterpart on the\n\nsidelines of the summit in Rome.\n\nTalks go on", 2)]
    // A heading ends where it ends; so does a paragraph that closes its sentence.
    [InlineData("de", "Treffen in Prag\n\nDie Ministerin traf den Premier.\n\nder Besuch geht weiter", 3)]
    public void A_sentence_broken_by_blank_lines_is_one_paragraph(string language, string text, int paragraphs)
    {
        var doc = TextDocument.Analyse(text, LanguageProfile.For(language));
        Assert.Equal(paragraphs, doc.Paragraphs.Count);
        Assert.DoesNotContain(doc.Sentences, s => text[s.Start..s.End].EndsWith(" am", StringComparison.Ordinal) || text[s.Start..s.End].EndsWith(" the", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Trump says it is time for constructive work with RussiaWorld July 09, 16:42")]
    [InlineData("• Vietnam arrests Lao drug smuggler • Indian police seize arms")]
    public void A_ticker_line_with_its_time_and_a_line_of_bullets_are_furniture(string line)
    {
        var text = "Putin and Trump met in Hamburg on Friday for more than two hours, the Kremlin said on Sunday.\n\n" + line;
        var doc = TextDocument.Analyse(text, LanguageProfile.For("en"));
        Assert.Equal(ParagraphRole.Furniture, doc.Paragraphs[1].Role);
    }

    [Theory]
    [InlineData("de", "Die Minister trafen sich am Dienstag in Rom.\n\nEinzelheiten\n\nDatum der Veröffentlichung\n\n14. März 2023\n\nMehr zum Thema\n\nGipfel am 9. und 10. Juli in Bari", "14. März 2023")]
    [InlineData("en", "The ministers met in Rome on Tuesday.\n\n== Sources ==\n\n\"Ministers meet in Bari on July 7\" - Daily Courier, March 14, 2023", "March 14, 2023")]
    public void What_follows_the_article_is_read_for_dates_but_reports_no_events(string language, string text, string date)
    {
        var doc = TextDocument.Analyse(text, LanguageProfile.For(language));
        Assert.Equal(ParagraphRole.Body, doc.Paragraphs[0].Role);
        Assert.All(doc.Paragraphs.Skip(1), p => Assert.Equal(ParagraphRole.Appendix, p.Role));

        var result = ArticleExtractor.Extract(text, language, new DateOnly(2023, 3, 15));
        Assert.Contains(result.Timexes, t => t.Text == date);
        var e = Assert.Single(result.Events);
        Assert.Contains("in Rom", e.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalising_keeps_every_offset()
    {
        var text = "Siehe\u00A0auch \u201EZitat\u201C und\u202Fmehr";
        Assert.Equal(text.Length, TextDocument.Normalize(text).Length);
    }

    [Fact]
    public void Html_becomes_the_article_text_with_title_date_and_language()
    {
        var page = HtmlText.Extract("""
            <html lang="de"><head><title>Seite</title><meta property="article:published_time" content="2022-01-12T23:30:00-05:00"></head>
            <body><nav>Menü</nav><article><h1>Rat tagt</h1><p>Am Mittwoch tagte der Rat in Brüssel.</p><aside>Werbung</aside>
            <p>Stoltenberg sprach.</p></article><footer>Impressum</footer><script>x()</script></body></html>
            """);
        Assert.Equal("Rat tagt\n\nAm Mittwoch tagte der Rat in Brüssel.\n\nStoltenberg sprach.", page.Text);
        Assert.Equal("Rat tagt", page.Title);
        Assert.Equal(new DateOnly(2022, 1, 12), page.PublishedAt);
        Assert.Equal("de", page.Language);
    }

    [Theory]
    [InlineData("Die Gespräche der NATO mit Russland über die Sicherheit in Europa werden fortgesetzt.", "de")]
    [InlineData("The talks between NATO and Russia about security in Europe will continue.", "en")]
    public void The_language_is_detected(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text));
}

public sealed class ResourceTests
{
    [Fact]
    public void Every_language_file_parses_and_every_rule_compiles()
    {
        foreach (var code in LanguageProfile.Supported)
        {
            var profile = LanguageProfile.For(code);
            Assert.NotEmpty(profile.Rules);
            Assert.Equal(12, profile.Months.Values.Distinct().Count());
            Assert.Equal(7, profile.Weekdays.Values.Distinct().Count());
            Assert.Equal(["FA", "SP", "SU", "WI"], profile.Seasons.Values.Distinct().Order());
            Assert.NotEmpty(profile.Events.Section("verbs"));
            Assert.NotEmpty(profile.Events.Section("nouns"));
            Assert.NotEmpty(profile.Tense.Words("past"));
            Assert.NotEmpty(profile.Tense.Words("future"));
        }
    }

    [Fact]
    public void Resource_files_reject_malformed_lines()
    {
        Assert.Throws<FormatException>(() => ResourceFile.Parse("x", "entry before any section"));
        Assert.Throws<FormatException>(() => ResourceFile.Parse("x", "[s]\nkey = "));
        var ok = ResourceFile.Parse("x", "# c\n[s]\na = b | c\nplain\n~ raw = | kept");
        Assert.Equal(["b", "c", "plain", "raw = | kept"], ok.Words("s"));
        _ = CultureInfo.InvariantCulture;
    }
}

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2022-01-12", "2022-01-12")]
    [InlineData(" 2022-01-12 ", "2022-01-12")]
    [InlineData("2022-01-12T23:30:00-05:00", "2022-01-12")]
    [InlineData("2022-01-13T00:30:00+01:00", "2022-01-13")]
    [InlineData("2022-01-12T08:00:00Z", "2022-01-12")]
    [InlineData("12.01.2022", null)]
    [InlineData("January 12", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Dates_and_timestamps_keep_their_own_calendar_day(string? input, string? expected) =>
        Assert.Equal(expected, Timeline.Extraction.Dates.PublicationDate.Parse(input)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
