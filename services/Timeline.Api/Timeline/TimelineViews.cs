using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>A page of the timeline. Pass <c>nextCursor</c> back as <c>cursor</c> for the next page; null means the end.</summary>
public sealed record TimelinePage(
    IReadOnlyList<TimelineEntryView> Items,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] string? NextCursor);

/// <summary>A timeline entry as the API shows it.</summary>
public sealed record TimelineEntryView
{
    /// <example>2022-01-12-consult-brussels</example>
    public required string Id { get; init; }

    /// <example>CONSULT</example>
    public required string Type { get; init; }

    /// <example>multilateral</example>
    public string? Mode { get; init; }

    /// <example>occurred</example>
    public required string Status { get; init; }

    /// <example>NATO-Russia Council meeting in Brussels</example>
    public required string Title { get; init; }
    public required EventDate Date { get; init; }
    public PlaceRef? Place { get; init; }
    public required IReadOnlyList<ParticipantRef> Participants { get; init; }
    public required int ArticleCount { get; init; }
    public required int SourceCount { get; init; }
    public required double Confidence { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required IReadOnlyList<string> PossibleDuplicates { get; init; }

    /// <summary>How many times the entry has changed: the version of its latest TimelineEntryChanged.</summary>
    public required int Version { get; init; }

    /// <summary>Every article that reports the event; left out of lists unless includeMentions=true.</summary>
    public IReadOnlyList<MentionView>? Mentions { get; init; }

    public static TimelineEntryView From(TimelineEntry e, bool includeMentions) => new()
    {
        Id = e.Id,
        Type = e.Type,
        Mode = e.Mode,
        Status = e.Status,
        Title = e.Title,
        Date = e.Date,
        Place = e.Place,
        Participants = e.Participants,
        ArticleCount = e.ArticleCount,
        SourceCount = e.SourceCount,
        Confidence = e.Confidence,
        Languages = e.Languages,
        PossibleDuplicates = e.PossibleDuplicates,
        Version = e.Version,
        Mentions = includeMentions ? e.Mentions.Select(MentionView.From).ToList() : null,
    };
}

/// <summary>One article's report of an entry: where it said so, and how sure the extractor was.</summary>
public sealed record MentionView(
    Guid ArticleId,
    string? ArticleTitle,
    string? Url,
    string? Source,
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
    public static MentionView From(Mention m) => new(m.ArticleId, m.Article.Title, m.Article.Url, m.Article.Source, m.Article.Language,
        m.Article.PublishedAt, m.Article.DocumentDate, m.Status, m.Date, m.Evidence.Sentence, m.Evidence.Start, m.Evidence.End, m.Confidence, m.ExtractorVersion);
}
