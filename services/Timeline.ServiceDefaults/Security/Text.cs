namespace Timeline.ServiceDefaults.Security;

/// <summary>Checks on text that comes from outside.</summary>
public static class Text
{
    /// <summary>
    /// True when the text holds a C0 or C1 control character (NUL included), or a lone surrogate. Tabs, and line
    /// breaks when allowed, are ordinary text.
    /// </summary>
    public static bool HasControlCharacters(ReadOnlySpan<char> text, bool allowLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t' || (allowLineBreaks && c is '\n' or '\r'))
                continue;
            if (char.IsControl(c))
                return true;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                return true;
        }
        return false;
    }

    /// <summary>The text with control characters shown as '?', cut to a length fit for an error message.</summary>
    public static string Printable(string text, int max = 60)
    {
        var cut = text.Length > max ? text[..max] + "…" : text;
        return string.Create(cut.Length, cut, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsControl(source[i]) || char.IsSurrogate(source[i]) ? '?' : source[i];
        });
    }
}
