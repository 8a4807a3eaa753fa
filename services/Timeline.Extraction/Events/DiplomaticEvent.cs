using Timeline.Extraction.Dates;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events;

public sealed record EventParticipant(ActorKind Kind, string Id, string Name, string? Role = null, string? Affiliation = null);

/// <summary>A dated diplomatic event read from one article, with the sentence that says so.</summary>
public sealed record DiplomaticEvent(
    string Key,
    string Type,
    string? Mode,
    string Status,
    Timex Date,
    Place? Place,
    IReadOnlyList<EventParticipant> Participants,
    string Title,
    int EvidenceStart,
    int EvidenceEnd,
    string Evidence,
    double Confidence,
    IReadOnlyList<string> Explanation,
    Timex? EndDate = null)
{
    /// <summary>The title in every language titles are written in (Resources/{lang}/titles.txt), by language code; <see cref="Title"/> is the English one.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string> { ["en"] = Title };
}

/// <summary>Everything the extractor read from one article.</summary>
public sealed record ExtractionResult(
    string Language,
    DocumentDate? DocumentDate,
    IReadOnlyList<Timex> Timexes,
    IReadOnlyList<DiplomaticEvent> Events,
    string ExtractorVersion);
