using System.Text.Json;
using Timeline.Tests;

namespace Timeline.Cli.Tests;

public sealed class CommandTests
{
    [Fact]
    public void Tag_prints_the_expressions_of_a_text_as_json()
    {
        var (code, output, error) = CliProcess.Run("Das Treffen in Wien findet am Donnerstag statt.", "tag", "--lang", "de", "--dct", "2022-01-12");
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("news", json.GetProperty("mode").GetString());
        var timex = json.GetProperty("timexes")[0];
        Assert.Equal("Donnerstag", timex.GetProperty("text").GetString());
        Assert.Equal("2022-01-13", timex.GetProperty("value").GetString());
        Assert.Equal("future", timex.GetProperty("provenance").GetProperty("direction").GetString());
    }

    [Fact]
    public void Tag_dates_a_text_without_a_date_line_as_extraction_does()
    {
        var (code, output, error) = CliProcess.Run(
            "Chancellor Angela Merkel travels to Paris tomorrow (Thursday 18 May) to meet President Emmanuel Macron.", "tag", "--lang", "en");
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("news", json.GetProperty("mode").GetString());
        Assert.Equal("2017-05-18", json.GetProperty("timexes")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Import_refuses_a_publication_date_it_cannot_read_before_posting_anything()
    {
        var folder = Directory.CreateTempSubdirectory("timeline-import-date-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.en.txt"), "Talks in Geneva on Monday.");
            var (code, _, error) = CliProcess.Run("", "import", folder.FullName, "--published", "12.01.2022", "--api", "http://127.0.0.1:9");
            Assert.Equal(2, code);
            Assert.Contains("--published: '12.01.2022' is not a date written YYYY-MM-DD.", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Tag_explain_shows_rule_anchor_and_direction()
    {
        var (code, output, _) = CliProcess.Run("Am Montag hatten die Delegationen in Genf verhandelt.", "tag", "--lang", "de", "--dct", "2022-01-12", "--explain");
        Assert.Equal(0, code);
        Assert.Contains("2022-01-10", output);
        Assert.Contains("weekday@", output);
        Assert.Contains("anchor document date 2022-01-12", output);
        Assert.Contains("past", output);
    }

    [Fact]
    public void Tag_jsonl_answers_every_line_in_order_and_reports_bad_lines_without_stopping()
    {
        var input = string.Join('\n',
            """{"id": "a", "text": "Am Mittwoch tagte der Rat.", "dct": "2022-01-12", "lang": "de"}""",
            """not json""",
            """{"id": 3, "dct": "2022-01-12"}""",
            """{"id": "d", "text": "The council met on Wednesday.", "dct": "2022-01-12", "lang": "en"}""",
            """{"id": "e", "text": "Ein Artikel vom 12. Januar 2022 über den Mittwoch.", "dct": null, "lang": null}""") + "\n";
        var (code, output, error) = CliProcess.Run(input, "tag", "--jsonl");
        Assert.Equal(1, code);
        Assert.Contains("2 of 5 lines", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("2022-01-12", lines[0].GetProperty("timexes")[0].GetProperty("value").GetString());
        Assert.Contains("not a JSON object", lines[1].GetProperty("error").GetString());
        Assert.Equal(3, lines[2].GetProperty("id").GetInt32());
        Assert.Contains("no \"text\"", lines[2].GetProperty("error").GetString());
        Assert.Equal("2022-01-12", lines[3].GetProperty("timexes")[0].GetProperty("value").GetString());
        // No date given: inferred from the text, and reported.
        Assert.Equal("2022-01-12", lines[4].GetProperty("dct").GetString());
    }

    [Fact]
    public void Tag_jsonl_on_several_threads_writes_what_one_thread_writes_in_the_same_order()
    {
        // Documents of very different lengths finish out of order on the workers; the output must not.
        var articles = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "corpus", "events"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Text: File.ReadAllText(path), Language: path.EndsWith(".de.txt", StringComparison.Ordinal) ? "de" : "en"))
            .ToList();
        var lines = Enumerable.Range(0, 120).Select(i =>
        {
            var (text, language) = articles[i % articles.Count];
            var body = i % 7 == 0 ? text[..Math.Min(40, text.Length)] : text;
            return JsonSerializer.Serialize(new { id = i, text = body, dct = i % 3 == 0 ? null : "2022-01-12", lang = language });
        });
        var input = string.Join('\n', lines) + "\n";
        var (sequentialCode, sequential, _) = CliProcess.Run(input, "tag", "--jsonl", "--parallel", "1");
        var (parallelCode, parallel, _) = CliProcess.Run(input, "tag", "--jsonl", "--parallel", "4");
        Assert.Equal(0, sequentialCode);
        Assert.Equal(0, parallelCode);
        var ids = parallel.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(0, 120), ids);
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void Tag_jsonl_reads_lines_as_other_programs_write_them(string lineEnd, bool byteOrderMark)
    {
        // Windows line ends, a byte-order mark, no line end after the last line, and a blank line.
        var lines = new[]
        {
            """{"id": 1, "text": "Die Gespräche in Genève begannen am Montag.", "dct": "2022-01-12", "lang": "de"}""",
            "",
            """{"id": 2, "text": "Talks in Genève began on Monday.", "dct": "2022-01-12", "lang": "en"}""",
        };
        var input = (byteOrderMark ? "\uFEFF" : "") + string.Join(lineEnd, lines);
        var (code, output, error) = CliProcess.Run(input, "tag", "--jsonl", "--parallel", "1");
        Assert.True(code == 0, error);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2], results.Select(r => r.GetProperty("id").GetInt32()));
        Assert.All(results, r => Assert.Equal("2022-01-10", r.GetProperty("timexes")[0].GetProperty("value").GetString()));
    }

