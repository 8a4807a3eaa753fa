using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Gazetteer;

public sealed record Place(string Id, string Name, string CountryCode, long GeonamesId, double Latitude, double Longitude, IReadOnlyList<string> Names);

public enum ActorKind { Country, Organisation, Person }

/// <summary>A country, organisation or person. Bodies made of others (the NATO-Russia Council) list their members.</summary>
public sealed record Actor(ActorKind Kind, string Id, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> AdjectiveStems,
    string? CapitalPlaceId, IReadOnlyList<string> Members, string? Role = null, string? Affiliation = null);

/// <summary>A name found in a text: a place, or an actor (possibly a capital standing for its country, or an adjective such as "russische").</summary>
public sealed record NameMention(int Start, int End, string Text, Place? Place, Actor? Actor, bool FromAdjective = false);

/// <summary>
/// The places, countries, organisations and office holders the extractor knows, read from
/// Resources/shared/*.tsv, and one matcher that finds all of them in a text.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);

    public IReadOnlyList<Place> Places { get; }
    public IReadOnlyList<Actor> Actors { get; }
    private readonly Dictionary<string, Place> placesById;
    private readonly Dictionary<string, Actor> actorsById;
    private readonly Dictionary<string, object> byName;
    private readonly Dictionary<string, Actor> byStem;
    private readonly Regex names;
    private readonly Regex stems;

    public static Gazetteer Default => Shared.Value;

    private Gazetteer(IReadOnlyList<Place> places, IReadOnlyList<Actor> actors)
    {
        Places = places;
        Actors = actors;
        placesById = places.ToDictionary(p => p.Id);
        actorsById = actors.ToDictionary(a => a.Id);
        byName = new Dictionary<string, object>(StringComparer.Ordinal);
        // Actors first: where a capital and a country share a name, the country wins ("Luxembourg").
        foreach (var a in actors)
            foreach (var n in a.Names)
                byName.TryAdd(n, a);
        foreach (var p in places)
            foreach (var n in p.Names)
                byName.TryAdd(n, p);
        byStem = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actors)
            foreach (var s in a.AdjectiveStems)
                byStem.TryAdd(s, a);
        names = RuleRegexes.Create(@"(?<![\p{L}\d])(?:" + Alternation(byName.Keys) + @")(?![\p{L}\d]|\.\p{L})", RegexOptions.CultureInvariant);
        stems = RuleRegexes.Create(@"(?<![\p{L}\d])(?<stem>" + Alternation(byStem.Keys) + @")\p{L}*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    /// <summary>The regexes built from the name lists, for the precompiled catalogue.</summary>
    internal IEnumerable<Regex> Patterns => [names, stems];

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    public Place? PlaceById(string id) => placesById.GetValueOrDefault(id);

    public Actor? ActorById(string id) => actorsById.GetValueOrDefault(id);

    /// <summary>Every known name in the text, longest first where names overlap.</summary>
    public IReadOnlyList<NameMention> Find(string text, int start, int end)
    {
        var found = new List<NameMention>();
        for (var m = names.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var entry = byName[m.Value];
            found.Add(entry is Place p ? new NameMention(m.Index, m.Index + m.Length, m.Value, p, null)
                : new NameMention(m.Index, m.Index + m.Length, m.Value, null, (Actor)entry));
        }
        for (var m = stems.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (byStem.TryGetValue(m.Groups["stem"].Value, out var actor))
                found.Add(new NameMention(m.Index, m.Index + m.Length, m.Value, null, actor, FromAdjective: true));
        }
        var kept = new List<NameMention>();
        foreach (var n in found.OrderByDescending(n => n.End - n.Start).ThenBy(n => n.Start))
        {
            if (!kept.Any(k => k.Start < n.End && n.Start < k.End))
                kept.Add(n);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static Gazetteer Load()
    {
        var places = Rows("shared/places.tsv", 7).Select(c => new Place(c[0], c[1], c[2],
            long.Parse(c[3], CultureInfo.InvariantCulture), double.Parse(c[4], CultureInfo.InvariantCulture),
            double.Parse(c[5], CultureInfo.InvariantCulture), Split(c[6]))).ToList();
        var actors = Rows("shared/actors.tsv", 7).Select(c => new Actor(
            c[0] == "country" ? ActorKind.Country : c[0] == "organisation" ? ActorKind.Organisation : throw new FormatException($"actors.tsv: unknown kind '{c[0]}'"),
            c[1], c[2], Split(c[3]), Split(c[4]), Empty(c[5]), Split(c[6]))).ToList();
        var people = Rows("shared/people.tsv", 6).Select(c => new Actor(ActorKind.Person, c[0], c[1], Split(c[2]), [], null, [], c[3], c[4])).ToList();
        return new Gazetteer(places, actors.Concat(people).ToList());
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static IReadOnlyList<string> Split(string s) =>
        s.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    /// <summary>The rows of a tab-separated resource, each padded to <paramref name="columns"/> cells.</summary>
    public static IEnumerable<string[]> Rows(string path, int columns)
    {
        var text = ResourceFile.ReadEmbedded(path) ?? throw new InvalidOperationException($"Resource '{path}' is not embedded.");
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length > columns)
                throw new FormatException($"{path}:{number}: {cells.Length} cells, at most {columns} expected.");
            yield return cells.Concat(Enumerable.Repeat("", columns - cells.Length)).Select(c => c.Trim()).ToArray();
        }
    }
}
