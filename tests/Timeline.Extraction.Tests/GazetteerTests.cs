using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Tests;

/// <summary>
/// The gazetteer's data and matcher: the rules of tools/gazetteer as they show in the generated files, and the
/// matcher's rules for case, inflection, context, ambiguity and venues.
/// </summary>
public sealed class GazetteerTests
{
    private static readonly Gazetteer.Gazetteer G = Gazetteer.Gazetteer.Default;

    private static IReadOnlyList<NameMention> Find(string text) => G.Find(text, 0, text.Length);

    private static NameMention Single(string text, string name) =>
        Assert.Single(Find(text), m => m.Text == name || m.Text.StartsWith(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Sergei Lavrov", "Sergej Lawrow")]
    [InlineData("Vladimir Putin", "Wladimir Putin")]
    [InlineData("Volodymyr Zelensky", "Wolodymyr Selenskyj")]
    [InlineData("Benjamin Netanyahu", "Benjamin Netanjahu")]
    [InlineData("Boris Johnson", "Boris Johnson")]
    [InlineData("David Cameron", "David Cameron")]
    [InlineData("Gerhard Schröder", "Gerhard Schröder")]
    [InlineData("Joe Biden", "Joe Biden")]
    public void People_have_the_German_spelling_among_their_variants_or_their_own_name(string name, string german)
    {
        var person = G.ActorsNamed(name).First(a => a.Kind == ActorKind.Person);
        Assert.Equal(german, person.GermanName);
    }

    [Fact]
    public void Every_place_is_well_formed()
    {
        var places = G.Places;
        Assert.True(places.Count >= 24000, $"{places.Count} places");
        Assert.Equal(places.Count, places.Select(p => p.Id).Distinct().Count());
        var cities = places.Where(p => p.Kind is not (PlaceKind.Venue or PlaceKind.Region)).ToList();
        Assert.Equal(cities.Count, cities.Select(p => p.GeonamesId).Distinct().Count());
        foreach (var p in places)
        {
            Assert.Matches("^[a-z0-9][a-z0-9-]*$", p.Id);
            Assert.Matches("^[A-Z]{2}$", p.CountryCode);
            Assert.InRange(p.Latitude, -90, 90);
            Assert.InRange(p.Longitude, -180, 180);
            Assert.True(p.Kind is PlaceKind.Venue or PlaceKind.Region || p.GeonamesId > 0, p.Id);
            Assert.Contains(p.Name, p.Names);
            Assert.False(string.IsNullOrWhiteSpace(p.GermanName), p.Id);
            if (p.CityId is { } city)
                Assert.True(G.PlaceById(city) is { Kind: not PlaceKind.Venue }, $"{p.Id}: city '{city}' is not a city");
        }
    }

    [Fact]
    public void Every_actor_is_well_formed_and_points_at_known_entries()
    {
        var actors = G.Actors;
        Assert.Equal(actors.Count, actors.Select(a => a.Id).Distinct().Count());
        Assert.True(actors.Count(a => a.Kind == ActorKind.Country) >= 249);
        foreach (var a in actors)
        {
            Assert.NotEmpty(a.Names);
            Assert.All(a.Names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
            if (a.Kind == ActorKind.Country)
                Assert.Matches("^[A-Z]{2}$", a.Id);
            if (a.CapitalPlaceId is { } capital)
                Assert.True(G.PlaceById(capital) is not null, $"{a.Id}: capital '{capital}' is not a place");
            foreach (var member in a.Members)
                Assert.True(G.ActorById(member) is not null, $"{a.Id}: member '{member}' is not an actor");
            if (a.Kind == ActorKind.Person)
            {
                Assert.False(string.IsNullOrWhiteSpace(a.Role), a.Id);
                Assert.True(G.ActorById(a.Affiliation!) is not null, $"{a.Id}: affiliation '{a.Affiliation}' is not an actor");
            }
        }
        // Nationality words for at least every UN member state (193) and the capitals of the countries that have one.
        Assert.True(actors.Count(a => a.Kind == ActorKind.Country && (a.AdjectiveStems.Count > 0 || a.Adjectives.Count > 0)) >= 193);
        Assert.True(actors.Count(a => a.Kind == ActorKind.Country && a.CapitalPlaceId is not null) >= 240);
    }

    /// <summary>The ids that tests, README examples and timeline entry ids use keep their places.</summary>
    [Theory]
    [InlineData("geneva", 2660646)]
    [InlineData("brussels", 2800866)]
    [InlineData("vienna", 2761369)]
    [InlineData("moscow", 524901)]
    [InlineData("washington", 4140963)]
    [InlineData("kyiv", 703448)]
    [InlineData("new-york", 5128581)]
    [InlineData("the-hague", 2747373)]
    [InlineData("new-delhi", 1261481)]
    [InlineData("saint-petersburg", 498817)]
    [InlineData("reykjavik", 3413829)]
    [InlineData("odesa", 698740)]
    [InlineData("zurich", 2657896)]
    [InlineData("davos", 2661039)]
    [InlineData("addis-ababa", 344979)]
    [InlineData("frankfurt", 2925533)]
    [InlineData("halle", 2911522)]
    public void Place_ids_are_slugs_of_the_English_name(string id, long geonames) =>
        Assert.Equal(geonames, G.PlaceById(id)?.GeonamesId);

    /// <summary>The exonym rule keeps the English and German names in use, which GeoNames lists untagged.</summary>
    [Theory]
    [InlineData("Genf", "geneva")]
    [InlineData("Genève", "geneva")]
    [InlineData("Wien", "vienna")]
    [InlineData("Brüssel", "brussels")]
    [InlineData("Bruxelles", "brussels")]
    [InlineData("Moskau", "moscow")]
    [InlineData("Peking", "beijing")]
    [InlineData("Warschau", "warsaw")]
    [InlineData("Kiew", "kyiv")]
    [InlineData("Kyjiw", "kyiv")]
    [InlineData("Kiev", "kyiv")]
    [InlineData("Mailand", "milan")]
    [InlineData("Rom", "rome")]
    [InlineData("Prag", "prague")]
    [InlineData("Lissabon", "lisbon")]
    [InlineData("Kopenhagen", "copenhagen")]
    [InlineData("Geneva", "geneva")]
    [InlineData("Vienna", "vienna")]
    [InlineData("Moscow", "moscow")]
    [InlineData("Beijing", "beijing")]
    [InlineData("Warsaw", "warsaw")]
    [InlineData("Kyiv", "kyiv")]
    [InlineData("Munich", "munich")]
    [InlineData("Cologne", "cologne")]
    [InlineData("Nuremberg", "nuremberg")]
    [InlineData("Danzig", "gdansk")]
    [InlineData("Straßburg", "strasbourg")]
    public void Exonyms_in_use_name_their_place(string name, string id)
    {
        Assert.Equal(id, Single($"Das Treffen in {name} beginnt.", name).Place?.Id);
        Assert.Contains(name, G.PlaceById(id)!.Names);
    }

    /// <summary>The noise rule drops other scripts, codes, romanisations and ordinary words from GeoNames' alternate names.</summary>
    [Theory]
    [InlineData("GVA", "geneva")]
    [InlineData("Женева", "geneva")]
    [InlineData("ジュネーヴ", "geneva")]
    [InlineData("Ženeva", "geneva")]
    [InlineData("jeneba", "geneva")]
    [InlineData("VIE", "vienna")]
    [InlineData("Bécs", "vienna")]
    [InlineData("Вена", "vienna")]
    [InlineData("Rim", "rome")]
    [InlineData("Soul", "seoul")]
    [InlineData("Mexico", "mexico-city")]
    // An old name several places share ("Newtown" for Tallahassee, Hartford and Cambridge) names none of them.
    [InlineData("Newtown", "tallahassee")]
    [InlineData("Newtown", "hartford")]
    public void Noise_is_not_a_name(string name, string id) =>
        Assert.DoesNotContain(name, G.PlaceById(id)!.Names);

    /// <summary>Names that are ordinary words, and small towns, count only where the text shows a place.</summary>
    [Theory]
    [InlineData("Nice to meet you, he said.", "Nice", null)]
    [InlineData("They met in Nice on Monday.", "Nice", "nice")]
    [InlineData("NICE – The ministers met.", "NICE", "nice")]
    [InlineData("The talks in the city of Nice, France, ended.", "Nice", "nice")]
    [InlineData("Das Essen war gut.", "Essen", null)]
    [InlineData("Die Minister trafen sich in Essen.", "Essen", "essen")]
    [InlineData("ESSEN (dpa) – Die Minister trafen sich.", "ESSEN", "essen")]
    [InlineData("Die Halle war voll.", "Halle", null)]
    [InlineData("Sie reiste nach Halle.", "Halle", "halle")]
    [InlineData("Mobile phones were banned.", "Mobile", null)]
    [InlineData("The envoy flew to Mobile.", "Mobile", "mobile")]
    [InlineData("Split decisions are rare.", "Split", null)]
    [InlineData("The summit opened in Split.", "Split", "split")]
    [InlineData("Bath time.", "Bath", null)]
    [InlineData("Die Gespräche dauerten an.", "Die", null)]
    [InlineData("Hope remains.", "Hope", null)]
    public void Ordinary_words_need_the_context_of_a_place(string text, string name, string? id)
    {
        var found = Find(text).Where(m => m.Text == name).ToList();
        if (id is null)
            Assert.Empty(found);
        else
        {
            var mention = Assert.Single(found);
            Assert.Equal(id, mention.Place?.Id);
            Assert.True(mention.NeedsContext);
        }
    }

    /// <summary>An ambiguous name goes to a country named beside it, else the capital, else a curated region, else the most populous place.</summary>
    [Theory]
    [InlineData("Talks in Paris.", "Paris", "paris")]
    [InlineData("Talks in Frankfurt.", "Frankfurt", "frankfurt")]
    [InlineData("Talks in Frankfurt (Oder).", "Frankfurt (Oder)", "frankfurt-oder")]
    [InlineData("Talks in Washington.", "Washington", "washington")]
    [InlineData("Talks in Moscow.", "Moscow", "moscow")]
    [InlineData("Talks in Birmingham.", "Birmingham", "birmingham")]
    [InlineData("Talks in Birmingham, United States.", "Birmingham", "birmingham-us")]
    [InlineData("Talks in Paris, United States.", "Paris", "paris-us")]
    [InlineData("Gespräche in Aleppo in Syrien.", "Aleppo", "aleppo")]
    [InlineData("Talks in Rome.", "Rome", "rome")]
    [InlineData("Talks in Bali.", "Bali", "bali")]
    [InlineData("Talks in Cornwall.", "Cornwall", "cornwall")]
    [InlineData("Talks in Bali, India.", "Bali", "bali-in")]
    public void Ambiguous_names_resolve_by_rule(string text, string name, string id) =>
        Assert.Equal(id, Single(text, name).Place?.Id);

    [Fact]
    public void A_country_name_is_the_country_not_a_place() =>
        Assert.Equal("GE", Single("Talks with Georgia.", "Georgia").Actor?.Id);

    /// <summary>Venues name a place of their own or stand for their city, in both languages.</summary>
    [Theory]
    [InlineData("Biden empfing ihn im Weißen Haus.", "Weißen Haus", "washington", "white-house")]
    [InlineData("He met Biden at the White House.", "White House", "washington", "white-house")]
    [InlineData("the Kremlin said.", "Kremlin", "moscow", "kremlin")]
    [InlineData("Forderungen des Kremls.", "Kremls", "moscow", "kremlin")]
    [InlineData("Treffen in der Hofburg.", "Hofburg", "vienna", "hofburg")]
    [InlineData("the Elysee said.", "Elysee", "paris", "elysee-palace")]
    [InlineData("Klausur auf Schloss Meseberg.", "Schloss Meseberg", "schloss-meseberg", "schloss-meseberg")]
    [InlineData("Talks at Chequers.", "Chequers", "chequers", "chequers")]
    [InlineData("A summit at Camp David.", "Camp David", "camp-david", "camp-david")]
    [InlineData("im Kanzleramt.", "Kanzleramt", "berlin", "federal-chancellery")]
    [InlineData("at the Palais des Nations.", "Palais des Nations", "geneva", "palais-des-nations")]
    [InlineData("They met in the Oval Office.", "Oval Office", "washington", "white-house")]
    [InlineData("Dinner at Carlton Gardens.", "Carlton Gardens", "london", "carlton-gardens")]
    [InlineData("Empfang im Auswärtigen Amt.", "Auswärtigen Amt", "berlin", "federal-foreign-office")]
    [InlineData("Talks at the Kantei.", "Kantei", "tokyo", "kantei")]
    [InlineData("Gespräche in der Casa Rosada.", "Casa Rosada", "buenos-aires", "casa-rosada")]
    [InlineData("Empfang im Mariinski-Palast.", "Mariinski-Palast", "kyiv", "mariinskyi-palace")]
    [InlineData("welcomed at the Alvorada Palace.", "Alvorada Palace", "brasilia", "alvorada-palace")]
    public void Venues_are_found(string text, string name, string place, string venue)
    {
        var mention = Single(text, name);
        Assert.Equal(place, mention.Place?.Id);
        Assert.Equal(venue, mention.Venue?.Id);
    }

    [Theory]
    [InlineData("Die Forum in Davos.", "Davos", "davos")]
    [InlineData("Gipfel in Évian.", "Évian", "evian-les-bains")]
    [InlineData("Gipfel in Sotschi.", "Sotschi", "sochi")]
    [InlineData("Treffen in Ramstein.", "Ramstein", "ramstein-miesenbach")]
    [InlineData("The summit in Charlevoix.", "Charlevoix", "charlevoix")]
    [InlineData("Außenministertreffen in Dinard.", "Dinard", "dinard")]
    [InlineData("Talks in Sharm el-Sheikh.", "Sharm el-Sheikh", "sharm-el-sheikh")]
    public void Venue_towns_are_places(string text, string name, string id) =>
        Assert.Equal(id, Single(text, name).Place?.Id);

    /// <summary>German inflection by rule, adjectives and demonyms in both languages, compounds with a hyphen.</summary>
    [Theory]
    [InlineData("Russlands Präsident", "Russlands", "RU", false)]
    [InlineData("Frankreichs Außenministerin", "Frankreichs", "FR", false)]
    [InlineData("der russischen Regierung", "russischen", "RU", true)]
    [InlineData("Russische Truppen", "Russische", "RU", true)]
    [InlineData("der französische Präsident", "französische", "FR", true)]
    [InlineData("ein türkischer Diplomat", "türkischer", "TR", true)]
    [InlineData("die amerikanischen Gesandten", "amerikanischen", "US", true)]
    [InlineData("the French president", "French", "FR", true)]
    [InlineData("the Emirati delegation", "Emirati", "AE", true)]
    [InlineData("an Omani mediator", "Omani", "OM", true)]
    [InlineData("the Russians said", "Russians", "RU", true)]
    [InlineData("eine Amerikanerin", "Amerikanerin", "US", true)]
    [InlineData("die Russen", "Russen", "RU", true)]
    [InlineData("two Britons", "Britons", "GB", true)]
    [InlineData("der US-Präsident", "US", "US", true)]
    [InlineData("beim EU-Gipfel", "EU", "EU", true)]
    [InlineData("die Vereinigten Staaten", "Vereinigten Staaten", "US", false)]
    [InlineData("the U.S. and Russia", "U.S.", "US", false)]
    [InlineData("die USA", "USA", "US", false)]
    [InlineData("im NATO-Russland-Rat", "NATO-Russland-Rat", "NRC", false)]
    [InlineData("Russia's position", "Russia", "RU", false)]
    public void Countries_and_organisations_are_found_in_any_form(string text, string name, string id, bool adjective)
    {
        var mention = Single(text, name);
        Assert.Equal(name, mention.Text);
        Assert.Equal(id, mention.Actor?.Id);
        Assert.Equal(adjective, mention.FromAdjective);
    }

    /// <summary>A small town needs a word of place before it; following a place in a list is one.</summary>
    [Theory]
    [InlineData("Next week the envoy travels to Tel Aviv, Jerusalem and Ramallah.", "Ramallah", "ramallah")]
    [InlineData("Die Gesandte reist nach Amman und Ramallah.", "Ramallah", "ramallah")]
    public void A_name_listed_after_a_place_is_a_place(string text, string name, string id) =>
        Assert.Equal(id, Single(text, name).Place?.Id);

    /// <summary>A name matches in its own case; in capitals it matches whatever its case, as datelines write it.</summary>
    [Theory]
    [InlineData("RIYADH — Saudi officials said", "RIYADH", "riyadh")]
    [InlineData("BRÜSSEL (dpa) – Die Minister", "BRÜSSEL", "brussels")]
    [InlineData("GENF – Die Gespräche", "GENF", "geneva")]
    [InlineData("WASHINGTON – The talks", "WASHINGTON", "washington")]
    public void All_caps_datelines_are_found(string text, string name, string id) =>
        Assert.Equal(id, Single(text, name).Place?.Id);

    [Theory]
    [InlineData("the vienna talks")]
    [InlineData("sie wien")]
    [InlineData("Genfer See")]
    [InlineData("Romantik")]
    [InlineData("a report by Chatham House")]
    [InlineData("the march on Pennsylvania Avenue")]
    public void Names_match_only_in_their_own_case_and_as_whole_words_and_not_as_a_street(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Place is not null);

    [Fact]
    public void Mentions_come_in_text_order_and_the_longest_name_wins()
    {
        var found = Find("Von New York über Frankfurt (Oder) nach Wien.");
        Assert.Equal(["new-york", "frankfurt-oder", "vienna"], found.Select(m => m.Place!.Id));
        Assert.Equal(["New York", "Frankfurt (Oder)", "Wien"], found.Select(m => m.Text));
    }

    [Fact]
    public void Find_reads_only_the_span_it_is_given()
    {
        const string text = "Wien und Genf";
        Assert.Equal("geneva", Assert.Single(G.Find(text, 9, text.Length)).Place?.Id);
    }

    /// <summary>The look-ups that the API's filters use: any name or alias, whatever its case and diacritics.</summary>
    [Theory]
    [InlineData("Wien", "vienna")]
    [InlineData("vienna", "vienna")]
    [InlineData("Genève", "geneva")]
    [InlineData("geneve", "geneva")]
    [InlineData("GENF", "geneva")]
    [InlineData("new-york", "new-york")]
    [InlineData("Addis Abeba", "addis-ababa")]
    [InlineData("white house", "white-house")]
    public void Places_resolve_from_any_name(string name, string id) =>
        Assert.Equal(id, G.PlacesNamed(name).First().Id);

    [Theory]
    [InlineData("Vereinigte Staaten", "US")]
    [InlineData("usa", "US")]
    [InlineData("Türkei", "TR")]
    [InlineData("turkei", "TR")]
    [InlineData("französisch", "FR")]
    [InlineData("osze", "OSCE")]
    [InlineData("ru", "RU")]
    public void Actors_resolve_from_any_name(string name, string id) =>
        Assert.Equal(id, G.ActorsNamed(name).First().Id);

    [Fact]
    public void A_countrys_places_come_most_populous_first()
    {
        var austria = G.PlacesIn("at");
        Assert.Equal("vienna", austria[0].Id);
        Assert.Contains(austria, p => p.Id == "hofburg");
        Assert.All(austria, p => Assert.Equal("AT", p.CountryCode));
        Assert.Equal("vienna", G.ActorById("AT")?.CapitalPlaceId);
        Assert.Equal("AT", G.CountryWithCapital("vienna")?.Id);
    }

    [Fact]
    public void Nationality_forms_follow_the_written_rules()
    {
        var forms = GazetteerData.AdjectiveForms(["russisch"], ["Russe", "Amerikaner", "Israeli"], ["Russian", "Chinese", "Swiss"], ["Briton"]).ToHashSet();
        Assert.Superset(new HashSet<string> { "russisch", "russische", "russischen", "Russischer", "russisches", "russischem" }, forms);
        Assert.Superset(new HashSet<string> { "Russe", "Russen", "Russin", "Russinnen", "Amerikanern", "Amerikanerin", "Israelis" }, forms);
        Assert.Superset(new HashSet<string> { "Russian", "Russians", "Chinese", "Swiss", "Briton" }, forms);
        Assert.DoesNotContain("Chineses", forms);
        Assert.DoesNotContain("Swisss", forms);
    }
}
