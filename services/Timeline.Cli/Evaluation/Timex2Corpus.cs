using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Cli.Evaluation;

/// <summary>A gold temporal expression; <see cref="End"/> is exclusive.</summary>
public sealed record GoldTimex(int Start, int End, string Text, string? Value, string Type);

/// <summary>One document of a corpus: its text, its publication date, and its gold.</summary>
/// <param name="Id">The document's name.</param>
/// <param name="Text">Its text; gold offsets index into it.</param>
/// <param name="Dct">Its publication date as the gold records it (given in the text or not), or null where the gold has none.</param>
/// <param name="Gold">Its gold expressions.</param>
/// <param name="Language">The document's language, where the corpus says it.</param>
/// <param name="DctInText">Whether the text itself states that date (the gold's "given"); TIMEX2 corpora keep it in their header.</param>
public sealed record CorpusDocument(string Id, string Text, DateOnly? Dct, IReadOnlyList<GoldTimex> Gold, string? Language = null, bool DctInText = false);

/// <summary>
/// Reads an ACE-style TIMEX2 corpus directory (WikiWars, WikiWarsDE): in/*.sgm with the raw documents and
/// key/*.apf.xml with the gold, whose offsets count UTF-8 bytes of the document without its tags, end inclusive.
/// Only the TEXT element is kept: the header's DATETIME is metadata, not text to tag.
/// </summary>
public static partial class Timex2Corpus
{
    public static IReadOnlyList<CorpusDocument> Read(string directory)
    {
        var inputs = Path.Combine(directory, "in");
        var keys = Path.Combine(directory, "key");
        if (!Directory.Exists(inputs) && Directory.EnumerateFiles(directory, "*.gold.json").Any())
            return ReadReferenceFormat(directory);
        if (!Directory.Exists(inputs) || !Directory.Exists(keys))
            throw new DirectoryNotFoundException($"{directory} needs in/*.sgm and key/*.apf.xml.");
        return Directory.EnumerateFiles(inputs, "*.sgm").Order(StringComparer.Ordinal).Select(path =>
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var key = Path.Combine(keys, id + ".key.apf.xml");
            return ReadDocument(id, File.ReadAllText(path), File.Exists(key) ? File.ReadAllText(key) : throw new FileNotFoundException($"No gold for {id}", key));
        }).ToList();
    }

    public static CorpusDocument ReadDocument(string id, string sgml, string apf)
    {
        var (plain, bodyStart, bodyEnd) = StripTags(sgml);
        var dct = DateTimeElement().Match(sgml) is { Success: true } m
            && DateOnly.TryParse(m.Groups[1].Value.Trim()[..10], CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null;
        var body = plain[bodyStart..bodyEnd];
        var charAt = ByteToCharIndex(plain);
        var gold = new List<GoldTimex>();
        // Read leniently: some published key files repeat an attribute, which strict XML refuses; the first one counts.
        foreach (Match timex in Timex2Element().Matches(apf))
        {
            var attributes = Attributes(timex.Groups[1].Value);
            var value = attributes.GetValueOrDefault("VAL");
            var set = string.Equals(attributes.GetValueOrDefault("SET"), "YES", StringComparison.OrdinalIgnoreCase);
            foreach (Match charseq in CharseqElement().Matches(timex.Groups[2].Value))
            {
                var startByte = int.Parse(charseq.Groups[1].Value, CultureInfo.InvariantCulture);
                var endByte = int.Parse(charseq.Groups[2].Value, CultureInfo.InvariantCulture);
                if (endByte >= charAt.Length)
                    continue;
                var start = charAt[startByte] - bodyStart;
                var end = charAt[endByte] + 1 - bodyStart;
                if (start < 0 || end > body.Length)
                    continue;
                gold.Add(new GoldTimex(start, end, body[start..end], value, TypeOf(value, set)));
            }
        }
        return new CorpusDocument(id, body, dct, gold.OrderBy(g => g.Start).ToList());
    }

    /// <summary>
    /// Reads a folder of articles with gold files in the project's reference format (the seed and team corpora):
    /// offsets are UTF-16 indices with an exclusive end. The publication date is kept whether the text states it
    /// ("given": true) or the annotators found it elsewhere: the evaluation decides whether the tagger sees it.
    /// </summary>
    public static IReadOnlyList<CorpusDocument> ReadReferenceFormat(string directory) =>
        Directory.EnumerateFiles(directory, "*.gold.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            var name = gold.GetProperty("document").GetString()!;
            var text = File.ReadAllText(Path.Combine(directory, name));
            var dct = gold.GetProperty("documentCreationTime");
            DateOnly? date = dct.GetProperty("value").GetString() is { } value
                ? DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            var timexes = gold.GetProperty("timexes").EnumerateArray().Select(t => new GoldTimex(
                t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("text").GetString()!,
                t.GetProperty("value").GetString(), t.GetProperty("type").GetString()!)).ToList();
            return new CorpusDocument(name, text, date, timexes, gold.GetProperty("language").GetString(), dct.GetProperty("given").GetBoolean());
        }).ToList();

    /// <summary>TIMEX2 has no type attribute; it follows from the value, as TIMEX3 would give it.</summary>
    public static string TypeOf(string? value, bool set) =>
        set ? "SET"
        : value is null ? "DATE"
        : value.StartsWith('P') && value.Length > 1 && (char.IsDigit(value[1]) || value[1] is 'X' or 'T') ? "DURATION"
        : TimeValue().IsMatch(value) ? "TIME"
        : "DATE";

    private static (string Text, int BodyStart, int BodyEnd) StripTags(string sgml)
    {
        var text = new StringBuilder(sgml.Length);
        int bodyStart = 0, bodyEnd = -1;
        for (var i = 0; i < sgml.Length; i++)
        {
            if (sgml[i] != '<')
            {
                text.Append(sgml[i]);
                continue;
            }
            var close = sgml.IndexOf('>', i);
            var tag = sgml[(i + 1)..close];
            if (tag.Equals("TEXT", StringComparison.OrdinalIgnoreCase))
                bodyStart = text.Length;
            else if (tag.Equals("/TEXT", StringComparison.OrdinalIgnoreCase))
                bodyEnd = text.Length;
            i = close;
        }
        return (text.ToString(), bodyStart, bodyEnd < 0 ? text.Length : bodyEnd);
    }

    /// <summary>For every UTF-8 byte of the text, the index of the character it belongs to.</summary>
    private static int[] ByteToCharIndex(string text)
    {
        var map = new int[Encoding.UTF8.GetByteCount(text)];
        var b = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? Encoding.UTF8.GetByteCount(text.AsSpan(i, 2)) : Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
            for (var k = 0; k < width; k++)
                map[b++] = i;
            if (char.IsHighSurrogate(text[i]))
                i++;
        }
        return map;
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match a in Attribute().Matches(text))
            attributes.TryAdd(a.Groups[1].Value, System.Net.WebUtility.HtmlDecode(a.Groups[2].Value));
        return attributes;
    }

    [GeneratedRegex(@"<DATETIME>\s*([^<]+)</DATETIME>")]
    private static partial Regex DateTimeElement();

    [GeneratedRegex(@"T(\d|MO|AF|EV|NI|DT)")]
    private static partial Regex TimeValue();

    [GeneratedRegex(@"<timex2\b([^>]*)>(.*?)</timex2>", RegexOptions.Singleline)]
    private static partial Regex Timex2Element();

    [GeneratedRegex(@"<charseq\s+START=""(\d+)""\s+END=""(\d+)""")]
    private static partial Regex CharseqElement();

    [GeneratedRegex(@"(\w+)=""([^""]*)""")]
    private static partial Regex Attribute();
}
