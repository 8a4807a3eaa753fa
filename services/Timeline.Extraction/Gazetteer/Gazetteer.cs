using System.Globalization;
using System.Text;

namespace Timeline.Extraction.Gazetteer;

/// <summary>What a place is: a city, a capital (or seat of government), or a venue such as the White House.</summary>
public enum PlaceKind { City, Capital, Venue, Region }

/// <summary>
/// A place: a city from GeoNames or a curated venue. <see cref="Names"/> holds every name it is known by;
/// <see cref="ContextNames"/> those of them that count only where the text shows a place ("in Essen").
/// </summary>
public sealed record Place(string Id, string Name, string CountryCode, long GeonamesId, double Latitude, double Longitude, IReadOnlyList<string> Names)
{
    public string GermanName { get; init; } = Name;
    public PlaceKind Kind { get; init; } = PlaceKind.City;
    public long Population { get; init; }

    /// <summary>The GeoNames feature code (PPLC for a capital, PPLG for a seat of government); empty for a venue.</summary>
    public string FeatureCode { get; init; } = "";

    /// <summary>For a venue that stands for its city (the Kremlin for Moscow), that city's id.</summary>
    public string? CityId { get; init; }

    public IReadOnlyList<string> ContextNames { get; init; } = [];
}

public enum ActorKind { Country, Organisation, Person }

/// <summary>A country, organisation or person. Bodies made of others (the NATO-Russia Council) list their members.</summary>
public sealed record Actor(ActorKind Kind, string Id, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> AdjectiveStems,
    string? CapitalPlaceId, IReadOnlyList<string> Members, string? Role = null, string? Affiliation = null)
{
    public string GermanName { get; init; } = Name;

    /// <summary>English nationality adjectives ("French", "Emirati").</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>Nouns for a person of the country, German and English ("Russe", "Briton").</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>For an office holder, the years in office (people.tsv); empty for countries and organisations.</summary>
    public IReadOnlyList<TermOfOffice> Terms { get; init; } = [];

    /// <summary>
    /// For an office holder, the id of the person: the same for every office one person held ("vladimir-putin" for the
    /// rows "vladimir-putin" and "vladimir-putin-prime-minister"), so that two offices are known as one person.
    /// </summary>
    public string? PersonId { get; init; }

    /// <summary>Whether an office holder held this office at any time in <paramref name="year"/>.</summary>
    public bool InOffice(int year)
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            if (Terms[i].Includes(year))
                return true;
        }
        return false;
    }
}

/// <summary>
/// A name found in a text: a place, or an actor (possibly a capital standing for its country, or an adjective such as
/// "russische"). For a venue that stands for its city ("im Weißen Haus"), <see cref="Place"/> is the city and
/// <see cref="Venue"/> the venue named.
/// </summary>
public sealed record NameMention(int Start, int End, string Text, Place? Place, Actor? Actor, bool FromAdjective = false)
{
    /// <summary>The name is an ordinary word or a small town's, and counted because the text shows a place here.</summary>
    public bool NeedsContext { get; init; }

    public Place? Venue { get; init; }
}

