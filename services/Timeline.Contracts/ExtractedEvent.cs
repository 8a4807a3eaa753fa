using System.Text.Json.Serialization;

namespace Timeline.Contracts;

/// <summary>
/// One dated diplomatic event read from one article. The same shape wherever an event appears: in
/// <see cref="ArticleEventsExtracted"/>, the dry run of the Extraction API and the CLI's <c>timeline extract</c>.
/// </summary>
public record ExtractedEvent
{
    /// <summary>Stable within the article and extractor version (e.g. "e1").</summary>
    public required string Key { get; init; }

    /// <summary>One of <see cref="EventTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>For CONSULT: one of <see cref="ConsultModes"/>.</summary>
    public string? Mode { get; init; }

    /// <summary>One of <see cref="EventStatuses"/>.</summary>
    public required string Status { get; init; }

    public required EventDate Date { get; init; }
    public EventDate? EndDate { get; init; }

    /// <summary>Where it happened; written as null (not left out) when the article does not say.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public PlaceRef? Place { get; init; }

    public IReadOnlyList<ParticipantRef> Participants { get; init; } = [];

    /// <summary>The title in English.</summary>
    public required string Title { get; init; }

    /// <summary>The title in every language Timeline writes (<see cref="Languages"/>), by language code.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    public required Evidence Evidence { get; init; }

    /// <summary>0 to 1: how likely the extractor thinks the event is right.</summary>
    public required double Confidence { get; init; }
}

/// <summary>A date in TIMEX3 form with its granularity.</summary>
/// <param name="Value">TIMEX3 value: "2022-01-12", "2022-01", "2021-FA", "2022-W02", "2022".</param>
/// <param name="Granularity">One of <see cref="Granularities"/>.</param>
/// <param name="Start">First day the value covers.</param>
/// <param name="End">Last day the value covers.</param>
/// <param name="Provenance">Which rule, anchor and direction produced the value.</param>
public sealed record EventDate(string Value, string Granularity, DateOnly Start, DateOnly End, string? Provenance = null);

/// <summary>A place from the gazetteer.</summary>
/// <param name="Id">Stable id ("geneva").</param>
/// <param name="Name">English name.</param>
/// <param name="CountryCode">ISO 3166 code of its country.</param>
/// <param name="GeonamesId">Its GeoNames id.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Names">Its name in each language Timeline writes, by language code ("de": "Genf").</param>
public sealed record PlaceRef(string Id, string Name, string CountryCode, long? GeonamesId, double? Latitude, double? Longitude,
    IReadOnlyDictionary<string, string>? Names = null);

/// <summary>A country, an organisation or a person taking part.</summary>
/// <param name="Kind">country, organisation or person.</param>
/// <param name="Id">Stable id: ISO 3166 code for countries, a short id ("NATO") for organisations, a slug for people.</param>
/// <param name="Name">English name.</param>
/// <param name="Role">For people: the office as written in the article.</param>
/// <param name="Affiliation">For people: the id of the country or organisation they act for.</param>
/// <param name="Names">Its name in each language Timeline writes, by language code ("de": "Russland").</param>
public sealed record ParticipantRef(string Kind, string Id, string Name, string? Role = null, string? Affiliation = null,
    IReadOnlyDictionary<string, string>? Names = null);

/// <summary>The sentence an event was read from, with its UTF-16 start and end offsets into the article text.</summary>
public sealed record Evidence(string Sentence, int Start, int End);
