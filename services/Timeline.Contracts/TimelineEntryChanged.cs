namespace Timeline.Contracts;

/// <summary>Published by the Timeline API whenever a timeline entry appears, changes or disappears.</summary>
public sealed record TimelineEntryChanged
{
    /// <summary>created, updated or removed.</summary>
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

/// <summary>The subscriber's view of a timeline entry (without its full list of mentions).</summary>
public sealed record TimelineEntrySummary
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public required string Status { get; init; }
    public required string Title { get; init; }
    public required EventDate Date { get; init; }
    public PlaceRef? Place { get; init; }
    public IReadOnlyList<ParticipantRef> Participants { get; init; } = [];
    public required int ArticleCount { get; init; }
    public required int SourceCount { get; init; }
    public required double Confidence { get; init; }
}
