using System.Text.Json.Serialization;

namespace Timeline.Contracts;

/// <summary>Published by the Timeline API whenever a timeline entry appears, changes or disappears.</summary>
public sealed record TimelineEntryChanged
{
    /// <summary>One of <see cref="EntryChanges"/>: created, updated or removed.</summary>
    public required string Change { get; init; }
    public required string EntryId { get; init; }

    /// <summary>The entry as it now stands; for "removed", as it last stood.</summary>
    public required TimelineEntrySummary Entry { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }

    /// <summary>
    /// The entry's change count: 1 for its first change, one more for each later one, never reused (an entry that is
    /// removed and comes back goes on counting). Each version is announced once; should a copy of the same
    /// announcement arrive again it has the same version and the same message id.
    /// </summary>
    public int Version { get; init; }
}

/// <summary>
/// A timeline entry as subscribers see it. The Timeline API's view of an entry is this shape with a few more fields
/// (its languages, review flags, version and, on request, its mentions), so an entry reads the same everywhere.
/// </summary>
public record TimelineEntrySummary
{
    public required string Id { get; init; }

    /// <summary>One of <see cref="EventTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>For CONSULT: one of <see cref="ConsultModes"/>.</summary>
    public string? Mode { get; init; }

    /// <summary>One of <see cref="EventStatuses"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The title in English.</summary>
    public required string Title { get; init; }

    /// <summary>The title in every language Timeline writes, by language code.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    public required EventDate Date { get; init; }

    /// <summary>Where it happened; written as null (not left out) when no report says.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public PlaceRef? Place { get; init; }

    public IReadOnlyList<ParticipantRef> Participants { get; init; } = [];
    public required int ArticleCount { get; init; }

    /// <summary>Distinct publishers that report it (articles without a source or address count as one, "unknown").</summary>
    public required int SourceCount { get; init; }
    public required double Confidence { get; init; }
}
