using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Timeline.Api.Timeline;

/// <summary>
/// The filters every endpoint that reads the timeline takes (the list, its exports and calendar, the facets and the
/// live stream), bound from the query string with [AsParameters]. Values arrive as text and are read by
/// <see cref="FilterReader"/>, so that a bad one is answered in the API's own words, naming the parameter.
/// </summary>
public sealed record TimelineFilter
{
    [Description("First day of interest: a day (2022-01-12), a week (2022-W02), a month (2022-01) or a year (2022); an entry matches when its date range reaches it.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Last day of interest, in the same forms as 'from'; a month or year reaches to its last day.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("A place by any name or alias the gazetteer knows, in any language and case, or its id: \"Wien\", \"vienna\", \"Genève\", \"The Hague\". Given more than once (place=Wien&place=Genf), entries at any of them match.")]
    [FromQuery(Name = "place")]
    public string[]? Place { get; init; }

    [Description("The place's country: an ISO 3166 code (\"CH\") or a country's name in English or German (\"Schweiz\"). Given more than once, entries in any of them match.")]
    [FromQuery(Name = "country")]
    public string[]? Country { get; init; }

    [Description("A participant by any name, alias or id: a country (\"Russland\", \"RU\"), an organisation (\"NATO\", \"OSZE\") or a person (\"Stoltenberg\"). A country also matches the people who act for it. Given more than once, entries with any of them match.")]
    [FromQuery(Name = "actor")]
    public string[]? Actor { get; init; }

    [Description("Event type: CONSULT, AGREE, REQUEST, REJECT, REDUCE_RELATIONS, MOBILIZE, SANCTION or STATEMENT (any case).")]
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    [Description("occurred, scheduled, cancelled or postponed.")]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    [Description("Words to find, all of them (each as a word or the start of one), in what a reader sees of an entry: its titles (English and German), its place and participants (people included) by their English and German names, and the evidence sentences of its articles; case and diacritics do not matter.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("Only entries reported by at least this many distinct sources (publishers), a whole number from 1.")]
    [FromQuery(Name = "minSources")]
    public string? MinSources { get; init; }

    [Description("Only entries with a mention in this language: de or en.")]
    [FromQuery(Name = "language")]
    public string? Language { get; init; }

    /// <summary>The filters as query parameters (camelCase name → description), for the API's documentation.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = QueryDescriptions.Of(typeof(TimelineFilter));
}

/// <summary>Which page of the list, in which order.</summary>
public sealed record TimelinePaging
{
    [Description("\"asc\" (default) or \"desc\" by date.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [Description("Entries per page, 1 to 500 (default 100).")]
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    [Description("The nextCursor of the previous page.")]
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [Description("true to include each entry's mentions (default false).")]
    [FromQuery(Name = "includeMentions")]
    public string? IncludeMentions { get; init; }

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = QueryDescriptions.Of(typeof(TimelinePaging));
}

/// <summary>The [Description] of each property of a parameter record, by its query parameter's (camelCase) name.</summary>
public static class QueryDescriptions
{
    public static IReadOnlyDictionary<string, string> Of(Type record) => record
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttribute<DescriptionAttribute>() is not null)
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => p.GetCustomAttribute<DescriptionAttribute>()!.Description, StringComparer.Ordinal);
}
