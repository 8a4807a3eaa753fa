namespace Timeline.Extraction.Dates;

public enum Granularity { None, Century, Decade, Year, Season, Quarter, Month, Week, Day, Time }

/// <summary>Where a relative expression was resolved to, seen from its anchor.</summary>
public enum Direction { None, Past, Same, Future }

/// <summary>How a value was reached: the rule, the anchor and the direction, with a reason a person can read.</summary>
public sealed record Provenance(string Rule, string? Anchor, Direction Direction, string Reason)
{
    public override string ToString() =>
        $"{Rule}; anchor {Anchor ?? "none"}; {Direction.ToString().ToLowerInvariant()}: {Reason}";
}

/// <summary>
/// One temporal expression as a TIMEX3-style annotation. Offsets are UTF-16 indices into the text.
/// <see cref="RangeStart"/> and <see cref="RangeEnd"/> are the first and last day a DATE covers, when known.
/// </summary>
public sealed record Timex(
    int Start,
    int End,
    string Text,
    string Type,
    string Value,
    Granularity Granularity,
    DateOnly? RangeStart,
    DateOnly? RangeEnd,
    Provenance Provenance,
    string? Mod = null)
{
    public bool IsResolvedDate => Type is "DATE" or "TIME" && RangeStart is not null;

    /// <summary>Whether this date's days hold all of <paramref name="other"/>'s ("2008" holds "2008-07-07"; a date holds itself).</summary>
    public bool Holds(Timex other) =>
        RangeStart is { } start && RangeEnd is { } end && other.RangeStart is { } otherStart && other.RangeEnd is { } otherEnd
        && start <= otherStart && otherEnd <= end;
}

/// <summary>The document creation time used for resolution, and how it was found.</summary>
public sealed record DocumentDate(DateOnly Value, bool Given, string How);

public enum TaggerMode
{
    /// <summary>Relative expressions resolve against the document date, in the direction the clause's tense gives.</summary>
    News,
    /// <summary>Relative expressions resolve against the last date the text mentioned before them.</summary>
    Narrative,
}

public sealed record TaggerResult(string Language, DocumentDate? DocumentDate, TaggerMode Mode, IReadOnlyList<Timex> Timexes);
