using System.Text.Json.Serialization;
using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>One event as one article reported it: the unit a timeline entry is made of.</summary>
public sealed record Mention
{
    /// <summary>"{articleId}:{eventKey}".</summary>
    public required string Id { get; init; }
    public required Guid ArticleId { get; init; }
    public required string EventKey { get; init; }
    public required string ExtractorVersion { get; init; }
    public required string Bucket { get; init; }
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public required string Status { get; init; }
    public required EventDate Date { get; init; }
    public PlaceRef? Place { get; init; }
    public IReadOnlyList<ParticipantRef> Participants { get; init; } = [];
    public required string Title { get; init; }
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();
    public required Evidence Evidence { get; init; }
    public required double Confidence { get; init; }
    public required ArticleInfo Article { get; init; }

    public static Mention From(ArticleEventsExtracted result, ExtractedEvent e) => new()
    {
        Id = $"{result.ArticleId}:{e.Key}",
        ArticleId = result.ArticleId,
        EventKey = e.Key,
        ExtractorVersion = result.ExtractorVersion,
        Bucket = TimelineAssembler.BucketOf(e.Type, e.Place, e.Date),
        Type = e.Type,
        Mode = e.Mode,
        Status = e.Status,
        Date = e.Date,
        Place = e.Place,
        Participants = e.Participants,
        Title = e.Title,
        Titles = e.Titles,
        Evidence = e.Evidence,
        Confidence = e.Confidence,
        Article = result.Article,
    };

    /// <summary>The day the reporting article speaks from: its document date, else its publication date.</summary>
    public DateOnly? ReportedOn => Article.DocumentDate ?? Article.PublishedAt;

    /// <summary>What an article without a source or an address counts as: one source, however many such articles.</summary>
    public const string UnknownSource = "unknown";

    /// <summary>
    /// Independent sources are publishers: the article's source, else its address's host ("www." aside). Articles that
    /// name neither are one "unknown" source, never independent of each other.
    /// </summary>
    public string SourceKey => Article.Source is { } source && !string.IsNullOrWhiteSpace(source) ? source.Trim().ToLowerInvariant()
        : Article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? HostOf(uri)
        : UnknownSource;

    private static string HostOf(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}

/// <summary>One real-world event on the timeline, with every mention that reports it.</summary>
public sealed record TimelineEntry
{
    public required string Id { get; init; }
    public required string Bucket { get; init; }
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public required string Status { get; init; }
    public required string Title { get; init; }
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();
    public required EventDate Date { get; init; }
    public PlaceRef? Place { get; init; }
    public IReadOnlyList<ParticipantRef> Participants { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public required int ArticleCount { get; init; }
    public required int SourceCount { get; init; }
    public required double Confidence { get; init; }

    /// <summary>Ids of entries that may describe the same event but were not merged (for a person to review).</summary>
    public IReadOnlyList<string> PossibleDuplicates { get; init; } = [];

    /// <summary>Ids of participants and of their affiliations: what the actor filter matches.</summary>
    public IReadOnlyList<string> ActorIds { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>What the text filter searches, folded (see <see cref="Timeline.SearchText"/>): what a reader sees of the entry.</summary>
    public string SearchText { get; init; } = "";

    // Bookkeeping of the entry's notifications, stored with the entry so that a change and its notification are
    // written by one single-document write. Left out of fingerprints (JSON), which compare what the entry says.

    /// <summary>How many changes of this entry have been written; each is announced once as this version.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>The highest version whose TimelineEntryChanged has been published.</summary>
    [JsonIgnore]
    public int NotifiedVersion { get; init; }

    /// <summary>Changes written but perhaps not yet published (those above NotifiedVersion are).</summary>
    [JsonIgnore]
    public IReadOnlyList<TimelineEntryChanged> Pending { get; init; } = [];

    /// <summary>True while a written change may be unpublished: what the outbox dispatcher looks for.</summary>
    [JsonIgnore]
    public bool HasPending { get; init; }

    /// <summary>
    /// A removed entry stays as a tombstone (without its mentions) so that its versions go on counting if it comes
    /// back; no query returns it.
    /// </summary>
    [JsonIgnore]
    public bool Removed { get; init; }

    public TimelineEntrySummary ToSummary() => new()
    {
        Id = Id,
        Type = Type,
        Mode = Mode,
        Status = Status,
        Title = Title,
        Titles = Titles,
        Date = Date,
        Place = Place,
        Participants = Participants,
        ArticleCount = ArticleCount,
        SourceCount = SourceCount,
        Confidence = Confidence,
    };
}

/// <summary>What the timeline last applied for an article, so that repeats and stale readings change nothing.</summary>
public sealed record ArticleState(Guid Id, string ExtractorVersion, DateTimeOffset ExtractedAt, string Fingerprint, IReadOnlyList<string> Buckets);
