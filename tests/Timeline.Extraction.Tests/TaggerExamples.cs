namespace Timeline.Extraction.Tests;

/// <summary>The example sentences of the tagger's data tables, for tests that need many sentences of a language.</summary>
internal static class TaggerExamples
{
    public static IReadOnlyList<string> Sentences(string language)
    {
        var rows = new List<object[]>();
        // Tables of one language: (date, sentence, ...).
        rows.AddRange((language == "de" ? TemporalTaggerTests.German : TemporalTaggerTests.English).Select(r => new[] { language, r[1] }));
        // Tables of both languages: (language, sentence or date, ...); the sentence is the longest text of the row.
        IEnumerable<object[]>[] mixed =
        [
            AnaphoraTests.Rows, TemporalTaggerTests.EveryRule,
            NewspaperProseTests.DecadesCenturiesMillennia, NewspaperProseTests.Lengths, NewspaperProseTests.ClockTimes,
            NewspaperProseTests.Holidays, NewspaperProseTests.YearPairsAndSeasons, NewspaperProseTests.Sets,
            NewspaperProseTests.GenericToday, NewspaperProseTests.ReportedSpeech, NewspaperProseTests.NotTemporal,
            PublishedDateTests.HeaderForms,
        ];
        foreach (var table in mixed)
            rows.AddRange(table.Select(r => new[] { r[0], r.Skip(1).OfType<string>().MaxBy(s => s.Length)! }));
        return [.. rows.Where(r => (string)r[0] == language).Select(r => (string)r[1]).Concat(Extra(language)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Sentences for rules the data tables do not otherwise reach.</summary>
    private static IEnumerable<string> Extra(string language) => language == "de"
        ? [
        ]
        : [
        ];
}
