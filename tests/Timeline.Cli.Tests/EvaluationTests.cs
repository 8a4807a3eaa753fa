using Timeline.Cli.Evaluation;
using Timeline.Tests;

namespace Timeline.Cli.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void The_scorer_counts_strict_relaxed_type_and_value_as_tempeval3_defines_them()
    {
        GoldTimex[] gold =
        [
            new(0, 8, "Mittwoch", "2022-01-12", "DATE"),
            new(20, 35, "am 12. Januar", "2022-01-12", "DATE"),
            new(50, 60, "vier Tage", "P4D", "DURATION"),
        ];
        SystemTimex[] system =
        [
            new(0, 8, "Mittwoch", "DATE", "2022-01-12"),   // exact, right value
            new(23, 35, "12. Januar", "DATE", "2021-01-12"), // overlapping, wrong value
            new(70, 75, "heute", "DATE", "2022-01-12"),    // spurious
        ];
        var (s, errors) = TimexScorer.Score("d", gold, system);
        Assert.Equal((3, 3, 1, 2, 2, 1), (s.Gold, s.System, s.Strict, s.Relaxed, s.TypeCorrect, s.ValueCorrect));
        Assert.Equal(2.0 / 3, s.RelaxedPrecision, 6);
        Assert.Equal(2.0 / 3, s.RelaxedRecall, 6);
        Assert.Equal(0.5, s.ValueAccuracy, 6);
        Assert.Equal(1.0 / 3, s.ValueF1, 6);
        Assert.Contains(errors, e => e.Kind == "missed" && e.Text == "vier Tage");
        Assert.Contains(errors, e => e.Kind == "spurious" && e.Text == "heute");
        Assert.Contains(errors, e => e.Kind == "value" && e.Actual == "2021-01-12");
    }

    [Fact]
    public void The_corpus_reader_maps_utf8_byte_offsets_to_characters_and_keeps_only_the_text()
    {
        const string sgml = "<DOC>\n<DOCID>x</DOCID>\n<DATETIME> 2011-02-16T17:00:00 </DATETIME>\n<TEXT>\nÜber Mönche: am 1. März 1940 geschah es.\n</TEXT>\n</DOC>\n";
        // Offsets count UTF-8 bytes of the document without tags; "Ü" and "ö" take two bytes each.
        var plain = System.Text.RegularExpressions.Regex.Replace(sgml, "<[^>]*>", "");
        var start = System.Text.Encoding.UTF8.GetByteCount(plain[..plain.IndexOf("1. März", StringComparison.Ordinal)]);
        var end = start + System.Text.Encoding.UTF8.GetByteCount("1. März 1940") - 1;
        var header = System.Text.Encoding.UTF8.GetByteCount(plain[..plain.IndexOf("2011-02-16T", StringComparison.Ordinal)]);
        var apf = $"""<source_file><document><timex2 ID="t1" VAL="1940-03-01"><timex2_mention><extent><charseq START="{start}" END="{end}">1. März 1940</charseq></extent></timex2_mention></timex2><timex2 ID="t2" VAL="2011-02-16"><timex2_mention><extent><charseq START="{header}" END="{header + 18}">2011-02-16T17:00:00</charseq></extent></timex2_mention></timex2></document></source_file>""";
        var document = Timex2Corpus.ReadDocument("x", sgml, apf);
        var gold = Assert.Single(document.Gold);
        Assert.Equal("1. März 1940", gold.Text);
        Assert.Equal("1. März 1940", document.Text[gold.Start..gold.End]);
        Assert.Equal(new DateOnly(2011, 2, 16), document.Dct);
    }

    [Theory]
    [InlineData("P4D", false, "DURATION")]
    [InlineData("1940-03-01T04:45", false, "TIME")]
    [InlineData("1940-03-01TMO", false, "TIME")]
    [InlineData("PRESENT_REF", false, "DATE")]
    [InlineData("XXXX-WXX-1", true, "SET")]
    public void Gold_types_follow_from_timex2_values(string value, bool set, string type) =>
        Assert.Equal(type, Timex2Corpus.TypeOf(value, set));

    [WikiWarsDeFact]
    public void On_WikiWarsDE_the_tagger_stays_above_the_published_state_of_the_art()
    {
        var (code, output, error) = CliProcess.Run("", "evaluate", "timex", TestPaths.WikiWarsDe, "--json");
        Assert.True(code == 0, error);
        var total = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("total");
        // HeidelTime's published WikiWarsDE figures are 0.933 (extraction F) and 0.885 (normalisation).
        Assert.True(total.GetProperty("relaxed").GetProperty("f1").GetDouble() >= 0.94, output);
        Assert.True(total.GetProperty("valueAccuracy").GetDouble() >= 0.90, output);
    }

    [Fact]
    public void News_evaluation_gives_each_gold_date_or_lets_the_tagger_infer_it()
    {
        var folder = Directory.CreateTempSubdirectory("timex-gold-").FullName;
        try
        {
            // No date in the text: only the gold's date resolves "Mittwoch". A dateline: the tagger can infer it.
            WriteGold(folder, "a.de", "Am Mittwoch tagte der Rat.", "2022-01-12", given: false, "Mittwoch", "2022-01-12");
            WriteGold(folder, "b.de", "Brüssel, 12. Januar 2022 – Am Mittwoch tagte der Rat.", "2022-01-12", given: true, "Mittwoch", "2022-01-12");
            WriteGold(folder, "c.de", "Die Sitzung am Donnerstag fällt aus.", "2022-01-12", given: false, "Donnerstag", "2022-01-13");

            var gold = Figures(folder, "--document-date", "gold");
            Assert.Equal(1.0, gold.GetProperty("total").GetProperty("value").GetProperty("recall").GetDouble());
            Assert.False(gold.TryGetProperty("documentDatesInferredRight", out _));

            var inferred = Figures(folder, "--document-date", "inferred");
            Assert.Equal(1, inferred.GetProperty("documentDatesInferredRight").GetInt32());
            Assert.Equal(1.0 / 3, inferred.GetProperty("total").GetProperty("value").GetProperty("recall").GetDouble(), 3);

            // Every third gold file in name order, from the first, is the set-aside part.
            Assert.Equal(1, Figures(folder, "--part", "set-aside").GetProperty("documents").GetInt32());
            Assert.Equal(2, Figures(folder, "--part", "development").GetProperty("documents").GetInt32());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A floor under the dates of the published texts nobody on the team wrote, with each gold file's publication date
    /// and with the date inferred from the text; the README quotes the figures of the same command.
    /// </summary>
    [EventsRealFact]
    public void On_published_news_dates_stay_above_their_floor()
    {
        var given = Figures(EventsRealFactAttribute.Folder).GetProperty("total");
        Assert.True(given.GetProperty("value").GetProperty("f1").GetDouble() >= 0.93, given.ToString());
        Assert.True(given.GetProperty("relaxed").GetProperty("f1").GetDouble() >= 0.96, given.ToString());
        var inferred = Figures(EventsRealFactAttribute.Folder, "--document-date", "inferred").GetProperty("total");
        Assert.True(inferred.GetProperty("value").GetProperty("f1").GetDouble() >= 0.80, inferred.ToString());
    }

    private static System.Text.Json.JsonElement Figures(string folder, params string[] options)
    {
        var (code, output, error) = CliProcess.Run("", ["evaluate", "timex", folder, "--mode", "news", "--json", .. options]);
        Assert.True(code == 0, error);
        return System.Text.Json.JsonDocument.Parse(output).RootElement;
    }

    private static void WriteGold(string folder, string name, string text, string date, bool given, string expression, string value)
    {
        File.WriteAllText(Path.Combine(folder, name + ".txt"), text);
        var start = text.IndexOf(expression, StringComparison.Ordinal);
        var gold = new System.Text.Json.Nodes.JsonObject
        {
            ["document"] = name + ".txt",
            ["language"] = "de",
            ["documentCreationTime"] = new System.Text.Json.Nodes.JsonObject { ["value"] = date, ["given"] = given },
            ["timexes"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["start"] = start, ["end"] = start + expression.Length, ["text"] = expression, ["type"] = "DATE", ["value"] = value,
            }),
        };
        File.WriteAllText(Path.Combine(folder, name + ".gold.json"), gold.ToJsonString());
    }
}
