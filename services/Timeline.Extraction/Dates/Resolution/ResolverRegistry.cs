using System.Collections.Concurrent;
using Timeline.Extraction.Dates.Finding;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>The resolver families of one text, made once per text around its shared context.</summary>
internal sealed class Resolvers(ResolutionContext context)
{
    public ResolutionContext Context => context;
    public ExplicitDates Explicit { get; } = new(context);
    public RelativeDates Relative { get; } = new(context);
    public WeekdaysAndTimes WeekdaysAndTimes { get; } = new(context);
    public Periods Periods { get; } = new(context);
    public LengthsAndSets LengthsAndSets { get; } = new(context);
}

/// <summary>
/// How a rule kind is resolved: its family, the named groups its resolver needs (each entry one group, or
/// alternatives of which one must be there), every group it reads, and the resolver itself. A resolver adds what a
/// match resolves to: nothing, one expression, or several.
/// </summary>
internal sealed record ResolverEntry(string Kind, string Family, IReadOnlyList<IReadOnlyList<string>> Needs, IReadOnlySet<string> Reads,
    Action<Resolvers, Candidate, List<Timex>> Resolve);

/// <summary>
/// Every rule kind of the language files, with the resolver that gives its matches a value. When a language is first
/// used, each of its rules is checked against its kind's resolver: a rule whose kind is unknown, that lacks a group
/// the resolver needs, or that captures a group the resolver never reads is an error naming the file and line, so
/// that a rule file and the code cannot drift apart.
/// </summary>
internal static class ResolverRegistry
{
    private const string Explicit = "explicit dates";
    private const string Relative = "relative dates";
    private const string WeekdaysAndTimes = "weekdays and times";
    private const string Periods = "periods";
    private const string LengthsAndSets = "lengths and sets";

    // Every resolver writes the mod of a "part" ("Anfang", "late") through ResolutionContext.Make.
    private const string Everywhere = "part";

