using System.Net;
using System.Text.Json;
using Timeline.Api.Timeline;
using Timeline.Contracts;
using Timeline.Extraction;
using Timeline.Mapping;
using Timeline.Tests;

namespace Timeline.Services.Tests;

/// <summary>
/// The timeline's filters as an analyst uses them, over entries read by the real extractor from the sample articles
/// (and two more): names in German and English, closed vocabularies, dates of any granularity, words, sources.
/// </summary>
public sealed class FilterTests : ServiceTest<Timeline.Api.Program, ITimelineStore, InMemoryTimelineStore>
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private async Task Read(string text, string language, string published, string? source = null, string? url = null)
    {
        var article = new ArticleSubmitted
        {
            ArticleId = Guid.NewGuid(),
            Text = text,
            Language = language,
            PublishedAt = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Source = source,
            Url = url,
            SubmittedAt = T0,
        };
        var message = EventMapping.ToMessage(article, ArticleExtractor.Extract(text, language, article.PublishedAt), T0);
        await new TimelineProjector(Store, TimeProvider.System).ApplyAsync(message, default);
    }

    private async Task Samples()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            var sample = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
            await Read(sample.GetProperty("text").GetString()!, sample.GetProperty("language").GetString()!, sample.GetProperty("publishedAt").GetString()!,
                sample.GetProperty("source").GetString(), sample.GetProperty("url").GetString());
        }
        await Read("Am Dienstag trafen sich Vertreter Saudi-Arabiens und der Vereinigten Staaten in Riad.", "de", "2022-02-02", "Beispiel-Rundschau");
    }

    private async Task<string[]> Ids(string query)
    {
        var response = await Client.GetAsync("/api/timeline" + query);
        var body = await Json.Read(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {body}");
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
    }

    private async Task<JsonElement> Problem(string url, string parameter)
    {
        var response = await Client.GetAsync(url);
        var body = await Json.Read(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body}");
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
        return body;
    }

    [Theory]
    [InlineData("?place=Wien", "2022-01-13-consult-vienna")]
    [InlineData("?place=vienna", "2022-01-13-consult-vienna")]
    [InlineData("?place=WIEN", "2022-01-13-consult-vienna")]
    [InlineData("?place=Brüssel", "2022-01-12-consult-brussels")]
    [InlineData("?place=Bruxelles", "2022-01-12-consult-brussels")]
    [InlineData("?place=Riad", "2022-02-01-consult-riyadh")]
    [InlineData("?place=Genève&from=2022", "2022-01-10-consult-geneva")]
    [InlineData("?place=genf&from=2022-01&to=2022-01", "2022-01-10-consult-geneva")]
    [InlineData("?country=Schweiz&to=2021", "2021-06-16-consult-geneva")]
    [InlineData("?country=ch&from=2022-W02&to=2022-W02", "2022-01-10-consult-geneva")]
    [InlineData("?actor=Saudi-Arabien", "2022-02-01-consult-riyadh")]
    [InlineData("?actor=OSZE", "2022-01-13-consult-vienna")]
    public async Task Places_countries_and_actors_are_found_by_any_of_their_names_and_dates_by_any_granularity(string query, string expected)
    {
        await Samples();
        Assert.Equal([expected], await Ids(query));
    }

    [Fact]
    public async Task An_event_placed_only_by_its_country_is_found_by_the_country_s_names_and_titled_in_each_language()
    {
        await Read("Bundeskanzlerin Merkel besuchte am Dienstag Italien.", "de", "2019-05-15", "Beispiel-Rundschau");
        var italy = await Ids("?place=Italien");
        Assert.Single(italy);
        Assert.Equal(italy, await Ids("?place=Italy"));
        Assert.Equal(italy, await Ids("?place=IT"));
        var entry = (await Json.Read(await Client.GetAsync("/api/timeline?place=Italien"))).GetProperty("items")[0];
        Assert.Equal("Italien", entry.GetProperty("place").GetProperty("names").GetProperty("de").GetString());
        Assert.DoesNotContain("Italy visit", entry.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Italien:", entry.GetProperty("titles").GetProperty("de").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_are_found_by_their_German_spelling_and_carry_the_office_of_the_people_table()
    {
        await Samples();
        var geneva = await Ids("?q=ryabkov&from=2022-01&to=2022-01");
        Assert.NotEmpty(geneva);
        Assert.Equal(geneva, await Ids("?q=Rjabkow&from=2022-01&to=2022-01"));
        var entry = (await Json.Read(await Client.GetAsync("/api/timeline?q=Rjabkow&from=2022-01&to=2022-01"))).GetProperty("items")[0];
        var ryabkov = entry.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "sergei-ryabkov");
        Assert.Equal("Russian Deputy Foreign Minister", ryabkov.GetProperty("role").GetString());
        Assert.Equal("Sergej Rjabkow", ryabkov.GetProperty("names").GetProperty("de").GetString());
    }

    [Fact]
    public async Task A_place_country_or_actor_given_more_than_once_matches_any_of_them_and_each_unknown_one_is_named()
    {
        await Samples();
        Assert.Equal(["2021-06-16-consult-geneva", "2022-01-10-consult-geneva", "2022-01-13-consult-vienna"], await Ids("?place=Wien&place=Genf"));
        Assert.Equal(["2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], await Ids("?place=Wien&place=Brüssel"));
        Assert.Equal(["2022-01-13-consult-vienna", "2022-02-01-consult-riyadh"], await Ids("?actor=OSZE&actor=Saudi-Arabien"));

        var problem = await Problem("/api/timeline?place=Wein&place=Genf&place=Gnef", "place");
        var reasons = problem.GetProperty("errors").GetProperty("place").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Equal(2, reasons.Length);
        Assert.StartsWith("'Wein' is not a place", reasons[0]);
        Assert.StartsWith("'Gnef' is not a place", reasons[1]);
        Assert.DoesNotContain(",", reasons[0].Split(" is not")[0]);
    }

    [Fact]
    public async Task A_closed_list_given_twice_is_told_it_takes_one_value()
    {
        var reason = (await Problem("/api/timeline?type=CONSULT&type=AGREE", "type")).GetProperty("errors").GetProperty("type")[0].GetString()!;
        Assert.Equal("'type' takes one value, given once; 'CONSULT,AGREE' names 2. Leave it out to see all of them.", reason);
    }

    [Fact]
    public async Task A_country_stands_for_its_people_too_and_a_German_name_finds_what_the_English_one_does()
    {
        await Samples();
        var russia = await Ids("?actor=Russland&from=2022-01&to=2022-01");
        Assert.Equal(["2022-01-10-consult-geneva", "2022-01-12-consult-brussels", "2022-01-13-consult-vienna"], russia);
        Assert.Equal(russia, await Ids("?actor=russia&from=2022-01&to=2022-01"));
        Assert.Equal(russia, await Ids("?actor=RU&from=2022-01&to=2022-01"));
        Assert.Equal(await Ids("?actor=Vereinigte%20Staaten"), await Ids("?actor=United%20States"));
    }

    [Fact]
    public async Task An_unknown_name_is_a_problem_that_names_the_parameter_and_the_names_nearest_to_it()
    {
        await Samples();
        var place = await Problem("/api/timeline?place=Wein", "place");
        Assert.Contains("Wien", place.GetProperty("suggestions").GetProperty("place").EnumerateArray().Select(s => s.GetString()));
        var actor = await Problem("/api/places?actor=Rusland", "actor");
        Assert.Contains("Russland", actor.GetProperty("suggestions").GetProperty("actor").EnumerateArray().Select(s => s.GetString()));
        await Problem("/api/timeline/export/csv?country=Schwiez", "country");
        await Problem("/api/timeline/stream?place=Xqzvbrg", "place");
        // A name that is known but has no events is no problem: the answer is an empty list.
        Assert.Empty(await Ids("?place=Paris"));
    }

    [Theory]
    [InlineData("/api/timeline?type=FOO", "type", "CONSULT")]
    [InlineData("/api/timeline?type=CONSUL", "type", "CONSULT")]
    [InlineData("/api/timeline?status=ocurred", "status", "occurred")]
    [InlineData("/api/timeline?language=fr", "language", "de")]
    [InlineData("/api/timeline?sort=up", "sort", "asc")]
    [InlineData("/api/types?includeMentions=yes", null, null)]
    [InlineData("/api/timeline?includeMentions=yes", "includeMentions", "true")]
    [InlineData("/api/timeline/export/xml", "format", "json")]
    [InlineData("/api/timeline/export/csv?lang=fr", "lang", "de")]
    public async Task Every_closed_vocabulary_goes_through_one_check_that_lists_what_is_known(string url, string? parameter, string? suggested)
    {
        if (parameter is null)
        {
            // Parameters an endpoint does not take are not its business.
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(url)).StatusCode);
            return;
        }
        var problem = await Problem(url, parameter);
        Assert.Contains(suggested, problem.GetProperty("suggestions").GetProperty(parameter).EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("minSources=abc", "minSources")]
    [InlineData("minSources=0", "minSources")]
    [InlineData("minSources=1.5", "minSources")]
    [InlineData("limit=ten", "limit")]
    [InlineData("from=2022-13", "from")]
    [InlineData("from=0000", "from")]
    [InlineData("to=2022-W54", "to")]
    [InlineData("from=12.01.2022", "from")]
    public async Task Numbers_and_dates_that_cannot_be_read_are_answered_in_the_API_s_words(string query, string parameter)
    {
        var problem = await Problem("/api/timeline?" + query, parameter);
        var detail = problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.DoesNotContain("Nullable", detail);
        Assert.DoesNotContain("bind", detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("verhandeln", "2022-01-10-consult-geneva")]
    [InlineData("talks geneva", "2022-01-10-consult-geneva 2022-01-12-consult-brussels")]
    [InlineData("Genf Russland", "2022-01-10-consult-geneva")]
    [InlineData("ryabkov", "2022-01-10-consult-geneva")]
    [InlineData("rjabkow", "2022-01-10-consult-geneva")]
    [InlineData("BRUSSEL tagt", "2022-01-12-consult-brussels 2022-01-13-consult-vienna")]
    [InlineData("NATO-Russland-Rat tagt Brüssel", "2022-01-12-consult-brussels 2022-01-13-consult-vienna")]
    [InlineData("vier Stunden", "2022-01-12-consult-brussels")]
    [InlineData("gipfel", "")]
    [InlineData("organisation rat", "2022-01-13-consult-vienna")]
    [InlineData("Teilnehmerstaaten", "2022-01-13-consult-vienna")]
    [InlineData("Beispiel-Rundschau", "")]
    public async Task Q_finds_what_a_reader_sees_titles_places_participants_people_and_evidence_in_both_languages(string words, string expected)
    {
        // Every word must occur, in any of the entry's texts: "talks geneva" also finds the council whose evidence
        // sentence tells of the Geneva talks too.
        await Samples();
        var ids = await Ids("?from=2022-01&to=2022-01&q=" + Uri.EscapeDataString(words));
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), ids);
    }

    [Fact]
    public async Task A_source_is_the_publisher_and_articles_without_one_are_one_unknown_source()
    {
        const string text = "Am Montag trafen sich Vertreter der USA und Russlands in Genf.";
        await Read(text + " Es war kalt.", "de", "2022-01-11");
        await Read(text + " Es regnete.", "de", "2022-01-11");
        var entry = await Json.Read(await Client.GetAsync("/api/timeline/2022-01-10-consult-geneva"));
        Assert.Equal((2, 1), (entry.GetProperty("articleCount").GetInt32(), entry.GetProperty("sourceCount").GetInt32()));
        Assert.All(entry.GetProperty("mentions").EnumerateArray(), m => Assert.Equal(Mention.UnknownSource, m.GetProperty("source").GetString()));

        await Read(text + " Es schneite.", "de", "2022-01-11", url: "https://www.zeitung.example/a");
        await Read(text + " Es hagelte.", "de", "2022-01-11", url: "https://zeitung.example/b");
        await Read(text + " Es stürmte.", "de", "2022-01-11", source: "Beispiel-Zeitung", url: "https://zeitung.example/c");
        entry = await Json.Read(await Client.GetAsync("/api/timeline/2022-01-10-consult-geneva"));
        Assert.Equal((5, 3), (entry.GetProperty("articleCount").GetInt32(), entry.GetProperty("sourceCount").GetInt32()));
    }

    [Fact]
    public async Task Facets_take_names_in_any_language_and_give_each_value_its_German_name()
    {
        await Samples();
        var places = await Json.Read(await Client.GetAsync("/api/places?actor=Russland&from=2022-01&to=2022-01"));
        var vienna = places.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "vienna");
        Assert.Equal("Wien", vienna.GetProperty("names").GetProperty("de").GetString());
        var actors = await Json.Read(await Client.GetAsync("/api/actors?place=Wien"));
        Assert.Equal("Russland", actors.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "RU").GetProperty("names").GetProperty("de").GetString());
    }

    [Fact]
    public async Task Entries_carry_human_titles_in_both_languages_and_exports_write_the_one_asked_for()
    {
        await Samples();
        var brussels = await Json.Read(await Client.GetAsync("/api/timeline/2022-01-12-consult-brussels"));
        Assert.Equal("NATO-Russia Council meeting in Brussels", brussels.GetProperty("titles").GetProperty("en").GetString());
        Assert.Equal("NATO-Russland-Rat tagt in Brüssel", brussels.GetProperty("titles").GetProperty("de").GetString());
        var csv = await Client.GetStringAsync("/api/timeline/export/csv?place=Brüssel&lang=de");
        Assert.Contains("NATO-Russland-Rat tagt in Brüssel,Brüssel,BE", csv);
        var calendar = await Client.GetStringAsync("/api/timeline/calendar.ics?place=Wien&lang=de");
        Assert.Contains("SUMMARY:OSZE tagt in Wien", calendar);
        Assert.Contains("X-WR-CALNAME:Timeline of diplomatic events in Vienna", calendar);
    }

    [Fact]
    public async Task An_entry_reads_as_its_notification_does_with_a_few_fields_more()
    {
        await Samples();
        var entry = await Json.Read(await Client.GetAsync("/api/timeline/2022-01-13-consult-vienna"));
        var options = new JsonSerializerOptions(JsonSerializerOptions.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
        var summary = JsonSerializer.SerializeToElement((await Store.GetEntryAsync("2022-01-13-consult-vienna", default))!.ToSummary(), options);
        var extra = entry.EnumerateObject().Select(p => p.Name).Except(summary.EnumerateObject().Select(p => p.Name)).Order().ToArray();
        Assert.Equal(["languages", "mentions", "possibleDuplicates", "version"], extra);
        foreach (var field in summary.EnumerateObject())
            Assert.Equal(field.Value.GetRawText(), entry.GetProperty(field.Name).GetRawText());
    }
}
