using System.Globalization;
using Timeline.Extraction.Events;

namespace Timeline.Extraction.Tests.Events;

/// <summary>The events the extractor reads from a text with its publication date, for the event tests.</summary>
internal static class Read
{
    public static List<DiplomaticEvent> Events(string language, string dct, string text) =>
        [.. ArticleExtractor.Extract(text, language, DateOnly.Parse(dct, CultureInfo.InvariantCulture)).Events];
}
