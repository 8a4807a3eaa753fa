using System.Text.RegularExpressions;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Events;

public sealed record Trigger(int Start, int End, string Word, string Type, string? Mode);

/// <summary>The event words of a language (Resources/{language}/events.txt) and a scan for them.</summary>
public sealed partial class TriggerLexicon
{
    private readonly List<(string[] Words, bool Suffix, string Type, string? Mode)> entries = [];
    private readonly StringComparison comparison;
    public IReadOnlySet<string> Bilateral { get; }
    public IReadOnlySet<string> Multilateral { get; }
    public IReadOnlyList<string> Cancelled { get; }
    public IReadOnlyList<string> Postponed { get; }
    public IReadOnlySet<string> PlacePrepositions { get; }
    public IReadOnlySet<string> Complementizers { get; }
    public IReadOnlySet<string> TopicPrepositions { get; }
    public IReadOnlySet<string> Conjunctions { get; }
    public IReadOnlySet<string> LocationPrepositions { get; }
    public IReadOnlySet<string> ParticipationCues { get; }
    public IReadOnlySet<string> Pronouns { get; }
    public IReadOnlySet<string> SpanPrepositions { get; }
    public IReadOnlyList<string> RoleWords { get; }
    public IReadOnlySet<string> SummitWords { get; }
    public IReadOnlySet<string> StopWords { get; }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TriggerLexicon> Cache = new();

    /// <summary>The lexicon of a language, built once.</summary>
    public static TriggerLexicon For(LanguageProfile language) => Cache.GetOrAdd(language.Code, _ => new TriggerLexicon(language));

    private TriggerLexicon(LanguageProfile language)
    {
        var caseSensitive = language.Events.Section("settings").Any(e => e.Key == "case-sensitive" && e.Values[0] == "yes");
        comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        foreach (var entry in language.Events.Section("triggers"))
        {
            var dot = entry.Key.IndexOf('.');
            var type = dot < 0 ? entry.Key : entry.Key[..dot];
            var mode = dot < 0 ? null : entry.Key[(dot + 1)..];
            foreach (var value in entry.Values)
            {
                var suffix = value.StartsWith('*');
                entries.Add((value.TrimStart('*').Split(' ', StringSplitOptions.RemoveEmptyEntries), suffix, type, mode));
            }
        }
        entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Bilateral = new HashSet<string>(language.Events.Words("bilateral-markers"), comparer);
        Multilateral = new HashSet<string>(language.Events.Words("multilateral-markers"), comparer);
        Cancelled = language.Events.Words("cancelled");
        Postponed = language.Events.Words("postponed");
        PlacePrepositions = new HashSet<string>(language.Events.Words("place-prepositions"), StringComparer.OrdinalIgnoreCase);
        Complementizers = new HashSet<string>(language.Events.Words("complementizers"), StringComparer.OrdinalIgnoreCase);
        TopicPrepositions = new HashSet<string>(language.Events.Words("topic-prepositions"), StringComparer.OrdinalIgnoreCase);
        Conjunctions = new HashSet<string>(language.Events.Words("conjunctions"), StringComparer.OrdinalIgnoreCase);
        LocationPrepositions = new HashSet<string>(language.Events.Words("location-prepositions"), StringComparer.OrdinalIgnoreCase);
        ParticipationCues = new HashSet<string>(language.Events.Words("participation-cues"), comparer);
        Pronouns = new HashSet<string>(language.Events.Words("pronouns"), StringComparer.Ordinal);
        SpanPrepositions = new HashSet<string>(language.Events.Words("span-prepositions"), StringComparer.OrdinalIgnoreCase);
        RoleWords = language.Events.Words("role-words");
        SummitWords = new HashSet<string>(language.Events.Words("summit-words"), StringComparer.OrdinalIgnoreCase);
        StopWords = new HashSet<string>(language.Text.Words("stopwords"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The words right before an offset, nearest first, not crossing <paramref name="limit"/>.</summary>
    public static IEnumerable<string> WordsBefore(string text, int offset, int limit, int count) =>
        Tokens(text, limit, offset).Reverse().Take(count).Select(t => t.Text);

    public static IReadOnlyList<(string Text, int Start, int End)> Tokens(string text, int start, int end)
    {
        var tokens = new List<(string, int, int)>();
        for (var m = Token().Match(text, start, end - start); m.Success; m = m.NextMatch())
            tokens.Add((m.Value, m.Index, m.Index + m.Length));
        return tokens;
    }

    public IReadOnlyList<Trigger> Find(string text, int start, int end)
    {
        var tokens = Tokens(text, start, end);
        var found = new List<Trigger>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, suffix, type, mode) in entries)
            {
                if (Matches(tokens, i, words, suffix))
                {
                    found.Add(new Trigger(tokens[i].Start, tokens[i + words.Length - 1].End, text[tokens[i].Start..tokens[i + words.Length - 1].End], type, mode));
                    i += words.Length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private bool Matches(IReadOnlyList<(string Text, int Start, int End)> tokens, int i, string[] words, bool suffix)
    {
        if (i + words.Length > tokens.Count)
            return false;
        if (suffix && words.Length == 1)
        {
            var token = tokens[i].Text;
            return token.Length > words[0].Length && token.EndsWith(words[0], StringComparison.OrdinalIgnoreCase);
        }
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[i + k].Text, words[k], comparison))
                return false;
        }
        return true;
    }

    [GeneratedRegex(@"[\p{L}\d]+(?:[-'’][\p{L}\d]+)*")]
    private static partial Regex Token();
}
