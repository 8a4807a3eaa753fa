namespace Timeline.Contracts;

// The closed vocabularies of the contracts. Every service, the CLI and the tests name these values through the
// constants, so that a misspelt one is a compile error rather than a filter that matches nothing; the API's
// validation offers exactly the values listed in All.

/// <summary>Event types (a subset of PLOVER; see docs/event-ontology.md).</summary>
public static class EventTypes
{
    public const string Consult = "CONSULT";
    public const string Agree = "AGREE";
    public const string Request = "REQUEST";
    public const string Reject = "REJECT";
    public const string ReduceRelations = "REDUCE_RELATIONS";
    public const string Mobilize = "MOBILIZE";
    public const string Sanction = "SANCTION";
    public const string Statement = "STATEMENT";

    public static readonly IReadOnlyList<string> All = [Consult, Agree, Request, Reject, ReduceRelations, Mobilize, Sanction, Statement];
}

/// <summary>The ways a CONSULT event takes place (PLOVER's modes).</summary>
public static class ConsultModes
{
    public const string Bilateral = "bilateral";
    public const string Multilateral = "multilateral";
    public const string Visit = "visit";
    public const string Phone = "phone";

    public static readonly IReadOnlyList<string> All = [Bilateral, Multilateral, Visit, Phone];
}

/// <summary>Where an event stands according to its reports.</summary>
public static class EventStatuses
{
    public const string Occurred = "occurred";
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
    public const string Postponed = "postponed";

    public static readonly IReadOnlyList<string> All = [Occurred, Scheduled, Cancelled, Postponed];
}

/// <summary>How precisely a date is known, finest first.</summary>
public static class Granularities
{
    public const string Time = "time";
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Season = "season";
    public const string Quarter = "quarter";
    public const string Year = "year";
    public const string Decade = "decade";
    public const string Century = "century";

    public static readonly IReadOnlyList<string> All = [Time, Day, Week, Month, Season, Quarter, Year, Decade, Century];
}

/// <summary>What happened to a timeline entry in a <see cref="TimelineEntryChanged"/>.</summary>
public static class EntryChanges
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Removed = "removed";

    public static readonly IReadOnlyList<string> All = [Created, Updated, Removed];
}

/// <summary>The languages Timeline reads articles in and writes titles and names in (ISO 639-1).</summary>
public static class Languages
{
    public const string German = "de";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [German, English];
}
