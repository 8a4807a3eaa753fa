namespace Timeline.Extraction.Tests.Gold;

/// <summary>The gold annotation format shared by the reference article and the team's corpus.</summary>
public sealed record GoldDocument(
    string Document,
    string Language,
    GoldDocumentDate DocumentCreationTime,
    IReadOnlyList<GoldTimex> Timexes,
    IReadOnlyList<GoldSpan> NotTimexes,
    IReadOnlyList<GoldEvent> Events,
    IReadOnlyList<GoldNotEvent> MustNotYieldEvents);

public sealed record GoldDocumentDate(string Value, bool Given);

public sealed record GoldTimex(int Start, int End, string Text, string Type, string Value, bool Required);

public sealed record GoldSpan(int Start, int End, string Text);

public sealed record GoldPlace(string Name, string Country, long GeonamesId);

public sealed record GoldEvent(
    string Id,
    bool Required,
    string Type,
    string? Mode,
    string Status,
    string Date,
    string Granularity,
    GoldPlace? Place,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string>? People,
    string Evidence);

public sealed record GoldNotEvent(string Evidence);
