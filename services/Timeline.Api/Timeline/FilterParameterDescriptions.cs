using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Timeline;

/// <summary>Describes the timeline's filter parameters in every operation that takes them, in one place.</summary>
public sealed class FilterParameterDescriptions : IOperationFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["from"] = "First day of interest (YYYY-MM-DD); an entry matches when its date range reaches it.",
        ["to"] = "Last day of interest (YYYY-MM-DD).",
        ["place"] = "A place id or English name (\"geneva\", \"The Hague\").",
        ["country"] = "ISO 3166 code of the place's country (\"CH\").",
        ["actor"] = "A participant id: \"RU\", \"NATO\", \"jens-stoltenberg\".",
        ["type"] = "Event type: CONSULT, AGREE, REQUEST, REJECT, REDUCE_RELATIONS, MOBILIZE, SANCTION, STATEMENT.",
        ["status"] = "occurred, scheduled, cancelled or postponed.",
        ["q"] = "Text to find in titles, places, participants and evidence.",
        ["minSources"] = "Only entries reported by at least this many distinct sources.",
        ["language"] = "Only entries with a mention in this language (\"de\", \"en\").",
        ["format"] = "json, csv, ics (iCalendar) or timelinejs.",
        ["id"] = "The id of the entry or article.",
        ["includeText"] = "Include the article's text.",
        ["limit"] = "How many to return.",
        ["explain"] = "Add the reasons behind each event.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is { } name && Descriptions.TryGetValue(name, out var description))
                parameter.Description = description;
        }
    }
}
