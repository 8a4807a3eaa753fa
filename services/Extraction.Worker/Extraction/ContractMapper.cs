using Timeline.Contracts;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events;
using Timeline.Extraction.Gazetteer;

namespace Extraction.Worker.Extraction;

/// <summary>From the core's result types to the published message records.</summary>
public static class ContractMapper
{
    public static ArticleEventsExtracted ToMessage(ArticleSubmitted article, ExtractionResult result, DateTimeOffset extractedAt) => new()
    {
        ArticleId = article.ArticleId,
        ExtractorVersion = result.ExtractorVersion,
        ExtractedAt = extractedAt,
        Article = new ArticleInfo
        {
            Title = article.Title,
            Url = article.Url,
            Source = article.Source,
            Language = result.Language,
            PublishedAt = article.PublishedAt,
            DocumentDate = result.DocumentDate?.Value,
            DocumentDateSource = result.DocumentDate is null ? null : result.DocumentDate.Given ? "given" : result.DocumentDate.How,
        },
        Events = result.Events.Select(ToContract).ToList(),
    };

    public static ExtractedEvent ToContract(DiplomaticEvent e) => new()
    {
        Key = e.Key,
        Type = e.Type,
        Mode = e.Mode,
        Status = e.Status,
        Date = ToDate(e.Date),
        EndDate = e.EndDate is { } end ? ToDate(end) : null,
        Place = e.Place is { } p ? new PlaceRef(p.Id, p.Name, p.CountryCode, p.GeonamesId, p.Latitude, p.Longitude) : null,
        Participants = e.Participants.Select(ToParticipant).ToList(),
        Title = e.Title,
        Evidence = new Evidence(e.Evidence, e.EvidenceStart, e.EvidenceEnd),
        Confidence = e.Confidence,
    };

    public static EventDate ToDate(Timex t) =>
        new(t.Value, t.Granularity.ToString().ToLowerInvariant(), t.RangeStart ?? default, t.RangeEnd ?? t.RangeStart ?? default, t.Provenance.ToString());

    public static ParticipantRef ToParticipant(EventParticipant p) => new(p.Kind switch
    {
        ActorKind.Country => "country",
        ActorKind.Organisation => "organisation",
        _ => "person",
    }, p.Id, p.Name, p.Role, p.Affiliation);
}
