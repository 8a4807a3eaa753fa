using System.Text.RegularExpressions;

namespace Timeline.Extraction.Events.Vocabulary;

/// <summary>Cuts text into the tokens event words, bodies and titles are matched on: words, numbers and hyphenated compounds.</summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokens(string text, int start, int end)
    {
        var tokens = new List<Token>();
        for (var m = Word().Match(text, start, end - start); m.Success; m = m.NextMatch())
            tokens.Add(new Token(m.Value, m.Index, m.Index + m.Length));
        return tokens;
    }

    /// <summary>The tokens of a name or phrase, as text.</summary>
    public static string[] Words(string phrase) => [.. Tokens(phrase, 0, phrase.Length).Select(t => t.Text)];

    [GeneratedRegex(@"[\p{L}\d]+(?:[-'’][\p{L}\d]+)*")]
    private static partial Regex Word();
}
