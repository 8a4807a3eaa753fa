using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>
/// A page of the timeline. Pass <c>nextCursor</c> back as <c>cursor</c> for the next page; null means the end.
/// </summary>
public sealed record TimelinePage(
    IReadOnlyList<TimelineEntryView> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextCursor);

/// <summary>
/// A timeline entry as the API shows it: the shape subscribers receive (<see cref="TimelineEntrySummary"/>) with what
/// only a reader of the timeline needs besides.
/// </summary>
public sealed record TimelineEntryView : TimelineEntrySummary
{
    // Its own fields come after the subscriber's shape (JsonPropertyOrder 1), so that an entry reads as its notification does.

    [SetsRequiredMembers]
    private TimelineEntryView(TimelineEntrySummary summary) : base(summary)
    {
    }

    /// <summary>Languages of the articles that report it.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Ids of entries that may describe the same event but were not merged (for a person to review).</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<string> PossibleDuplicates { get; init; } = [];

    /// <summary>How many times the entry has changed: the version of its latest TimelineEntryChanged.</summary>
    [JsonPropertyOrder(1)]
    public int Version { get; init; }

    /// <summary>Every article that reports the event; left out of lists unless includeMentions=true.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<MentionView>? Mentions { get; init; }

    public static TimelineEntryView From(TimelineEntry e, bool includeMentions) => new(e.ToSummary())
    {
        Languages = e.Languages,
        PossibleDuplicates = e.PossibleDuplicates,
        Version = e.Version,
        Mentions = includeMentions ? e.Mentions.Select(MentionView.From).ToList() : null,
    };
}

/// <summary>
/// One article's report of an entry: where it said so, and how sure the extractor was. <c>source</c> is the publisher
/// the article counts as: its source, else its address's host, else "unknown".
/// </summary>
public sealed record MentionView(
    Guid ArticleId,
    string? ArticleTitle,
    string? Url,
    string Source,
    string Language,
    DateOnly? PublishedAt,
    DateOnly? DocumentDate,
    string Status,
    EventDate Date,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    double Confidence,
    string ExtractorVersion)
{
    public static MentionView From(Mention m) => new(m.ArticleId, m.Article.Title, m.Article.Url, m.Article.Source ?? m.SourceKey, m.Article.Language,
        m.Article.PublishedAt, m.Article.DocumentDate, m.Status, m.Date, m.Evidence.Sentence, m.Evidence.Start, m.Evidence.End, m.Confidence, m.ExtractorVersion);
}
