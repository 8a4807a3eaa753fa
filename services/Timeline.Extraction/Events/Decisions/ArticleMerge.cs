using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Merges the mentions of one real-world event within an article: same type and mode, compatible dates (the same, or
/// one within the other), the same place or one without, and parties that one side's include the other's. Two
/// meetings at one summit on one day with different partners stay two events. A city and its country, named as the
/// venues of two mentions, are one venue.
/// </summary>
public static class ArticleMerge
{
    public static List<EventDraft> Merge(IEnumerable<EventDraft> drafts)
    {
        var merged = new List<(EventDraft Draft, List<EventDraft> Others)>();
        foreach (var draft in drafts)
        {
            var same = merged.FindIndex(m => SameEvent(m.Draft, draft));
            if (same < 0)
            {
                merged.Add((draft, []));
                continue;
            }
            var host = merged[same].Draft;
            if (draft.Date!.Granularity > host.Date!.Granularity && draft.DateSource <= host.DateSource)
            {
                host.Date = draft.Date;
                // "Next week I travel to Canada ... On 3-4 May the Prime Minister and I will talk": the day that
                // dates the event says whether it is still to come.
                if (host.Status is "occurred" or "scheduled" && draft.Status is "occurred" or "scheduled")
                    host.Status = draft.Status;
            }
            // "auf Staatsbesuch in der Schweiz" and "in Bern": the city says more than its country.
            // "Bern/Vaduz/Salzburg (bmeia) – Treffen der Außenminister … bei einem Treffen … in Salzburg": the place a
            // mention names says more than the dateline a title fell back on.
            if (host.Place is null || (draft.Place is not null && InCountry(draft.Place, host.Place))
                || (host.PlaceSource is PlaceSource.Dateline or PlaceSource.OnlyVenue && draft.PlaceSource == PlaceSource.Named))
            {
                host.Place = draft.Place;
                host.PlaceSource = draft.PlaceSource;
            }
            host.Body ??= draft.Body;
            // "Lawrow-Besuch in Berlin abgesagt": a mention that says the event was called off or moved is the news about it.
            if (draft.Status is "cancelled" or "postponed" && host.Status == "scheduled")
            {
                host.Status = draft.Status;
                host.Explain($"status: {draft.Status}, as the mention in sentence {draft.Sentence.Index + 1} says");
            }
            // "Readout of the President's Call with ...": a title that says how the talks were held says more than "spoke".
            if (draft.Mode is "phone" or "visit" && host.Mode == "bilateral")
                host.Mode = draft.Mode;
            foreach (var p in draft.Participants)
                host.Add(p);
            // The parties the other mention brought may make the meeting one of many.
            if (host.Mode == "bilateral")
                ModeDecision.FromParties(host);
            host.Explain($"merged with the same event in sentence {draft.Sentence.Index + 1}");
        }
        return merged.Select(m => m.Draft).ToList();
    }

    public static bool SameEvent(EventDraft a, EventDraft b)
    {
        // A title names the event it took its date from.
        if ((a.DateSource == DateSource.Headline && a.CarriedFrom == b) || (b.DateSource == DateSource.Headline && b.CarriedFrom == a))
            return true;
        if (a.Type != b.Type || a.Date is null || b.Date is null || !DatesCompatible(a.Date, b.Date))
            return false;
        // "This is Trudeau's first Summit meeting with other leaders": a sentence that goes on about an event, taking its date
        // and naming no other place or party, tells of that event.
        if (GoesOnAbout(a, b) || GoesOnAbout(b, a))
            return true;
        if (a.Place is not null && b.Place is not null && a.Place.Id != b.Place.Id && !InCountry(a.Place, b.Place) && !InCountry(b.Place, a.Place))
            return false;
        if (DayOfALongerMeeting(a, b) || DayOfALongerMeeting(b, a))
            return false;
        // "gathered in Vienna for the final round of talks": in one sentence, on one day and at one place, words of meeting
        // that name no parties of their own tell of the same meeting.
        var oneSentence = a.Sentence.Index == b.Sentence.Index && a.Place is not null && a.Place.Id == b.Place?.Id && a.Date.Value == b.Date.Value
            && !a.Distinct && !b.Distinct && (!a.Parties.Any() || !b.Parties.Any());
        if (a.Mode != b.Mode && !(a.Body is not null && b.Body is not null) && !oneSentence && !TalksOfACall(a, b) && !TalksOfACall(b, a)
            && !VisitAndItsTalks(a, b) && !VisitAndItsTalks(b, a) && !NoPartiesNoMode(a, b) && !NoPartiesNoMode(b, a))
            return false;
        if (a.Distinct || b.Distinct)
            return false;
        if (DifferentPeople(a, b) || OtherPersonForASide(a, b))
            return false;
        var pa = a.Parties.Select(p => p.Id).ToHashSet();
        var pb = b.Parties.Select(p => p.Id).ToHashSet();
        if (pa.Count > 0 && pb.Count > 0 && !pa.IsSubsetOf(pb) && !pb.IsSubsetOf(pa) && !BodyAndItsMembers(a, b, pa, pb))
            return false;
        return a.Place is not null || b.Place is not null || pa.Overlaps(pb) || a.Body?.Body == b.Body?.Body;
    }

    /// <summary>
    /// "Am Donnerstag trafen sich die Außenminister in Salzburg. Die Außenministerin Liechtensteins ... sowie der luxemburgische
    /// Außenminister besprachen ...": a meeting told with no parties and no word of how it was held, on the day and at the
    /// place of one that names them, is that meeting; its mode was only the default. A visit is the exception: a meeting on
    /// its day and in its city is one of its own.
    /// </summary>
    private static bool NoPartiesNoMode(EventDraft bare, EventDraft other) =>
        bare.Participants.Count == 0 && bare.PlaceSource == PlaceSource.Named && bare.Body is null && !bare.ModeStated
        && bare.Place is not null && bare.Place.Id == other.Place?.Id && bare.Date!.Value == other.Date!.Value
        // "Geplant ist in Berlin auch ein Treffen mit der Bundesministerin": a meeting told beside a visit is one within it.
        && other.Mode != "visit";

    /// <summary>
    /// "The G20 summit, a meeting of the heads of Brazil, India, Canada ...": in one sentence, a body's meeting
    /// whose only party is the body and a meeting of many named by its members are one meeting.
    /// </summary>
    private static bool BodyAndItsMembers(EventDraft a, EventDraft b, HashSet<string> pa, HashSet<string> pb) =>
        a.Sentence.Index == b.Sentence.Index && a.Mode == "multilateral" && b.Mode == "multilateral"
        && ((a.Body is { } ba && pa.SetEquals(ba.Body.Participants)) || (b.Body is { } bb && pb.SetEquals(bb.Body.Participants)));

    /// <summary>
    /// "The Dialogue meets on May 7-8 ... On May 8, the Under Secretary will open its high-level meetings": what another
    /// sentence dates to one day (or an hour of it) of a meeting or visit of several days is a part of it, told as an
    /// event of its own; so is what a sentence dates to one day of a visit whose days another sentence carried.
    /// </summary>
    private static bool DayOfALongerMeeting(EventDraft day, EventDraft longer) =>
        day.Sentence.Index != longer.Sentence.Index
        && day.DateSource == DateSource.Sentence && longer.DateSource is DateSource.Sentence or DateSource.Carried
        && day.Date is { Granularity: Granularity.Day or Granularity.Time, RangeStart: { } d, RangeEnd: { } dEnd } && d == dEnd
        && longer.Date is { RangeStart: { } s, RangeEnd: { } e } && s < e && longer.Date.Granularity == Granularity.Day;

    /// <summary>
    /// "Gespräche zwischen Gauck und dem Königspaar ... Am Nachmittag trafen sie Merkel": two mentions dated to the day that
    /// each name people, and no surname in common, are two meetings of one day, even between the same countries. So are
    /// two that share the guest but each name a host the other does not ("Pompeo traf heute in Berlin Scholz ... Pompeo traf
    /// heute in Berlin die Verteidigungsministerin Kramp-Karrenbauer").
    /// </summary>
    private static bool DifferentPeople(EventDraft a, EventDraft b)
    {
        if (a.Date is not { Granularity: Granularity.Day or Granularity.Time } || b.Date is not { Granularity: Granularity.Day or Granularity.Time })
            return false;
        var surnames = a.People.Select(Surname).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (surnames.Count > 0 && b.People.Any() && !b.People.Any(p => surnames.Contains(Surname(p))))
            return true;
        return a.Sentence.Index != b.Sentence.Index && a.DateSource == DateSource.Sentence && b.DateSource == DateSource.Sentence
            && a.People.Any(p => !b.People.Any(q => SamePerson(p, q))) && b.People.Any(q => !a.People.Any(p => SamePerson(p, q)));
    }

    /// <summary>
    /// "Merkel wurde von Ministerpräsident Li empfangen. ... will Merkel auch mit Staatschef Xi Gespräche führen": on one day,
    /// a side met through one person and through another are two meetings.
    /// </summary>
    private static bool OtherPersonForASide(EventDraft a, EventDraft b)
    {
        if (a.Date is not { Granularity: Granularity.Day or Granularity.Time } || b.Date is not { Granularity: Granularity.Day or Granularity.Time })
            return false;
        foreach (var side in a.People.Select(p => p.Affiliation).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var ours = a.People.Where(p => p.Affiliation == side).ToList();
            var theirs = b.People.Where(p => p.Affiliation == side).ToList();
            if (theirs.Count > 0 && !theirs.Any(t => ours.Any(o => SamePerson(o, t))))
                return true;
        }
        return false;
    }

    /// <summary>"Lula" and "Luiz Inácio Lula da Silva": one person by id, or by a word of one name that ends the other.</summary>
    private static bool SamePerson(EventParticipant a, EventParticipant b) =>
        a.Id == b.Id || Words(a.Name).Contains(Surname(b), StringComparer.OrdinalIgnoreCase) || Words(b.Name).Contains(Surname(a), StringComparer.OrdinalIgnoreCase);

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Surname(EventParticipant person) => person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>
    /// "Putin and Obama held a telephone conversation on Wednesday ... The presidents discussed Syria": talks with no place of
    /// their own, on the day of a call, are that call.
    /// </summary>
    private static bool TalksOfACall(EventDraft talks, EventDraft call) =>
        talks.Mode == "bilateral" && call.Mode == "phone" && talks.Place is null && talks.Body is null;

    /// <summary>
    /// "Merkel besucht in der kommenden Woche Trump ... Merkel wird Trump am 27. April in Washington treffen": a visit to
    /// someone and talks with them, on compatible days, are one event when both name the same two people.
    /// </summary>
    private static bool VisitAndItsTalks(EventDraft visit, EventDraft talks) =>
        visit.Mode == "visit" && talks.Mode == "bilateral"
        && visit.People.Count(p => talks.People.Any(q => q.Id == p.Id)) >= 2;

    /// <summary>
    /// "Merkel und Li sprachen auch über das Atomabkommen mit dem Iran": a sentence that goes on about an event, taking its
    /// date and at most its place, tells of that event when it names no other party, or names only people of that event.
    /// </summary>
    private static bool GoesOnAbout(EventDraft later, EventDraft earlier)
    {
        if (later.CarriedFrom != earlier || later.DateSource != DateSource.Carried || later.Distinct)
            return false;
        if (later.Place is null)
            return later.Parties.All(p => earlier.Parties.Any(q => q.Id == p.Id));
        // Its place taken from that event too, it tells of it when all its people are that event's ("Merkel und Li").
        return later.Place.Id == earlier.Place?.Id && later.PlaceSource == PlaceSource.Carried
            && later.People.Any() && later.People.All(p => earlier.People.Any(q => Surname(q) == Surname(p)));
    }

    /// <summary>Whether a place lies in a country that stands as the other place (a venue named only by its country).</summary>
    private static bool InCountry(Gazetteer.Place place, Gazetteer.Place country) =>
        country.GeonamesId == 0 && country.Id.Equals(country.CountryCode, StringComparison.OrdinalIgnoreCase)
        && place.CountryCode == country.CountryCode && place.Id != country.Id;

    private static bool DatesCompatible(Timex a, Timex b) =>
        a.Value == b.Value || a.Holds(b) || b.Holds(a);
}