    public static IReadOnlyDictionary<string, ResolverEntry> Entries { get; } = new[]
    {
        One("date", Explicit, "day month|monthnum", "year weekday daypart hour minute ampm zone", (r, c) => r.Explicit.Date(c)),
        Many("range", Explicit, "first day day2 month|monthnum", "year daypart", (r, c) => r.Explicit.Range(c)),
        One("monthyear", Explicit, "month year", "", (r, c) => r.Explicit.MonthYear(c)),
        One("year", Explicit, "year", "era", (r, c) => r.Explicit.Year(c)),
        Many("yearpair", Explicit, "year short", "", (r, c) => r.Explicit.YearPair(c)),
        One("yearshort", Explicit, "previous short", "", (r, c) => r.Explicit.ShortYear(c)),
        Many("erarange", Explicit, "first second era", "", (r, c) => r.Explicit.EraRange(c)),
        One("holiday", Explicit, "holiday", "year", (r, c) => r.Explicit.Holiday(c)),
        One("relunit", Relative, "unit", "rel", (r, c) => r.Relative.RelativeUnit(c)),
        One("relword", Relative, "word", "daypart", (r, c) => r.Relative.RelativeWord(c)),
        One("present", Relative, "word", "", (r, c) => r.Relative.Present(c)),
        One("refrel", Relative, "rel", "", (r, c) => r.Relative.RelativeReference(c)),
        One("offset", Relative, "unit", "num ago later earlier within", (r, c) => r.Relative.Offset(c)),
        One("monthrel", Relative, "rel month|season", "day", (r, c) => r.Relative.MonthOfRelativeYear(c)),
        One("anaphor", Relative, "word|unit|daypart", "rel later", (r, c) => r.Relative.Anaphor(c)),
        One("weekday", WeekdaysAndTimes, "weekday", "rel weekrel daypart night", (r, c) => r.WeekdaysAndTimes.Weekday(c)),
        One("weekend", WeekdaysAndTimes, "", "", (r, c) => r.WeekdaysAndTimes.Weekend(c)),
        One("time", WeekdaysAndTimes, "hour|noon", "minute minute2 ampm zone halfbefore halfpast quarterpast quarterto", (r, c) => r.WeekdaysAndTimes.Time(c)),
        One("month", Periods, "month", "rel", (r, c) => r.Periods.Month(c)),
        One("season", Periods, "season", "rel year", (r, c) => r.Periods.Season(c)),
        One("half", Periods, "half", "", (r, c) => r.Periods.Half(c)),
        One("quarter", Periods, "quarter", "year", (r, c) => r.Periods.Quarter(c)),
        One("decade", Periods, "decade|decade2|decadeword", "", (r, c) => r.Periods.Decade(c)),
        One("century", Periods, "century|millennium", "era", (r, c) => r.Periods.Century(c)),
        One("duration", LengthsAndSets, "unit", "num andhalf", (r, c) => r.LengthsAndSets.Duration(c)),
        One("durationadj", LengthsAndSets, "num durunit", "", (r, c) => r.LengthsAndSets.DurationAdjective(c)),
        One("vague", LengthsAndSets, "word", "", (r, c) => r.LengthsAndSets.Vague(c)),
        One("setunit", LengthsAndSets, "word|unit", "num other", (r, c) => r.LengthsAndSets.Every(c)),
        One("set", LengthsAndSets, "weekday", "", (r, c) => r.LengthsAndSets.Weekly(c)),
    }.ToDictionary(e => e.Kind, StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, ResolverEntry[]> ByLanguage = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The entry of each rule of a language, by the rule's index; checked once per language.</summary>
    public static ResolverEntry[] For(LanguageProfile profile) => ByLanguage.GetOrAdd(profile.Code, static (_, p) =>
    {
        var problems = Check(p);
        if (problems.Count > 0)
            throw new FormatException(string.Join(Environment.NewLine, problems));
        return [.. p.Rules.Select(r => Entries[r.Kind])];
    }, profile);

    /// <summary>What is wrong between a language's rules and the resolvers, one line per problem.</summary>
    public static IReadOnlyList<string> Check(LanguageProfile profile) => Check(profile.Dates.Name, profile.Rules);

    /// <summary>What is wrong between rules read from a file and the resolvers, one line per problem.</summary>
    public static IReadOnlyList<string> Check(string file, IEnumerable<DateRule> rules)
    {
        var problems = new List<string>();
        foreach (var rule in rules)
        {
            var where = $"{file}:{rule.Line}";
            if (!Entries.TryGetValue(rule.Kind, out var entry))
            {
                problems.Add($"{where}: unknown rule kind '{rule.Kind}'; known: {string.Join(", ", Entries.Keys)}.");
                continue;
            }
            var groups = rule.Pattern.GetGroupNames().Where(g => !char.IsDigit(g[0])).ToHashSet(StringComparer.Ordinal);
            foreach (var need in entry.Needs)
            {
                if (!need.Any(groups.Contains))
                    problems.Add($"{where}: a '{rule.Kind}' rule needs the group {string.Join(" or ", need.Select(n => $"(?<{n}>...)"))}, which its {entry.Family} resolver reads.");
            }
            foreach (var group in groups.Where(g => !entry.Reads.Contains(g)).Order(StringComparer.Ordinal))
                problems.Add($"{where}: the group (?<{group}>...) is never read by the {entry.Family} resolver of '{rule.Kind}' rules.");
        }
        return problems;
    }

    private static ResolverEntry One(string kind, string family, string needs, string reads, Func<Resolvers, Candidate, Timex?> resolve) =>
        Entry(kind, family, needs, reads, (r, c, into) =>
        {
            if (resolve(r, c) is { } timex)
                into.Add(timex);
        });

    private static ResolverEntry Many(string kind, string family, string needs, string reads, Func<Resolvers, Candidate, IEnumerable<Timex>> resolve) =>
        Entry(kind, family, needs, reads, (r, c, into) => into.AddRange(resolve(r, c)));

    private static ResolverEntry Entry(string kind, string family, string needs, string reads, Action<Resolvers, Candidate, List<Timex>> resolve)
    {
        var needed = needs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => (IReadOnlyList<string>)n.Split('|')).ToList();
        var all = needed.SelectMany(n => n).Concat(reads.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Append(Everywhere).ToHashSet(StringComparer.Ordinal);
        return new ResolverEntry(kind, family, needed, all, resolve);
    }
}
