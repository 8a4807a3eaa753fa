namespace Timeline.Extraction.Events.Vocabulary;

/// <summary>Cuts text into the tokens event words, bodies and titles are matched on: words, numbers and hyphenated compounds.</summary>
public static class Tokenizer
{
    /// <summary>
    /// The tokens between two offsets: a run of letters and digits, with parts joined on by a hyphen or an apostrophe
    /// ("EU-Außenminister", "Russia's", "don’t") when a letter or digit follows it.
    /// </summary>
    public static IReadOnlyList<Token> Tokens(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (true)
            {
                while (j < end && char.IsLetterOrDigit(text[j]))
                    j++;
                if (j + 1 < end && text[j] is '-' or '\'' or '’' && char.IsLetterOrDigit(text[j + 1]))
                {
                    j += 2;
                    continue;
                }
                break;
            }
            tokens.Add(new Token(text[i..j], i, j));
            i = j;
        }
        return tokens;
    }

    /// <summary>The tokens of a name or phrase, as text.</summary>
    public static string[] Words(string phrase) => [.. Tokens(phrase, 0, phrase.Length).Select(t => t.Text)];
}
