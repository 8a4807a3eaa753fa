using Timeline.Extraction.Dates;
using Timeline.Extraction.Events;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction;

/// <summary>The extraction core's front door: an article's text in, its dates and diplomatic events out.</summary>
public static class ArticleExtractor
{
    /// <summary>Changes whenever the extractor may read the same text differently; timelines replace older readings.</summary>
    public const string Version = "0.1.0";

    /// <param name="text">The article's plain text; offsets in the result index into it.</param>
    /// <param name="language">"de", "en", or null to detect it.</param>
    /// <param name="publishedAt">The publication date, or null to infer it from the text.</param>
    public static ExtractionResult Extract(string text, string? language = null, DateOnly? publishedAt = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var profile = LanguageProfile.For(language ?? LanguageDetector.Detect(text));
        var document = TextDocument.Analyse(text, profile);
        var dates = TemporalTagger.Tag(document, profile, publishedAt);
        var events = new EventExtractor(profile).Extract(document, dates);
        return new ExtractionResult(profile.Code, dates.DocumentDate, dates.Timexes, events, Version);
    }
}
