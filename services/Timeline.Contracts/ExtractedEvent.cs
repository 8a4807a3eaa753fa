namespace Timeline.Contracts;

/// <summary>One dated diplomatic event read from one article.</summary>
public sealed record ExtractedEvent
{
    /// <summary>Stable within the article and extractor version (e.g. "e1").</summary>
    public required string Key { get; init; }

    /// <summary>PLOVER-style type: CONSULT, AGREE, REQUEST, REJECT, REDUCE_RELATIONS, MOBILIZE, SANCTION, STATEMENT.</summary>
    public required string Type { get; init; }

    /// <summary>For CONSULT: bilateral, multilateral, visit or phone (PLOVER's modes).</summary>
    public string? Mode { get; init; }

    /// <summary>occurred, scheduled, cancelled or postponed.</summary>
    public required string Status { get; init; }

    public required EventDate Date { get; init; }
    public EventDate? EndDate { get; init; }
    public PlaceRef? Place { get; init; }
    public IReadOnlyList<ParticipantRef> Participants { get; init; } = [];
    public required string Title { get; init; }
    public required Evidence Evidence { get; init; }

    /// <summary>0 to 1: how likely the extractor thinks the event is right.</summary>
    public required double Confidence { get; init; }
}

/// <summary>A date in TIMEX3 form with its granularity.</summary>
/// <param name="Value">TIMEX3 value: "2022-01-12", "2022-01", "2021-FA", "2022-W02", "2022".</param>
/// <param name="Granularity">day, week, month, season, quarter, year.</param>
/// <param name="Start">First day the value covers.</param>
/// <param name="End">Last day the value covers.</param>
/// <param name="Provenance">Which rule, anchor and direction produced the value.</param>
public sealed record EventDate(string Value, string Granularity, DateOnly Start, DateOnly End, string? Provenance = null);

/// <summary>A place from the gazetteer: its id, English name, ISO 3166 country, GeoNames id and coordinates.</summary>
public sealed record PlaceRef(string Id, string Name, string CountryCode, long? GeonamesId, double? Latitude, double? Longitude);

/// <summary>A country, an organisation or a person taking part.</summary>
/// <param name="Kind">country, organisation or person.</param>
/// <param name="Id">Stable id: ISO 3166 code for countries, a short id ("NATO") for organisations, a slug for people.</param>
/// <param name="Name">English name.</param>
/// <param name="Role">For people: the office as written in the article.</param>
/// <param name="Affiliation">For people: the id of the country or organisation they act for.</param>
public sealed record ParticipantRef(string Kind, string Id, string Name, string? Role = null, string? Affiliation = null);

/// <summary>The sentence an event was read from, with its UTF-16 start and end offsets into the article text.</summary>
public sealed record Evidence(string Sentence, int Start, int End);
