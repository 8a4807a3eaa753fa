using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Mapping;

/// <summary>A date the tagger found, as the dry run and <c>timeline extract</c> show it.</summary>
public sealed record TimexView(int Start, int End, string Text, string Type, string Value, string Granularity, string? Explanation);

/// <summary>An event as published, with the reasons behind it when they were asked for.</summary>
public sealed record ExplainedEvent : ExtractedEvent
{
    public IReadOnlyList<string>? Explanation { get; init; }
}

/// <summary>
/// What the extractor read in one text: the answer of the dry run and of <c>timeline extract</c>, field for field.
/// <c>documentDateSource</c> is "given" when the date came with the text, otherwise how it was inferred.
/// </summary>
public sealed record ExtractionReport(string Language, string ExtractorVersion, DateOnly? DocumentDate, string? DocumentDateSource,
    IReadOnlyList<TimexView> Timexes, IReadOnlyList<ExplainedEvent> Events);

/// <summary>From the extraction core's result types to the contracts' records: the only place that maps them.</summary>
public static class EventMapping
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
            DocumentDateSource = DocumentDateSource(result.DocumentDate),
        },
        Events = result.Events.Select(ToContract).ToList(),
    };

    public static ExtractionReport Report(ExtractionResult result, bool explain) => new(
        result.Language,
        result.ExtractorVersion,
        result.DocumentDate?.Value,
        DocumentDateSource(result.DocumentDate),
        result.Timexes.Select(t => new TimexView(t.Start, t.End, t.Text, t.Type, t.Value, GranularityOf(t.Granularity), explain ? t.Provenance.ToString() : null)).ToList(),
        result.Events.Select(e => Explained(e, explain)).ToList());

    public static ExtractedEvent ToContract(DiplomaticEvent e) => Fill(new ExtractedEvent { Key = e.Key, Type = e.Type, Status = e.Status, Date = ToDate(e.Date), Title = e.Title, Evidence = Evidence(e), Confidence = e.Confidence }, e);

    private static ExplainedEvent Explained(DiplomaticEvent e, bool explain) =>
        Fill(new ExplainedEvent { Key = e.Key, Type = e.Type, Status = e.Status, Date = ToDate(e.Date), Title = e.Title, Evidence = Evidence(e), Confidence = e.Confidence }, e)
            with { Explanation = explain ? e.Explanation : null };

    private static T Fill<T>(T contract, DiplomaticEvent e) where T : ExtractedEvent => contract with
    {
        Mode = e.Mode,
        EndDate = e.EndDate is { } end ? ToDate(end) : null,
        Place = e.Place is { } p ? ToPlace(p) : null,
        Participants = e.Participants.Select(ToParticipant).ToList(),
        Titles = e.Titles,
    };

    private static Evidence Evidence(DiplomaticEvent e) => new(e.Evidence, e.EvidenceStart, e.EvidenceEnd);

    private static string? DocumentDateSource(DocumentDate? date) => date is null ? null : date.Given ? "given" : date.How;

    public static string GranularityOf(Granularity granularity) => granularity.ToString().ToLowerInvariant();

    public static EventDate ToDate(Timex t) =>
        new(t.Value, GranularityOf(t.Granularity), t.RangeStart ?? default, t.RangeEnd ?? t.RangeStart ?? default, t.Provenance.ToString());

    public static PlaceRef ToPlace(Place p) => new(p.Id, p.Name, p.CountryCode, p.GeonamesId, p.Latitude, p.Longitude, NamesOf(p.Name, p.GermanName));

    public static ParticipantRef ToParticipant(EventParticipant p)
    {
        var known = Gazetteer.Default.ActorById(p.Id);
        return new ParticipantRef(KindOf(p.Kind), p.Id, p.Name, p.Role, p.Affiliation, known is null ? null : NamesOf(known.Name, known.GermanName));
    }

    public static string KindOf(ActorKind kind) => kind switch
    {
        ActorKind.Country => "country",
        ActorKind.Organisation => "organisation",
        _ => "person",
    };

    /// <summary>A name in each language Timeline writes; the gazetteer knows English and German.</summary>
    public static IReadOnlyDictionary<string, string> NamesOf(string english, string german) =>
        new SortedDictionary<string, string>(StringComparer.Ordinal) { [Languages.English] = english, [Languages.German] = german };

    /// <summary>An ISO date, whatever the culture of the process.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
