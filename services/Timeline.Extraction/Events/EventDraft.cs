using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Events;

/// <summary>How an event's date was found.</summary>
public enum DateSource
{
    /// <summary>A date in the event's own sentence.</summary>
    Sentence,
    /// <summary>The date of an event reported just before, which this sentence goes on about.</summary>
    Carried,
    /// <summary>A line that is only a date, heading the lines of a programme or an item of a page the event stands in.</summary>
    DateLine,
    /// <summary>The date of the event the article's headline names, or the first event the article reports.</summary>
    Headline,
    /// <summary>The day the story has reached: the last day named just before a sentence that tells what came after ("Nach dem Besuch ...").</summary>
    StoryDay,
    /// <summary>The publication date: the lead reports the event without naming a day.</summary>
    Publication,
}

/// <summary>Where an event's place was found; the reason in words goes to the explanation.</summary>
public enum PlaceSource
{
    /// <summary>No place yet.</summary>
    None,
    /// <summary>A place or a country named for the event in its sentence.</summary>
    Named,
    /// <summary>The usual seat of the body that meets.</summary>
    Seat,
    /// <summary>The place of the event of the same sentence it is part of.</summary>
    Occasion,
    /// <summary>Where the sentence after it says its people were.</summary>
    Presence,
    /// <summary>The place of the event a dateless sentence goes on about.</summary>
    Carried,
    /// <summary>"there": the place told just before.</summary>
    There,
    /// <summary>The city of a visit within whose days the event falls.</summary>
    Trip,
    /// <summary>A place named for the same meeting just before, or the place of the same kind of meeting told earlier.</summary>
    Earlier,
    /// <summary>The capital of the country whose office holder receives the guest.</summary>
    Host,
    /// <summary>The dateline's city, for what happens around the publication date.</summary>
    Dateline,
    /// <summary>The only city the article names as a venue.</summary>
    OnlyVenue,
}

/// <summary>
/// An event being assembled from one sentence: its event words and named body, then the date, place, participants,
/// mode and status that the decisions in <c>Decisions/</c> give it, each with a reason in the explanation.
/// </summary>
public sealed class EventDraft
{
    private readonly List<string> explanation = [];
    private readonly List<EventParticipant> participants = [];

    public EventDraft(SentenceReading sentence, IReadOnlyList<Trigger> triggers, BodyMention? body)
    {
        Sentence = sentence;
        Triggers = [.. triggers];
        Body = body;
        Type = triggers.Count > 0 ? triggers[0].Type : "CONSULT";
    }

    public SentenceReading Sentence { get; }
    public List<Trigger> Triggers { get; }
    public BodyMention? Body { get; set; }
    public string Type { get; }
    public string? Mode { get; set; }

    /// <summary>Whether the words, a body or the parties set the mode; a bilateral meeting by default has not.</summary>
    public bool ModeStated { get; set; }
    public string Status { get; set; } = "occurred";
    public Timex? Date { get; set; }
    public Timex? EndDate { get; set; }
    public DateSource DateSource { get; set; }
    public EventDraft? CarriedFrom { get; set; }

    /// <summary>The event of the same sentence this one is part of ("agreed during my visit", "met ... and agreed"): it shares its day and place.</summary>
    public EventDraft? Occasion { get; set; }

    /// <summary>Introduced as the occasion other events of its sentence happen at ("on the margins of the G20 summit").</summary>
    public bool IsOccasion { get; set; }
    public Place? Place { get; set; }
    public PlaceSource PlaceSource { get; set; }
    public Direction Tense { get; set; }

    /// <summary>Said to be another event than those of its kind around it: "a separate discussion", "will also chair a meeting".</summary>
    public bool Distinct { get; set; }

    /// <summary>Other events read from the same sentence: a place or a name nearer to one of them belongs to that one.</summary>
    public IReadOnlyList<EventDraft> Siblings { get; set; } = [];
    public IReadOnlyList<EventParticipant> Participants => participants;
    public IReadOnlyList<string> Explanation => explanation;

    /// <summary>Where the event's words stand: the anchors its date and place are measured from.</summary>
    public IEnumerable<(int Start, int End)> Anchors =>
        Triggers.Select(t => (t.Start, t.End)).Concat(Body is { } b ? [(b.Start, b.End)] : []);

    public int AnchorStart => Anchors.Min(a => a.Start);
    public int AnchorEnd => Anchors.Max(a => a.End);

    public void Explain(string reason) => explanation.Add(reason);

    public IEnumerable<EventParticipant> Parties => participants.Where(p => p.Kind != ActorKind.Person);
    public IEnumerable<EventParticipant> People => participants.Where(p => p.Kind == ActorKind.Person);

    public void Add(EventParticipant participant)
    {
        if (!participants.Any(p => p.Id == participant.Id))
            participants.Add(participant);
    }

    public void Remove(string id) => participants.RemoveAll(p => p.Id == id);

    /// <summary>Another draft of the same words, with this one's date, place, participants and reasons so far.</summary>
    public EventDraft Copy()
    {
        var copy = new EventDraft(Sentence, Triggers, Body)
        {
            Mode = Mode, Status = Status, Date = Date, EndDate = EndDate, DateSource = DateSource, CarriedFrom = CarriedFrom,
            Occasion = Occasion, IsOccasion = IsOccasion, Place = Place, PlaceSource = PlaceSource, Tense = Tense, Distinct = Distinct,
            Siblings = Siblings,
        };
        copy.explanation.AddRange(explanation);
        copy.participants.AddRange(participants);
        return copy;
    }

    public string Evidence(string text) => text[Sentence.Start..Sentence.End];
}
