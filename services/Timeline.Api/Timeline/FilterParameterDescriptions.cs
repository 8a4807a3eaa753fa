using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Timeline;

/// <summary>Describes the timeline's filter parameters in every operation that takes them, in one place.</summary>
public sealed class FilterParameterDescriptions : IOperationFilter
{
    // The timeline's filters and paging describe themselves (TimelineFilter, TimelinePaging); the rest are the other
    // services' few parameters, described here so that every host's Swagger UI reads alike.
    private static readonly Dictionary<string, string> Descriptions = TimelineFilter.Descriptions
        .Concat(TimelinePaging.Descriptions)
        .Concat(new Dictionary<string, string>
        {
            ["format"] = "json, csv, ics (iCalendar) or timelinejs.",
            ["lang"] = "The language of titles and names in the export: en (default) or de.",
            ["id"] = "The id of the entry or article.",
            ["includeText"] = "Include the article's text.",
            ["limit"] = "How many to return.",
            ["explain"] = "Add the reasons behind each event.",
        }.Where(kv => !TimelinePaging.Descriptions.ContainsKey(kv.Key)))
        .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is { } name && Descriptions.TryGetValue(name, out var description))
                parameter.Description = description;
        }
    }
}
