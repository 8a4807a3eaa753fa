using System.Globalization;
using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Language;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Infers an article's publication date from its text when none is given: full dates in datelines and
/// captions weigh most, every repetition counts, and a date whose weekday the text names agrees with it.
/// The latest date wins a tie, since articles look back on what happened up to their day.
/// </summary>
public static class DocumentDateInference
{
    private const int DatelineReach = 250;

    internal static DocumentDate? Infer(TextDocument document, LanguageProfile profile, IReadOnlyList<Candidate> candidates)
    {
        var weekdays = candidates
            .Where(c => c.Rule.Kind == "weekday" && c.Group("rel") is null)
            .Select(c => profile.Weekdays[LanguageProfile.Normalize(c.Group("weekday")!)])
            .ToHashSet();
        var weekdayWords = candidates.Where(c => c.Rule.Kind == "weekday").Select(c => c.Group("weekday")!).Distinct().ToList();

        var dates = new List<(DateOnly Date, string Text, ParagraphRole Role, int Offset)>();
        foreach (var c in candidates.Where(c => c.Rule.Kind == "date" && c.Group("year") is not null))
        {
            var day = int.Parse(c.Group("day")!, CultureInfo.InvariantCulture);
            var month = c.Group("monthnum") is { } num ? int.Parse(num, CultureInfo.InvariantCulture) : profile.Months[LanguageProfile.Normalize(c.Group("month")!)];
            var year = int.Parse(c.Group("year")!, CultureInfo.InvariantCulture);
            if (year < 100)
                year += year <= 40 ? 2000 : 1900;
            if (Calendar.IsValidDay(year, month, day))
                dates.Add((new DateOnly(year, month, day), c.Match.Value, c.Role, c.Start));
        }
        if (dates.Count == 0)
            return null;

        var scored = dates
            .GroupBy(d => d.Date)
            .Select(g =>
            {
                var reasons = new List<string>();
                var score = g.Count();
                if (g.Count() > 1)
                    reasons.Add($"named {g.Count()} times");
                if (g.Any(d => d.Role == ParagraphRole.Caption))
                {
                    score += 2;
                    reasons.Add("in a photo caption");
                }
                if (g.Any(d => d.Offset < DatelineReach))
                {
                    score += 2;
                    reasons.Add("in the dateline or lead");
                }
                var weekday = Calendar.IsoDay(g.Key);
                if (weekdays.Contains(weekday))
                {
                    score += 2;
                    var named = weekdayWords.FirstOrDefault(w => profile.Weekdays[LanguageProfile.Normalize(w)] == weekday);
                    reasons.Add($"its weekday is named in the text ('{named}')");
                }
                return (Date: g.Key, Score: score, Text: g.First().Text, Reasons: reasons);
            })
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Date)
            .ToList();

        var best = scored[0];
        var how = $"inferred from '{best.Text}'"
            + (best.Reasons.Count > 0 ? ": " + string.Join(", ", best.Reasons) : ": the latest full date in the text");
        return new DocumentDate(best.Date, false, how);
    }
}
