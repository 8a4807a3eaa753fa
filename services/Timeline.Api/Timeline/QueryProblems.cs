using Timeline.ServiceDefaults.Security;

namespace Timeline.Api.Timeline;

/// <summary>
/// What was wrong with a query, parameter by parameter, and what the API knows that comes near each bad value. Answered
/// as one ValidationProblem whose "suggestions" extension lists, per parameter, values that would be understood.
/// </summary>
public sealed class QueryProblems
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> suggestions = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public bool Has(string parameter) => errors.ContainsKey(parameter);

    public void Add(string parameter, string message, IReadOnlyList<string>? nearest = null)
    {
        // A parameter given more than once may hold several values that cannot be read: each is reported.
        errors[parameter] = errors.TryGetValue(parameter, out var earlier) ? [.. earlier, message] : [message];
        if (nearest is { Count: > 0 })
            suggestions[parameter] = suggestions.TryGetValue(parameter, out var before) ? [.. before.Concat(nearest).Distinct(StringComparer.Ordinal)] : nearest;
    }

    public IResult ToResult(string title) => TypedResults.ValidationProblem(errors, title: title,
        extensions: suggestions.Count == 0 ? null : new Dictionary<string, object?> { ["suggestions"] = suggestions });
}

/// <summary>
/// A closed list of values a parameter takes (types, statuses, languages, sort orders, export formats...): the one
/// check every such parameter goes through. Case does not matter, nor '-' or ' ' for '_'; anything else is refused
/// with the list, nearest first.
/// </summary>
public sealed class ClosedVocabulary(string parameter, string what, IReadOnlyList<string> values)
{
    public string Parameter => parameter;
    public IReadOnlyList<string> Values => values;

    /// <summary>The value as the API writes it, null when none was given; a problem when it is not one of the values.</summary>
    public string? Read(string? given, QueryProblems problems)
    {
        if (string.IsNullOrWhiteSpace(given))
            return null;
        var key = Fold(given);
        var known = values.FirstOrDefault(v => Fold(v) == key);
        if (known is not null)
            return known;
        // A parameter given twice (type=CONSULT&type=AGREE) arrives joined by a comma; these lists take one value.
        var parts = given.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts.All(part => values.Any(v => Fold(v) == Fold(part))))
        {
            problems.Add(parameter, $"'{parameter}' takes one value, given once; '{Text.Printable(given)}' names {parts.Length}. Leave it out to see all of them.");
            return null;
        }
        var nearest = Nearest.Of(key, values, Fold, 5);
        problems.Add(parameter, $"'{Text.Printable(given)}' is not {what}; use {Join(values)}." +
            (nearest.Count > 0 ? $" Did you mean {nearest[0]}?" : ""), nearest.Count > 0 ? nearest : values);
        return null;
    }

    private static string Fold(string value) => value.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    private static string Join(IReadOnlyList<string> items) => items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";
}

/// <summary>
/// The known values nearest to a misspelt one, in the order given among equals: by edit distance (at most a third of
/// its length); a value it begins counts as one edit away, as near as a typo.
/// </summary>
public static class Nearest
{
    public static IReadOnlyList<T> Of<T>(string key, IEnumerable<T> candidates, Func<T, string> keyOf, int count)
    {
        var limit = Math.Max(1, key.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Key: keyOf(c)))
            .Select(c => (c.Candidate, Distance: key.Length >= 3 && c.Key.Length > key.Length && c.Key.StartsWith(key, StringComparison.Ordinal) ? 1 : Distance(key, c.Key, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .Take(count)
            .Select(c => c.Candidate)
            .ToList();
    }

    /// <summary>Edit distance with transpositions; anything above the limit is reported as limit + 1 without finishing.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, previous2[j - 2] + 1);
                current[j] = d;
                best = Math.Min(best, d);
            }
            if (best > limit)
                return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
