using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>
/// Pure: turns the mentions of one bucket (same type, same place, same year) into timeline entries. The
/// mentions are put in a canonical order first, so any order of arrival gives the same entries and ids.
/// </summary>
public static class TimelineAssembler
{
    private static readonly string[] GranularityOrder = [.. Granularities.All];

    /// <summary>Mentions in different buckets never merge: a different type, place or year is a different event.</summary>
    public static string BucketOf(string type, PlaceRef? place, EventDate date) => $"{type}|{place?.Id ?? "-"}|{date.Start.Year}";

    public static int Precision(string granularity)
    {
        var i = Array.IndexOf(GranularityOrder, granularity);
        return i < 0 ? 0 : GranularityOrder.Length - i;
    }

    /// <summary>A day and the month (or week, season, year) that contains it are the same date, less precisely said.</summary>
    public static bool Compatible(EventDate a, EventDate b) =>
        a.Value == b.Value || (a.Start <= b.Start && b.End <= a.End) || (b.Start <= a.Start && a.End <= b.End);

    public static IReadOnlyList<TimelineEntry> Assemble(string bucket, IEnumerable<Mention> mentions)
    {
        var ordered = mentions
            .DistinctBy(m => m.Id)
            .OrderByDescending(m => Precision(m.Date.Granularity))
            .ThenBy(m => m.Date.Start)
            .ThenBy(m => m.Date.Value, StringComparer.Ordinal)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();

        var clusters = new List<List<Mention>>();
        foreach (var mention in ordered)
        {
            var home = clusters.FirstOrDefault(c => Compatible(c[0].Date, mention.Date) && c.All(m => Compatible(m.Date, mention.Date)) && SharesParties(c, mention));
            if (home is null)
                clusters.Add([mention]);
            else
                home.Add(mention);
        }

        var entries = clusters.Select(c => Build(bucket, c)).ToList();
        // Two different events of the same kind, place and date keep apart by a suffix, in a stable order.
        return entries
            .GroupBy(e => e.Id)
            .SelectMany(g => g.OrderBy(e => e.Mentions.Min(m => m.Id), StringComparer.Ordinal)
                .Select((e, i) => i == 0 ? e : e with { Id = $"{e.Id}-{i + 1}" }))
            .OrderBy(e => e.Date.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Parties(Mention m) => m.Participants.Where(p => p.Kind != "person").Select(p => p.Id);

    private static bool SharesParties(List<Mention> cluster, Mention mention)
    {
        var theirs = Parties(mention).ToHashSet();
        var ours = cluster.SelectMany(Parties).ToHashSet();
        return theirs.Count == 0 || ours.Count == 0 || ours.Overlaps(theirs);
    }

    private static TimelineEntry Build(string bucket, List<Mention> mentions)
    {
        var date = mentions
            .GroupBy(m => m.Date.Value)
            .OrderByDescending(g => Precision(g.First().Date.Granularity))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().First().Date with { Provenance = null };
        var first = mentions[0];
        var titled = mentions
            .Where(m => m.Date.Value == date.Value)
            .OrderByDescending(m => m.Confidence)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .First();
        var participants = mentions
            .SelectMany(m => m.Participants)
            .GroupBy(p => p.Id)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Role is not null).ThenBy(p => p.Role, StringComparer.Ordinal).First())
            .ToList();
        var perSource = mentions.GroupBy(m => m.SourceKey).Select(g => g.Max(m => m.Confidence)).ToList();
        var confidence = Math.Round(Math.Min(0.99, 1 - perSource.Aggregate(1.0, (miss, c) => miss * (1 - c))), 2);
        var mode = mentions.Where(m => m.Mode is not null).GroupBy(m => m.Mode!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        var searchText = SearchText.Fold(
            titled.Titles.Values.Prepend(titled.Title)
                .Concat(first.Place is { } place ? (place.Names?.Values ?? []).Prepend(place.Name) : [])
                .Concat(participants.SelectMany(p => (p.Names?.Values ?? []).Prepend(p.Name).Append(p.Role)))
                .Concat(mentions.Select(m => m.Evidence.Sentence))
                .Distinct(StringComparer.Ordinal));

        return new TimelineEntry
        {
            Id = Slug(date, first.Type, first.Place),
            Bucket = bucket,
            Type = first.Type,
            Mode = mode,
            Status = Status(mentions),
            Title = titled.Title,
            Titles = titled.Titles,
            Date = date,
            Place = first.Place,
            Participants = participants,
            Mentions = mentions.OrderBy(m => m.ReportedOn ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(),
            ArticleCount = mentions.Select(m => m.ArticleId).Distinct().Count(),
            SourceCount = perSource.Count,
            Confidence = confidence,
            ActorIds = participants.Select(p => p.Id).Concat(participants.Select(p => p.Affiliation).OfType<string>()).Distinct().Order(StringComparer.Ordinal).ToList(),
            Languages = mentions.Select(m => m.Article.Language).Distinct().Order(StringComparer.Ordinal).ToList(),
            SearchText = searchText,
        };
    }

    /// <summary>The latest report decides: a meeting announced as scheduled moves on to occurred (or cancelled).</summary>
    private static string Status(List<Mention> mentions)
    {
        static int Weight(string status) => status switch { EventStatuses.Cancelled => 3, EventStatuses.Postponed => 2, EventStatuses.Occurred => 1, _ => 0 };
        return mentions
            .OrderByDescending(m => m.ReportedOn ?? DateOnly.MinValue)
            .ThenByDescending(m => Weight(m.Status))
            .First().Status;
    }

    private static string Slug(EventDate date, string type, PlaceRef? place) =>
        $"{date.Value}-{type.ToLowerInvariant().Replace('_', '-')}-{place?.Id ?? "unplaced"}";

    /// <summary>A digest of what a subscriber sees of an entry: equal digests mean nothing changed.</summary>
    public static string Fingerprint<T>(T value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, JsonSerializerOptions.Web))))[..32];
}
