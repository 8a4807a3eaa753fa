using System.Text;
using System.Text.Json;

namespace Timeline.IntegrationTests.Faults;

/// <summary>
/// Classifies, as Jepsen's queue checker does, every accepted article and every timeline change as delivered once,
/// lost or duplicated, from what the recorder received and what the services show at the end.
///
/// An article is extracted once when it ends "extracted", exactly one ArticleEventsExtracted announced it (one message
/// id, however many copies the broker redelivered), and the timeline holds each of its mentions exactly once. It is
/// lost when any of that is missing, duplicated when two different announcements or a repeated mention exist.
///
/// A timeline change is an entry at a version. It is notified once when one message id announced it; lost when a
/// version is missing below the entry's current one, or the entry's last announcement is not its current state (its
/// current version for an entry on the timeline, a removal for one that is gone); duplicated when two message ids
/// announced the same version. Copies of one message id are counted apart: at-least-once delivery allows them and a
/// subscriber recognises them by the id.
/// </summary>
public sealed class QueueChecker(Snapshot snapshot, IReadOnlyDictionary<int, Guid> accepted, IReadOnlyCollection<Guid> poison)
{
    public sealed record Counts(int Once, int Lost, int Duplicated, int Copies);

    public List<string> Problems { get; } = [];

    public Counts Articles()
    {
        int once = 0, lost = 0, duplicated = 0, copies = 0;
        var announcements = snapshot.Recorder.Of("ArticleEventsExtracted").GroupBy(d => d.Message.GetProperty("articleId").GetGuid()).ToDictionary(g => g.Key, g => g.ToList());
        var mentions = snapshot.Entries.SelectMany(e => e.GetProperty("mentions").EnumerateArray()
            .Select(m => (Article: m.GetProperty("articleId").GetGuid(), Entry: e.GetProperty("id").GetString()!))).ToList();
        foreach (var id in accepted.Values.Distinct())
        {
            var status = snapshot.Statuses.GetValueOrDefault(id) ?? "missing";
            var sent = announcements.GetValueOrDefault(id) ?? [];
            var ids = sent.Select(d => d.MessageId).Distinct().Count();
            copies += sent.Count - ids;
            var expectedMentions = sent.FirstOrDefault()?.Message.GetProperty("events").GetArrayLength() ?? -1;
            var actualMentions = mentions.Count(m => m.Article == id);
            if (status != "extracted" || ids == 0 || actualMentions < expectedMentions)
            {
                lost++;
                Problems.Add($"article {id} lost: status {status}, {ids} announcements, {actualMentions} of {expectedMentions} mentions on the timeline");
            }
            else if (ids > 1 || actualMentions > expectedMentions)
            {
                duplicated++;
                Problems.Add($"article {id} duplicated: {ids} different announcements, {actualMentions} mentions for {expectedMentions} events");
            }
            else
            {
                once++;
            }
        }
        foreach (var id in poison)
        {
            var failures = snapshot.Recorder.Of("ArticleExtractionFailed").Where(d => d.Message.GetProperty("articleId").GetGuid() == id).Select(d => d.MessageId).Distinct().Count();
            var status = snapshot.Statuses.GetValueOrDefault(id);
            if (status != "failed" || failures != 1 || announcements.ContainsKey(id))
                Problems.Add($"poison article {id}: status {status}, {failures} failure announcements, {(announcements.ContainsKey(id) ? "an extraction result too" : "no result")}");
        }
        return new Counts(once, lost, duplicated, copies);
    }

    public Counts Changes()
    {
        int once = 0, lost = 0, duplicated = 0, copies = 0;
        var current = snapshot.Entries.ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("version").GetInt32());
        var notified = snapshot.Recorder.Of("TimelineEntryChanged").GroupBy(d => d.Message.GetProperty("entryId").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var id in current.Keys.Union(notified.Keys))
        {
            var seen = notified.GetValueOrDefault(id) ?? [];
            var byVersion = seen.GroupBy(d => d.Message.GetProperty("version").GetInt32()).ToDictionary(g => g.Key, g => g.ToList());
            var top = current.TryGetValue(id, out var version) ? version : byVersion.Keys.DefaultIfEmpty(0).Max();
            for (var v = 1; v <= top; v++)
            {
                if (!byVersion.TryGetValue(v, out var copiesOfV))
                {
                    lost++;
                    Problems.Add($"change {id} v{v} lost: never announced");
                    continue;
                }
                var ids = copiesOfV.Select(d => d.MessageId).Distinct().Count();
                copies += copiesOfV.Count - ids;
                if (ids > 1)
                {
                    duplicated++;
                    Problems.Add($"change {id} v{v} duplicated: announced under {ids} message ids");
                }
                else
                {
                    once++;
                }
            }
            if (!current.ContainsKey(id) && byVersion.TryGetValue(top, out var last) && last[0].Message.GetProperty("change").GetString() != "removed")
            {
                lost++;
                Problems.Add($"change {id}: gone from the timeline, but its removal was never announced (last: v{top} {last[0].Message.GetProperty("change").GetString()})");
            }
            if (byVersion.Keys.Any(v => v > top))
            {
                duplicated++;
                Problems.Add($"change {id}: announced versions beyond its current v{top}");
            }
        }
        return new Counts(once, lost, duplicated, copies);
    }

    /// <summary>The end state the workload implies: one entry per meeting, each with both of its reports, and one version per report.</summary>
    public void CheckTimeline(int meetings)
    {
        var pairs = accepted.GroupBy(a => a.Key / 2).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToHashSet());
        foreach (var entry in snapshot.Entries)
        {
            var articles = entry.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("articleId").GetGuid()).ToHashSet();
            if (!pairs.Values.Any(p => p.SetEquals(articles)))
                Problems.Add($"entry {entry.GetProperty("id").GetString()} holds articles that are not the two reports of one meeting");
            var count = entry.GetProperty("articleCount").GetInt32();
            if (entry.GetProperty("version").GetInt32() != count)
                Problems.Add($"entry {entry.GetProperty("id").GetString()} is at version {entry.GetProperty("version").GetInt32()} for {count} articles: a delivery changed it twice");
        }
        if (snapshot.Entries.Count != meetings)
            Problems.Add($"{snapshot.Entries.Count} entries on the timeline for {meetings} meetings");
    }

    public static string Table(string run, Counts articles, Counts changes)
    {
        var text = new StringBuilder();
        text.AppendLine($"{run}:");
        text.AppendLine($"  articles:         {articles.Once} extracted once, {articles.Lost} lost, {articles.Duplicated} duplicated ({articles.Copies} redelivered copies)");
        text.AppendLine($"  timeline changes: {changes.Once} notified once, {changes.Lost} lost, {changes.Duplicated} duplicated ({changes.Copies} redelivered copies)");
        return text.ToString();
    }
}
