namespace Timeline.Api.Timeline;

/// <summary>A value of a facet and how many entries of the current filter have it.</summary>
/// <param name="Id">What to pass as the filter ("geneva", "RU", "CONSULT"); any of its names works too.</param>
/// <param name="Name">What to show, in English.</param>
/// <param name="Count">Entries of the current filter with this value.</param>
/// <param name="Names">The name in each language Timeline writes, by language code, where it has one of its own.</param>
public sealed record FacetValue(string Id, string Name, int Count, IReadOnlyDictionary<string, string>? Names = null);

/// <summary>Counts of places, actors and types over the entries a filter selects.</summary>
public static class TimelineFacets
{
    public static IReadOnlyList<FacetValue> Places(IEnumerable<TimelineEntry> entries) =>
        Count(entries.Where(e => e.Place is not null).Select(e => (e.Place!.Id, e.Place.Name, e.Place.Names)));

    public static IReadOnlyList<FacetValue> Actors(IEnumerable<TimelineEntry> entries) =>
        Count(entries.SelectMany(e => e.Participants.Select(p => (p.Id, p.Name, p.Names))));

    public static IReadOnlyList<FacetValue> Types(IEnumerable<TimelineEntry> entries) =>
        Count(entries.Select(e => (e.Type, e.Type, (IReadOnlyDictionary<string, string>?)null)));

    private static List<FacetValue> Count(IEnumerable<(string Id, string Name, IReadOnlyDictionary<string, string>? Names)> values) =>
        values.GroupBy(v => v.Id)
            .Select(g => new FacetValue(g.Key, g.First().Name, g.Count(), g.First().Names))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
}
