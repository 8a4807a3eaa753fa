using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;

namespace Timeline.Cli.Importing;

/// <summary>`timeline import`: posts a folder of articles to the Articles API, with a progress bar and a summary.</summary>
internal static class ImportCommand
{
    private const int BatchSize = 100;

    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Articles as .txt (plain text), .html, .json (one article or an array) or .jsonl (one per line)." };
        var api = new Option<string>("--api") { Description = ApiAddress.Description, DefaultValueFactory = _ => ApiAddress.Default };
        var lang = new Option<string?>("--lang") { Description = "Language of .txt and .html files when their name does not say it (article.de.txt)." };
        var source = new Option<string?>("--source") { Description = "Publisher to record for files that do not name one." };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD) of .txt and .html files, which carry none; left out, Timeline infers it from each text.",
        };
        var key = new Option<string?>("--api-key") { Description = ApiAddress.KeyDescription, DefaultValueFactory = _ => ApiAddress.DefaultKey };
        var command = new Command("import", "Submit a folder of articles to Timeline.") { folder, api, lang, source, published, key };
        command.SetAction(async (parse, ct) =>
        {
            var directory = parse.GetValue(folder)!;
            if (!directory.Exists)
            {
                Console.Error.WriteLine($"{directory.FullName} does not exist.");
                return 2;
            }
            DateOnly? day = null;
            if (parse.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"--published: '{text}' is not a date written YYYY-MM-DD.");
                    return 2;
                }
                day = parsed;
            }
            var (articles, unreadable, skipped) = ArticleFiles.Read(directory, parse.GetValue(lang), parse.GetValue(source), day);
            using var http = new HttpClient { BaseAddress = new Uri(parse.GetValue(api)!), Timeout = TimeSpan.FromMinutes(2) };
            if (parse.GetValue(key) is { Length: > 0 } apiKey)
                http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            var summary = new ImportSummary();
            summary.Rejected.AddRange(unreadable);
            try
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"Importing {articles.Count} articles", maxValue: Math.Max(articles.Count, 1));
                        foreach (var chunk in articles.Chunk(BatchSize))
                        {
                            await Post(http, chunk, summary, ct);
                            task.Increment(chunk.Length);
                        }
                        task.Value = task.MaxValue;
                    });
            }
            catch (HttpRequestException e)
            {
                Console.Error.WriteLine($"Timeline at {http.BaseAddress} cannot be reached: {e.Message} (start it, or give its address with --api or TIMELINE_API)");
                return 1;
            }
            Console.WriteLine($"{summary.Accepted} accepted, {summary.Duplicates} already known, {summary.Rejected.Count} rejected, {skipped.Count} skipped");
            foreach (var (file, reason) in summary.Rejected)
                Console.WriteLine($"  rejected {file}: {reason}");
            foreach (var (file, reason) in skipped)
                Console.WriteLine($"  skipped {file}: {reason}");
            return summary.Rejected.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task Post(HttpClient http, (string File, JsonElement Article)[] chunk, ImportSummary summary, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/api/articles/batch", chunk.Select(a => a.Article).ToArray(), CliJson.Compact.JsonElementArray, ct);
        var body = await response.Content.ReadFromJsonAsync(CliJson.Compact.JsonElement, ct);
        if (!response.IsSuccessStatusCode)
        {
            var reason = body.TryGetProperty("detail", out var detail) ? detail.GetString() : body.TryGetProperty("title", out var title) ? title.GetString() : response.StatusCode.ToString();
            summary.Rejected.AddRange(chunk.Select(a => (a.File, reason ?? "refused")));
            return;
        }
        foreach (var item in body.GetProperty("items").EnumerateArray())
        {
            var file = chunk[item.GetProperty("index").GetInt32()].File;
            switch (item.GetProperty("status").GetInt32())
            {
                case 202:
                    summary.Accepted++;
                    break;
                case 200:
                    summary.Duplicates++;
                    break;
                default:
                    summary.Rejected.Add((file, item.GetProperty("error").GetString() ?? "refused"));
                    break;
            }
        }
    }

    private sealed class ImportSummary
    {
        public int Accepted { get; set; }
        public int Duplicates { get; set; }
        public List<(string File, string Reason)> Rejected { get; } = [];
    }
}
