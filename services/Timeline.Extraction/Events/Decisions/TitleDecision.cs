using System.Text;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Writes an event's title for people, in every language Timeline writes, from the templates of
/// <c>Resources/{lang}/titles.txt</c>: "United States–Russia talks in Geneva" and "Vereinigte Staaten und Russland
/// verhandeln in Genf", "Russia's demands" and "Russland: Forderungen". Titles are made here rather than on the page
/// because only the extractor knows what the page cannot see: the named body a meeting belongs to and the words the
/// article used (a summit).
/// </summary>
public static class TitleDecision
{
    public const string English = "en";

    private static readonly Lazy<IReadOnlyList<TitleTemplates>> Templates = new(() =>
        LanguageProfile.Supported.Select(code => TitleTemplates.Load(code)).ToList());

    /// <summary>The title in each language, by language code.</summary>
    public static IReadOnlyDictionary<string, string> Titles(EventDraft draft, EventLexicon lexicon)
    {
        var facts = new TitleFacts(
            draft.Type,
            draft.Mode,
            draft.Body?.Body,
            // "Visit to Angola", not "Angola visit to Angola": the host of a visit is where it goes, not who makes it.
            draft.Parties.Where(p => draft.Mode != "visit" || draft.Place is null || p.Id != draft.Place.CountryCode).ToList(),
            draft.Place,
            draft.Triggers.Any(t => lexicon.SummitWords.Contains(t.Word)));
        return new SortedDictionary<string, string>(Templates.Value.ToDictionary(t => t.Language, t => t.Write(facts)), StringComparer.Ordinal);
    }
}

/// <summary>What a title is written from.</summary>
internal sealed record TitleFacts(string Type, string? Mode, Body? Body, IReadOnlyList<EventParticipant> Parties, Place? Place, bool Summit);

/// <summary>The title templates of one language: the first whose conditions hold writes the title.</summary>
internal sealed class TitleTemplates
{
    private readonly List<(string Type, string[] Conditions, string Template)> templates = [];
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> bodies = new(StringComparer.Ordinal);
    private readonly string and;

    public string Language { get; }

    private TitleTemplates(string language, ResourceFile file)
    {
        Language = language;
        and = file.Section("words").FirstOrDefault(e => e.Key == "and")?.Values[0] ?? "and";
        foreach (var entry in file.Section("names"))
            names[entry.Key] = entry.Values[0];
        foreach (var entry in file.Section("bodies"))
            bodies[entry.Key] = entry.Values[0];
        foreach (var entry in file.Section("titles"))
        {
            var words = entry.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            templates.Add((words[0], words[1..], entry.Values[0]));
        }
        if (!templates.Any(t => t.Type == "*"))
            throw new FormatException($"{file.Name}: no '*' title, which every event needs when no other fits");
    }

    public static TitleTemplates Load(string language) => new(language, ResourceFile.Load($"{language}/titles.txt"));

    public string Write(TitleFacts facts)
    {
        var template = templates.First(t => (t.Type == "*" || t.Type == facts.Type) && t.Conditions.All(c => Holds(c, facts))).Template;
        return Fill(template, facts);
    }

    private static bool Holds(string condition, TitleFacts facts) => condition switch
    {
        "body" => facts.Body is not null,
        "org" => facts.Parties.Any(p => p.Kind == ActorKind.Organisation),
        "summit" => facts.Summit,
        _ when int.TryParse(condition, out var least) => facts.Parties.Count >= least,
        _ => string.Equals(condition, facts.Mode, StringComparison.Ordinal),
    };

    private string NameOf(EventParticipant party) =>
        names.TryGetValue(party.Id, out var name) ? name
        : Language == TitleDecision.English ? party.Name
        : Gazetteer.Gazetteer.Default.ActorById(party.Id)?.GermanName ?? party.Name;

    private string? Value(string placeholder, TitleFacts facts)
    {
        var parties = facts.Parties.Select(NameOf).ToList();
        return placeholder switch
        {
            "pair" => parties.Count == 0 ? null : string.Join("–", parties.Take(3)),
            "all" => parties.Count == 0 ? null : List(parties),
            "first" => parties.FirstOrDefault(),
            "first's" => parties.FirstOrDefault() is { } first ? first + (first.EndsWith('s') ? "'" : "'s") : null,
            "rest" => parties.Count < 2 ? null : List(parties.Skip(1).ToList()),
            "org" => facts.Parties.FirstOrDefault(p => p.Kind == ActorKind.Organisation) is { } org ? NameOf(org) : null,
            "body" => facts.Body is { } b ? bodies.GetValueOrDefault(b.Id, b.Name) : null,
            "place" => facts.Place is { } p ? (Language == TitleDecision.English ? p.Name : p.GermanName) : null,
            _ => throw new FormatException($"{Language}/titles.txt: unknown placeholder {{{placeholder}}}"),
        };
    }

    private string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";

    /// <summary>Replaces placeholders; a [bracketed] part goes when one of its placeholders has no value.</summary>
    private string Fill(string template, TitleFacts facts)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '[')
            {
                var close = template.IndexOf(']', i);
                var part = FillPart(template[(i + 1)..close], facts);
                if (part is not null)
                    result.Append(part);
                i = close + 1;
                continue;
            }
            var next = template.IndexOf('[', i);
            var plain = next < 0 ? template[i..] : template[i..next];
            result.Append(FillPart(plain, facts) ?? "");
            i = next < 0 ? template.Length : next;
        }
        return result.ToString();
    }

    private string? FillPart(string part, TitleFacts facts)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < part.Length)
        {
            var open = part.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(part, i, part.Length - i);
                break;
            }
            result.Append(part, i, open - i);
            var close = part.IndexOf('}', open);
            var value = Value(part[(open + 1)..close], facts);
            if (value is null)
                return null;
            result.Append(value);
            i = close + 1;
        }
        return result.ToString();
    }
}
