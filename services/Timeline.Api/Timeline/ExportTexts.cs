using System.Globalization;
using System.Text.Json;
using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>
/// The words an export writes for people (dates, statuses, event types, the sentences of a calendar entry's
/// description) in English or German. They come from the page's own language files, so that a calendar says
/// "Herbst 2021" and "stattgefunden" exactly as the page does; the host runs without culture data, so month names
/// are read from those files too.
/// </summary>
public sealed class ExportTexts
{
    private static readonly Dictionary<string, ExportTexts> Loaded = new(StringComparer.Ordinal)
    {
        ["en"] = Load("en"),
        ["de"] = Load("de"),
    };

    private readonly JsonElement texts;

    private ExportTexts(JsonElement texts) => this.texts = texts;

    /// <summary>The texts of a language the page speaks; English for any other.</summary>
    public static ExportTexts For(string language) => Loaded.GetValueOrDefault(language) ?? Loaded["en"];

    private static ExportTexts Load(string language)
    {
        using var stream = typeof(ExportTexts).Assembly.GetManifestResourceStream($"Timeline.Api.Page.i18n.{language}.json")
            ?? throw new InvalidOperationException($"The page's {language} texts are not embedded.");
        return new ExportTexts(JsonDocument.Parse(stream).RootElement.Clone());
    }

    /// <summary>A text with its {placeholders} filled in.</summary>
    public string Say(string key, params (string Name, string Value)[] values)
    {
        var s = texts.TryGetProperty(key, out var text) ? text.GetString() ?? key : key;
        foreach (var (name, value) in values)
            s = s.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return s;
    }

    private string? In(string group, string key) =>
        texts.TryGetProperty(group, out var g) && g.TryGetProperty(key, out var v) ? v.GetString() : null;

    public string Status(string status) => In("statuses", status) ?? status;

    public string Type(string type) => In("types", type) ?? type;

    public string Mode(string mode) => In("modes", mode) ?? mode;

    /// <summary>A calendar day: "12 January 2022", "12. Januar 2022".</summary>
    public string Day(DateOnly day) => Say("dayDate", ("day", day.Day.ToString(CultureInfo.InvariantCulture)), ("month", Month(day.Month)),
        ("year", day.Year.ToString(CultureInfo.InvariantCulture)));

    public string Count(int count, string one, string many) =>
        count == 1 ? Say(one) : Say(many, ("count", count.ToString(CultureInfo.InvariantCulture)));

    private string Month(int month) => texts.GetProperty("months")[month - 1].GetString()!;

    /// <summary>A date as the page writes it under its heading: "autumn 2021", "Januar 2022", "KW 2/2022", "12 January 2022".</summary>
    public string Date(EventDate date)
    {
        var v = date.Value;
        var year = v.Length >= 4 ? v[..4] : v;
        return date.Granularity switch
        {
            Granularities.Day or Granularities.Time => Day(date.Start),
            Granularities.Week when v.Length >= 8 => Say("week", ("week", int.Parse(v[6..8], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)), ("year", year)),
            Granularities.Month => Month(date.Start.Month) + " " + date.Start.Year.ToString(CultureInfo.InvariantCulture),
            Granularities.Season when v.Length >= 7 && In("seasons", v[5..7]) is { } season => season + " " + year,
            Granularities.Quarter when v.Length >= 7 => Say("quarter", ("quarter", v[6..7]), ("year", year)),
            Granularities.Year when v.Length >= 7 && v[5] == 'H' => Say("half", ("half", v[6..7]), ("year", year)),
            Granularities.Year => year,
            Granularities.Decade when v.Length >= 3 => Say("decade", ("decade", v[..3] + "0")),
            Granularities.Century when v.Length >= 2 && int.TryParse(v[..2], CultureInfo.InvariantCulture, out var hundreds) =>
                Say("century", ("century", (hundreds + 1).ToString(CultureInfo.InvariantCulture))),
            _ => v,
        };
    }
}
