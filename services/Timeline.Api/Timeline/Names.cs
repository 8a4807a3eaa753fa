using Timeline.Extraction.Gazetteer;

namespace Timeline.Api.Timeline;

/// <summary>
/// Place, country and actor names as filters take them: every name and alias the gazetteer holds, in English, German
/// and the other languages GeoNames lists, whatever the case and diacritics ("Wien", "vienna", "Genève", "GENF",
/// "Russland"). For a name it does not know, the known names nearest to it.
/// </summary>
public sealed class Names(Func<Gazetteer> load)
{
    // Loaded on the first filter by name (a few hundred milliseconds, some 30 MB), not when the service starts.
    private readonly Lazy<Gazetteer> loaded = new(load);
    private Lazy<IReadOnlyList<Known>>? all;

    private Gazetteer gazetteer => loaded.Value;

    public Names() : this(() => Gazetteer.Default)
    {
    }


    /// <summary>The English name of the first place a name stands for, to say what a calendar holds.</summary>
    public string? PlaceName(string name) =>
        gazetteer.PlacesNamed(name).FirstOrDefault()?.Name ?? CountryCodes(name).Select(gazetteer.ActorById).FirstOrDefault()?.Name;

    /// <summary>A name as the gazetteer writes it, folded for comparison, and how prominent what it names is.</summary>
    private sealed record Known(string Key, string Name, NameKind Kind, long Rank);

    private enum NameKind { Place, Country, Actor }

    /// <summary>
    /// Ids of the places a name stands for; a venue also stands for the city it places its events in, and a country
    /// ("Italien", "Italy") for the events placed only by their country, whose place id is its code in lower case.
    /// </summary>
    public IReadOnlyList<string> PlaceIds(string name) =>
        gazetteer.PlacesNamed(name).SelectMany(p => p.CityId is { } city ? new[] { p.Id, city } : [p.Id])
            .Concat(CountryCodes(name).Select(code => code.ToLowerInvariant()))
            .Distinct()
            .ToList();

    /// <summary>ISO codes of the countries a code or name stands for ("CH", "Schweiz", "Switzerland").</summary>
    public IReadOnlyList<string> CountryCodes(string name)
    {
        var code = name.Trim().ToUpperInvariant();
        if (code.Length == 2 && gazetteer.ActorById(code) is { Kind: ActorKind.Country })
            return [code];
        return gazetteer.ActorsNamed(name).Where(a => a.Kind == ActorKind.Country).Select(a => a.Id).Distinct().ToList();
    }

    /// <summary>Ids of the countries, organisations and people a name, alias, adjective or id stands for.</summary>
    public IReadOnlyList<string> ActorIds(string name) => gazetteer.ActorsNamed(name).Select(a => a.Id).Distinct().ToList();

    public IReadOnlyList<string> NearestPlaces(string name) => NearestOf(name, NameKind.Place);

    public IReadOnlyList<string> NearestCountries(string name) => NearestOf(name, NameKind.Country);

    public IReadOnlyList<string> NearestActors(string name) => NearestOf(name, NameKind.Country, NameKind.Actor);

    private IReadOnlyList<string> NearestOf(string name, params NameKind[] kinds)
    {
        var key = Gazetteer.Key(name);
        // Prominent first among equals: the most populous place, then countries before smaller actors.
        all ??= new Lazy<IReadOnlyList<Known>>(Index);
        var candidates = all.Value.Where(k => kinds.Contains(k.Kind)).OrderByDescending(k => k.Rank);
        return Nearest.Of(key, candidates, k => k.Key, 20).Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Take(5).ToList();
    }

    private IReadOnlyList<Known> Index()
    {
        var known = new List<Known>();
        foreach (var place in gazetteer.Places)
        {
            foreach (var name in place.Names.Append(place.Name).Append(place.GermanName).Distinct(StringComparer.Ordinal))
                known.Add(new Known(Gazetteer.Key(name), name, NameKind.Place, place.Population));
        }
        foreach (var actor in gazetteer.Actors)
        {
            var kind = actor.Kind == ActorKind.Country ? NameKind.Country : NameKind.Actor;
            foreach (var name in actor.Names.Append(actor.Name).Append(actor.GermanName).Distinct(StringComparer.Ordinal))
                known.Add(new Known(Gazetteer.Key(name), name, kind, kind == NameKind.Country ? long.MaxValue : 0));
        }
        return known;
    }
}