    [Fact]
    public void Tag_jsonl_gives_back_each_id_as_the_input_wrote_it()
    {
        var ids = new[] { "\"caf\\u00e9 \\\"7\\\"\"", "1.50e2", "-3", "true", "{\"feed\":[1,\"b\"]}", "[1,2]" };
        var input = string.Concat(ids.Select(id => $$"""{"id": {{id}}, "text": "am Montag", "dct": "2022-01-12", "lang": "de"}""" + "\n"));
        var (code, output, error) = CliProcess.Run(input, "tag", "--jsonl");
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id")).ToList();
        Assert.Equal("caf\u00e9 \"7\"", lines[0].GetString());
        Assert.Equal("1.50e2", lines[1].GetRawText());
        Assert.Equal(-3, lines[2].GetInt32());
        Assert.True(lines[3].GetBoolean());
        Assert.Equal("b", lines[4].GetProperty("feed")[1].GetString());
        Assert.Equal(2, lines[5].GetArrayLength());
    }

    [Fact]
    public void Tag_jsonl_reads_field_names_in_any_case_skips_other_fields_and_names_a_field_of_the_wrong_kind()
    {
        var input = string.Join('\n',
            """{"ID": "a", "Text": "am Montag", "DCT": "2022-01-12", "Lang": "de", "source": {"feed": ["x", 1]}, "n": 3}""",
            """{"id": "b", "text": 5}""",
            """{"id": "c", "text": "am Montag"} trailing""") + "\n";
        var (code, output, _) = CliProcess.Run(input, "tag", "--jsonl", "--parallel", "1");
        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("2022-01-10", lines[0].GetProperty("timexes")[0].GetProperty("value").GetString());
        Assert.Contains("\"text\" must be a string", lines[1].GetProperty("error").GetString());
        Assert.Contains("not a JSON object", lines[2].GetProperty("error").GetString());
    }

    [Fact]
    public void Tag_jsonl_refuses_a_parallelism_below_one()
    {
        var (code, _, error) = CliProcess.Run("", "tag", "--jsonl", "--parallel", "0");
        Assert.NotEqual(0, code);
        Assert.Contains("--parallel", error);
    }

    [Theory]
    [InlineData("--dct", "12.01.2022")]
    [InlineData("--lang", "fr")]
    [InlineData("--mode", "poetry")]
    public void Bad_options_are_refused_with_a_reason(string option, string value)
    {
        var (code, _, error) = CliProcess.Run("Text.", "tag", option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
    }

    [Fact]
    public void Extract_reads_the_events_of_an_article()
    {
        var (code, output, error) = CliProcess.Run("Das dritte Treffen dieser Woche ist am Donnerstag in Wien geplant, wo die OSZE tagt.",
            "extract", "--lang", "de", "--published", "2022-01-12", "--explain");
        Assert.True(code == 0, error);
        var e = JsonDocument.Parse(output).RootElement.GetProperty("events")[0];
        Assert.Equal("scheduled", e.GetProperty("status").GetString());
        Assert.Equal("2022-01-13", e.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("Vienna", e.GetProperty("place").GetProperty("name").GetString());
        Assert.True(e.GetProperty("explanation").GetArrayLength() > 0);
    }

    [Fact]
    public void Extract_prints_events_in_the_shape_the_messages_and_the_dry_run_carry()
    {
        const string text = "Das dritte Treffen dieser Woche ist am Donnerstag in Wien geplant, wo die OSZE tagt. Russland forderte am Montag von der NATO Garantien.";
        var (code, output, error) = CliProcess.Run(text, "extract", "--lang", "de", "--published", "2022-01-12");
        Assert.True(code == 0, error);
        var printed = JsonDocument.Parse(output).RootElement;
        var result = Timeline.Extraction.ArticleExtractor.Extract(text, "de", new DateOnly(2022, 1, 12));
        var options = new JsonSerializerOptions(JsonSerializerOptions.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
        Assert.Equal(result.Events.Count, printed.GetProperty("events").GetArrayLength());
        for (var i = 0; i < result.Events.Count; i++)
        {
            // The published message's event, serialised as the services serialise it, is what the CLI prints.
            var message = JsonSerializer.SerializeToElement(Timeline.Mapping.EventMapping.ToContract(result.Events[i]), options);
            var line = printed.GetProperty("events")[i].GetRawText();
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(message.GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(line)),
                $"the message says {message.GetRawText()}, the CLI {line}");
        }
        Assert.Equal(System.Text.Json.JsonValueKind.Null, printed.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "REQUEST").GetProperty("place").ValueKind);
        Assert.Equal(Timeline.Extraction.ArticleExtractor.Version, printed.GetProperty("extractorVersion").GetString());
        var (_, version, _) = CliProcess.Run("", "--version");
        Assert.Equal(Timeline.Extraction.ArticleExtractor.Version, version.Trim());
        Assert.Equal(typeof(Timeline.Extraction.ArticleExtractor).Assembly.GetName().Version!.ToString(3), Timeline.Extraction.ArticleExtractor.Version);
    }
}
