using System.Reflection;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction;

/// <summary>The extraction core's front door: an article's text in, its dates and diplomatic events out.</summary>
public static class ArticleExtractor
{
    /// <summary>
    /// The assembly's version (the product's, set once in Directory.Build.props and printed by <c>timeline --version</c>).
    /// Raise it whenever the extractor may read the same text differently: timelines replace older readings with newer ones.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ArticleExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException("The extraction assembly carries no version.");
        // The build may append "+<commit>"; readings of the same source are the same reading.
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }

    /// <param name="text">The article's plain text; offsets in the result index into it.</param>
    /// <param name="language">"de", "en", or null to detect it.</param>
    /// <param name="publishedAt">The publication date, or null to infer it from the text.</param>
    public static ExtractionResult Extract(string text, string? language = null, DateOnly? publishedAt = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var profile = LanguageProfile.For(language ?? LanguageDetector.Detect(text));
        var document = TextDocument.Analyse(text, profile);
        var dates = Dates(document, profile, publishedAt, mode: null);
        var events = new EventExtractor(profile).Extract(document, dates);
        return new ExtractionResult(profile.Code, dates.DocumentDate, dates.Timexes, events, Version);
    }

    /// <summary>
    /// An article's dates as extraction reads them: the tagger's, and where neither the caller nor the tagger could give a
    /// publication date, one read from a weekday and the office holders the text names (<see cref="DateFromOfficeHolders"/>).
    /// </summary>
    /// <param name="text">The article's plain text; offsets in the result index into it.</param>
    /// <param name="language">"de", "en", or null to detect it.</param>
    /// <param name="publishedAt">The publication date, or null to infer it from the text.</param>
    /// <param name="mode">News or narrative; null to let the tagger choose (news when it has a publication date).</param>
    public static TaggerResult Dates(string text, string? language = null, DateOnly? publishedAt = null, TaggerMode? mode = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var profile = LanguageProfile.For(language ?? LanguageDetector.Detect(text));
        return Dates(TextDocument.Analyse(text, profile), profile, publishedAt, mode);
    }

    private static TaggerResult Dates(TextDocument document, LanguageProfile profile, DateOnly? publishedAt, TaggerMode? mode)
    {
        var dates = TemporalTagger.Tag(document, profile, publishedAt, mode);
        // A copy without its date line may still pin its day down by a weekday and the office holders it names.
        if (mode != TaggerMode.Narrative && DateFromOfficeHolders.Infer(document.Text, dates, profile) is { } inferred)
            dates = TemporalTagger.Tag(document, profile, inferred.Value, mode) with { DocumentDate = inferred };
        return dates;
    }
}
