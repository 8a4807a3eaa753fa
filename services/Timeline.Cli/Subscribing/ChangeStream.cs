using System.Net;
using System.Text;
using System.Text.Json;
using Timeline.Contracts;

namespace Timeline.Cli.Subscribing;

/// <summary>
/// Reads the Timeline API's live stream (GET /api/timeline/stream, Server-Sent Events): each event "timeline-entry"
/// carries a TimelineEntryChanged. The API filters by place, actor and type itself, by any name it knows; a filter it
/// cannot read is refused with the names nearest to it, which are printed. A dropped stream is opened again.
/// </summary>
internal static class ChangeStream
{
    public static async Task<int> ReadAsync(string api, string? key, string? place, string? actor, string? type, Printer printer, CancellationToken ct)
    {
        if (!Uri.TryCreate(api, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            Console.Error.WriteLine($"--api {api}: use an http:// or https:// address.");
            return 2;
        }
        var query = string.Join('&', new[] { ("place", place), ("actor", actor), ("type", type) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        var url = new Uri(baseAddress, "/api/timeline/stream" + (query.Length == 0 ? "" : "?" + query));
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Accept.ParseAdd("text/event-stream");
        if (!string.IsNullOrEmpty(key))
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var waiting = printer.WaitAsync(stop.Token);
        var first = true;
        while (!stop.IsCancellationRequested && !printer.Finished)
        {
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, stop.Token);
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine(await Refusal(response, stop.Token));
                    return response.StatusCode is HttpStatusCode.BadRequest ? 2 : 1;
                }
                Console.Error.WriteLine(first ? $"listening for timeline changes at {url}" : "listening again");
                first = false;
                await ReadEventsAsync(response, printer, stop.Token);
            }
            catch (HttpRequestException e)
            {
                if (first)
                {
                    Console.Error.WriteLine($"Timeline at {baseAddress} cannot be reached: {e.Message} (start it, or give its address with --api or TIMELINE_API)");
                    return 1;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested || printer.Finished)
            {
                break;
            }
            if (!printer.Finished && !stop.IsCancellationRequested)
            {
                Console.Error.WriteLine("the stream closed; opening it again");
                await Task.Delay(TimeSpan.FromSeconds(2), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        return await waiting;
    }

    private static async Task ReadEventsAsync(HttpResponseMessage response, Printer printer, CancellationToken ct)
    {
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var reader = new StreamReader(body, Encoding.UTF8);
        string? name = null;
        var data = new StringBuilder();
        while (!printer.Finished && await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (name == "timeline-entry" && data.Length > 0)
                {
                    if (JsonSerializer.Deserialize(data.ToString(), CliJson.Compact.TimelineEntryChanged) is { } change)
                        printer.Print(change);
                    else
                        printer.Unreadable();
                }
                name = null;
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
                name = line[6..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal))
                data.Append(line.AsSpan(5).TrimStart());
        }
    }

    /// <summary>The API's reason for refusing, in its words: the ProblemDetails' errors and suggestions, or its status.</summary>
    private static async Task<string> Refusal(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            var problem = JsonDocument.Parse(text).RootElement;
            var lines = new List<string> { problem.TryGetProperty("title", out var title) ? title.GetString() ?? "" : response.StatusCode.ToString() };
            if (problem.TryGetProperty("errors", out var errors))
                lines.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => $"  {e.Name}: {m.GetString()}")));
            else if (problem.TryGetProperty("detail", out var detail))
                lines.Add("  " + detail.GetString());
            return string.Join('\n', lines);
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
    }
}
