using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events.Vocabulary;

/// <summary>A named body whose meetings are events by its name alone, with its usual seat.</summary>
/// <param name="Id">Stable id ("european-council").</param>
/// <param name="Mode">The mode of its meetings: multilateral or bilateral.</param>
/// <param name="SeatId">The place id of its usual seat, or null where it moves.</param>
/// <param name="Elsewhere">Months (1 to 12) in which it usually meets at another place, by place id.</param>
/// <param name="Participants">The actor ids that take part.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Names">Every name and form it is written with.</param>
public sealed record Body(string Id, string Mode, string? SeatId, IReadOnlyDictionary<int, string> Elsewhere, IReadOnlyList<string> Participants,
    string Name, IReadOnlyList<string> Names)
{
    /// <summary>The place id where it meets in a month: its seat, or where it goes that month.</summary>
    public string? SeatIn(int month) => Elsewhere.TryGetValue(month, out var place) ? place : SeatId;
}

/// <summary>A body named in a text.</summary>
public sealed record BodyMention(int Start, int End, string Text, Body Body);

/// <summary>The named bodies (Resources/shared/bodies.tsv) and a scan for their names over a sentence's tokens.</summary>
public sealed class BodyTable
{
    private static readonly Lazy<BodyTable> Shared = new(() => new BodyTable(Load()));
    private readonly Dictionary<string, List<(string[] Words, Body Body)>> byFirstWord = new(StringComparer.Ordinal);

    public IReadOnlyList<Body> Bodies { get; }

    public static BodyTable Default => Shared.Value;

    public BodyTable(IReadOnlyList<Body> bodies)
    {
        Bodies = bodies;
        foreach (var body in bodies)
        {
            foreach (var name in body.Names)
            {
                var words = Tokenizer.Words(name);
                if (words.Length == 0)
                    continue;
                if (!byFirstWord.TryGetValue(words[0], out var list))
                    byFirstWord[words[0]] = list = [];
                list.Add((words, body));
            }
        }
        foreach (var list in byFirstWord.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public Body? ById(string id) => Bodies.FirstOrDefault(b => b.Id == id);

    /// <summary>The bodies named among the tokens, longest name first where names overlap; words after the first in any case.</summary>
    public IReadOnlyList<BodyMention> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<BodyMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!byFirstWord.TryGetValue(tokens[i].Text, out var candidates))
                continue;
            foreach (var (words, body) in candidates)
            {
                if (i + words.Length > tokens.Count)
                    continue;
                var all = true;
                // The first word is a name and keeps its case; the rest may be written either way ("G20 Foreign Ministers").
                for (var k = 1; k < words.Length && all; k++)
                    all = string.Equals(tokens[i + k].Text, words[k], StringComparison.OrdinalIgnoreCase);
                if (!all)
                    continue;
                var last = tokens[i + words.Length - 1];
                found.Add(new BodyMention(tokens[i].Start, last.End, string.Join(' ', words), body));
                i += words.Length - 1;
                break;
            }
        }
        return found;
    }

    private static List<Body> Load() => Gazetteer.GazetteerData.Rows("shared/bodies.tsv", 7).Select(c => new Body(
        c[0],
        c[1] is "multilateral" or "bilateral" ? c[1] : throw new FormatException($"bodies.tsv: {c[0]}: mode must be multilateral or bilateral, not '{c[1]}'"),
        c[2].Length == 0 ? null : c[2],
        Elsewhere(c[0], c[3]),
        Split(c[4]),
        c[5],
        Split(c[6]))).ToList();

    private static Dictionary<int, string> Elsewhere(string id, string cell)
    {
        var months = new Dictionary<int, string>();
        foreach (var part in Split(cell))
        {
            var colon = part.IndexOf(':');
            if (colon < 0)
                throw new FormatException($"bodies.tsv: {id}: '{part}' should read place:month,month");
            foreach (var month in part[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                months[int.Parse(month, System.Globalization.CultureInfo.InvariantCulture)] = part[..colon];
        }
        return months;
    }

    private static List<string> Split(string s) => s.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