/// <summary>
/// The places, countries, organisations and office holders the extractor knows, read from Resources/shared/ (places
/// and countries generated from GeoNames and i18n-iso-countries by tools/gazetteer), and one matcher over all their
/// names. <see cref="Default"/> loads them once per process, on first use.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);

    private readonly Dictionary<string, Place> placesById;
    private readonly Dictionary<string, Actor> actorsById;
    private readonly Dictionary<string, Actor> capitals;
    private readonly NameMatcher matcher;
    private readonly Lazy<Dictionary<string, List<object>>> byKey;
    private readonly Lazy<ILookup<string, Place>> byCountry;
    private readonly Lazy<Dictionary<string, List<Actor>>> people;

    public static Gazetteer Default => Shared.Value;

    /// <summary>Reads the resource files into a new gazetteer. Use <see cref="Default"/>, which does this once per process.</summary>
    public static Gazetteer Load() => GazetteerData.Load().Build();

    /// <summary>How many distinct name tokens and trie nodes the matcher holds.</summary>
    public (int Tokens, int Nodes) MatcherSize => matcher.Size;

    /// <summary>
    /// Whether a word is a lower-case adjective with one of the endings of place-context.txt, such as a country's or
    /// region's, which may describe the place named right after it ("im bayerischen Elmau").
    /// </summary>
    public bool IsPlaceAdjective(ReadOnlySpan<char> word) => matcher.IsPlaceAdjective(word);

    public IReadOnlyList<Place> Places { get; }
    public IReadOnlyList<Actor> Actors { get; }

    internal Gazetteer(IReadOnlyList<Place> places, IReadOnlyList<Actor> actors, NameMatcher matcher)
    {
        Places = places;
        Actors = actors;
        this.matcher = matcher;
        placesById = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        actorsById = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        capitals = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var a in actors.Where(a => a.CapitalPlaceId is not null))
            capitals.TryAdd(a.CapitalPlaceId!, a);
        sharedVenues = SharedVenues(places);
        // The look-ups by name serve the API's filters, not extraction: built on their first use.
        byKey = new Lazy<Dictionary<string, List<object>>>(BuildKeys);
        byCountry = new Lazy<ILookup<string, Place>>(() => places.ToLookup(p => p.CountryCode, StringComparer.Ordinal));
        people = new Lazy<Dictionary<string, List<Actor>>>(BuildPeopleKeys);
    }

    public Place? PlaceById(string id) => placesById.GetValueOrDefault(id);

    /// <summary>
    /// The venues of other countries that share a display name with a venue ("Bundeskanzleramt": Berlin's and Vienna's),
    /// in the gazetteer's order; empty for most.
    /// </summary>
    public IReadOnlyList<Place> VenuesSharingAName(Place venue) => sharedVenues.GetValueOrDefault(venue.Id) ?? [];

    private readonly Dictionary<string, Place[]> sharedVenues;

    /// <summary>Reads once, from the few venues, which of them share a display name with a venue of another country.</summary>
    private static Dictionary<string, Place[]> SharedVenues(IReadOnlyList<Place> places)
    {
        var venues = places.Where(p => p.Kind == PlaceKind.Venue).ToList();
        var shared = new Dictionary<string, Place[]>(StringComparer.Ordinal);
        foreach (var venue in venues)
        {
            var names = new[] { Key(venue.Name), Key(venue.GermanName) };
            var others = venues.Where(o => o.CountryCode != venue.CountryCode && (names.Contains(Key(o.Name)) || names.Contains(Key(o.GermanName)))).ToArray();
            if (others.Length > 0)
                shared[venue.Id] = others;
        }
        return shared;
    }

    public Actor? ActorById(string id) => actorsById.GetValueOrDefault(id);

    /// <summary>The country whose capital a place is, if it is one.</summary>
    public Actor? CountryWithCapital(string placeId) => capitals.GetValueOrDefault(placeId);

    /// <summary>
    /// Every known name in the text between <paramref name="start"/> and <paramref name="end"/>, in text order; the
    /// longest where names overlap. Without a date, an office holder's name of one word counts only where it belongs to
    /// one person ("Putin", not "Bush"); pass the document date to <see cref="Find(string, int, int, DateOnly?)"/> to
    /// tell office holders apart by the years they served.
    /// </summary>
    public IReadOnlyList<NameMention> Find(string text, int start, int end) => matcher.Find(text, start, end, null);

    /// <summary>
    /// <see cref="Find(string, int, int)"/> for a document of <paramref name="documentDate"/>: office holders are the
    /// ones of that date, by the rules of <see cref="OfficeHolder"/> ("Bush" in 1990 is George H. W. Bush, in 2005
    /// George W. Bush; "Johnson" in 1965 is nobody the table holds, and the word is not reported as a person). Extraction
    /// calls it with the article's document date, e.g. <c>gazetteer.Find(text, sentence.Start, sentence.End,
    /// taggerResult.DocumentDate?.Value)</c>; a null date is the same as no date.
    /// </summary>
    public IReadOnlyList<NameMention> Find(string text, int start, int end, DateOnly? documentDate) =>
        matcher.Find(text, start, end, documentDate?.Year);

    /// <summary>
    /// The office holder a name means at a date, whatever its case and diacritics, or null. A full name ("George W.
    /// Bush", "Wladimir Putin") always resolves: to the person's office in that year, else to the office nearest in
    /// time. A name of one word ("Bush", "Kim", "Medwedew", or a common word such as "May" that a caller read after a
    /// title) resolves only to someone in office in that year, and to nobody where the people in office under that name
    /// are several ("Kim" in 2011). Without a date, see <see cref="Find(string, int, int)"/>.
    /// </summary>
    public Actor? OfficeHolder(string name, DateOnly? date) =>
        people.Value.TryGetValue(Key(name), out var rows) ? OfficeHolders.Resolve(rows, OfficeHolders.IsOneWord(name), date?.Year) : null;

    /// <summary>
    /// The places a name, alias or id stands for, whatever its case and diacritics ("Wien", "vienna", "Genève",
    /// "GENF"), in the order an ambiguous name resolves (capital, then population).
    /// </summary>
    public IReadOnlyList<Place> PlacesNamed(string name) =>
        byKey.Value.TryGetValue(Key(name), out var found) ? found.OfType<Place>().ToList() : [];

    /// <summary>The countries, organisations and people a name, alias, adjective or id stands for, whatever its case and diacritics.</summary>
    public IReadOnlyList<Actor> ActorsNamed(string name) =>
        byKey.Value.TryGetValue(Key(name), out var found) ? found.OfType<Actor>().ToList() : [];

    /// <summary>The places of a country (ISO 3166 alpha-2), venues included, the most populous first.</summary>
    public IReadOnlyList<Place> PlacesIn(string countryCode) =>
        byCountry.Value[countryCode.ToUpperInvariant()].OrderByDescending(p => p.Population).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>A name folded for look-ups: lower case, without diacritics, "ß" as "ss", hyphens and runs of spaces as one space.</summary>
    public static string Key(string name)
    {
        var s = new StringBuilder(name.Length);
        foreach (var raw in name.Trim())
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c) || c == '-')
            {
                if (s.Length > 0 && s[^1] != ' ')
                    s.Append(' ');
            }
            else if (c < 128)
                s.Append(c);
            else if (Folded.TryGetValue(c, out var plain))
                s.Append(plain);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                s.Append(c);
        }
        return s.ToString().TrimEnd();
    }

    // Latin letters with diacritics and their plain forms. Written out because the library runs with invariant
    // globalization, where Unicode decomposition is not available.
    private static readonly Dictionary<char, string> Folded = BuildFolded();

    private static Dictionary<char, string> BuildFolded()
    {
        var table = new Dictionary<char, string> { ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th", ['ð'] = "d" };
        foreach (var (plain, marked) in new[]
        {
            ("a", "àáâãäåāăąǎạảấầẩẫậắằẳẵặ"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęěẹẻẽếềểễệ"), ("g", "ĝğġģ"),
            ("h", "ĥħ"), ("i", "ìíîïĩīĭįıǐịỉ"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"),
            ("o", "òóôõöøōŏőǒọỏốồổỗộớờởỡợơ"), ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"),
            ("u", "ùúûüũūŭůűųǔưụủứừửữự"), ("w", "ŵ"), ("y", "ýÿŷỳỵỷỹ"), ("z", "źżž"),
        })
        {
            foreach (var c in marked)
                table[c] = plain;
        }
        return table;
    }

    /// <summary>Every name of every office holder, the ones read only after a title included, with the rows it may mean.</summary>
    private Dictionary<string, List<Actor>> BuildPeopleKeys()
    {
        var keys = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var person in Actors.Where(a => a.Kind == ActorKind.Person))
        {
            foreach (var key in person.Names.Append(person.Name).Select(Key).Distinct())
            {
                if (!keys.TryGetValue(key, out var rows))
                    keys[key] = rows = [];
                rows.Add(person);
            }
        }
        return keys;
    }

    private Dictionary<string, List<object>> BuildKeys()
    {
        var keys = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        void Add(string name, object target)
        {
            var key = Key(name);
            if (key.Length == 0)
                return;
            if (!keys.TryGetValue(key, out var list))
                keys[key] = list = [];
            if (!list.Contains(target))
                list.Add(target);
        }
        foreach (var a in Actors)
        {
            foreach (var n in a.Names.Append(a.Id).Append(a.Name).Append(a.GermanName).Concat(a.Adjectives).Concat(a.Demonyms).Concat(a.AdjectiveStems))
                Add(n, a);
        }
        // A place's id and display names come before the names other places list as alternates ("White House").
        var ranked = Places.OrderBy(p => (Place?)p, PlaceRanking.Instance).ToList();
        foreach (var p in ranked)
        {
            Add(p.Id, p);
            Add(p.Name, p);
            Add(p.GermanName, p);
        }
        foreach (var p in ranked)
        {
            foreach (var n in p.Names)
                Add(n, p);
        }
        return keys;
    }
}

/// <summary>
/// The order in which an ambiguous name resolves when the text names no country beside it: a capital first (PPLC,
/// then a seat of government), then a curated region (the summits of Bali, Cornwall and Okinawa were not held in the
/// towns of those names), then the most populous place; venues, which GeoNames does not count, after cities.
/// </summary>
internal sealed class PlaceRanking : IComparer<Place?>
{
    public static readonly PlaceRanking Instance = new();

    public int Compare(Place? a, Place? b)
    {
        if (ReferenceEquals(a, b))
            return 0;
        if (a is null || b is null)
            return a is null ? 1 : -1;
        var rank = Rank(a).CompareTo(Rank(b));
        if (rank != 0)
            return rank;
        var population = b.Population.CompareTo(a.Population);
        return population != 0 ? population : string.CompareOrdinal(a.Id, b.Id);
    }

    private static int Rank(Place p) => p.Kind switch
    {
        _ when p.FeatureCode == "PPLC" => 0,
        PlaceKind.Capital => 1,
        PlaceKind.Region => 2,
        PlaceKind.City => 3,
        _ => 4,
    };
}
