using System.Globalization;
using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Weekdays ("am Mittwoch", "kommenden Montag", "Mittwochabend"), weekends and clock times.</summary>
internal sealed class WeekdaysAndTimes(ResolutionContext context)
{
    public Timex? Weekday(Candidate c)
    {
        var profile = context.Profile;
        var isoDay = profile.Weekdays[Key(c.Group("weekday")!)];
        var (anchor, anchorName) = context.Anchors.For(c, context.Mode == TaggerMode.News ? AnchorKind.Deictic : AnchorKind.YearLess);
        var daypart = context.DayPart(c);
        if (anchor is not { } a)
            return context.Make(c, "DATE", $"XXXX-WXX-{isoDay}", Granularity.Day, null, null, null, Direction.None, "no anchor");
        // "Donnerstag (21.6.)": the date in figures beside the weekday says which one it is.
        if (c.Group("rel") is null && c.Group("weekrel") is null && context.DateBesideWeekday(c.End, isoDay, a) is { } beside)
            return DayOrPart(c, beside, daypart, anchorName, beside < a ? Direction.Past : beside > a ? Direction.Future : Direction.Same, "the date in figures beside it");
        var rel = c.Group("rel") is { } r ? profile.Relative[Key(r)] : (int?)null;
        var delta = isoDay - Calendar.IsoDay(a);
        int shift;
        Direction direction;
        string why;
        // "am Donnerstag und Freitag", "on Monday and Tuesday": the second day is the first such day after the first.
        if (c.Group("rel") is null && c.Group("weekrel") is null && JoinedToWeekday(c) && context.Anchors.LastDay is { } first
            && context.Anchors.LastDaySentence == context.SentenceIndex(c.Match.Index))
        {
            var gap = (isoDay - Calendar.IsoDay(first) + 7) % 7;
            if (Calendar.AddDays(first, gap == 0 ? 7 : gap) is { } next)
            {
                var towards = next < a ? Direction.Past : next > a ? Direction.Future : Direction.Same;
                return DayOrPart(c, next, daypart, ResolutionContext.Named(first, "the weekday before it"), towards, "the day after the weekday it is joined to");
            }
        }
        if (c.Group("weekrel") is { } weekWord)
        {
            // "Donnerstag vergangener Woche": the weekday of the week before, of or after the anchor's.
            var weeks = profile.Relative[Key(weekWord)];
            if (Calendar.AddDays(Calendar.WeekStart(a), 7 * weeks + isoDay - 1) is not { } inWeek)
                return null;
            direction = inWeek < a ? Direction.Past : inWeek > a ? Direction.Future : Direction.Same;
            return DayOrPart(c, inWeek, daypart, anchorName, direction, $"'{weekWord}' names the week");
        }
        switch (rel)
        {
            case -1:
                shift = delta < 0 ? delta : delta - 7;
                (direction, why) = (Direction.Past, $"'{c.Group("rel")}': the last one before the anchor");
                break;
            case 1:
                shift = delta > 0 ? delta : delta + 7;
                (direction, why) = (Direction.Future, $"'{c.Group("rel")}': the next one after the anchor");
                break;
            case 0:
                shift = delta;
                (direction, why) = (delta < 0 ? Direction.Past : delta > 0 ? Direction.Future : Direction.Same, $"'{c.Group("rel")}': in the anchor's week");
                break;
            default:
                var (tenseDirection, cue) = context.DirectionFor(c);
                if (delta == 0)
                {
                    // The document's own weekday is its own day; a future-tense clause still says it is yet to come.
                    shift = 0;
                    (direction, why) = tenseDirection == Direction.Future
                        ? (Direction.Future, $"the anchor's own weekday, {cue}")
                        : (Direction.Same, "the anchor's own weekday");
                }
                else if (tenseDirection == Direction.Future)
                {
                    shift = delta > 0 ? delta : delta + 7;
                    (direction, why) = (Direction.Future, cue);
                }
                else if (tenseDirection == Direction.Past)
                {
                    shift = delta < 0 ? delta : delta - 7;
                    (direction, why) = (Direction.Past, cue);
                }
                else if (StoryAhead(c, a) is { } ahead)
                {
                    // "reist am Freitag nach Ljubljana. Samstag und Sonntag führt sie Gespräche in Tiflis": with no tense of its
                    // own, a weekday right after a story told ahead of the anchor goes on from its last day.
                    var gap = (isoDay - Calendar.IsoDay(ahead) + 7) % 7;
                    shift = ahead.DayNumber - a.DayNumber + gap;
                    (direction, why) = (Direction.Future, $"{cue}: the first one from {Calendar.Day(ahead)}, the day the story has reached");
                }
                else
                {
                    // No tense to go by: the nearest such day, the past one on a tie (news reports what happened).
                    var back = delta < 0 ? delta : delta - 7;
                    var forward = delta > 0 ? delta : delta + 7;
                    shift = -back <= forward ? back : forward;
                    (direction, why) = (-back <= forward ? Direction.Past : Direction.Future, $"{cue}: the nearest one");
                }
                break;
        }
        if (Calendar.AddDays(a, shift) is not { } date)
            return null;
        if (context.DayPart(c, "night") is { } nightCode)
        {
            // "die Nacht zum Freitag" is Thursday's night.
            if (Calendar.AddDays(date, -1) is not { } before)
                return null;
            return context.Make(c, "TIME", $"{Calendar.Day(before)}T{nightCode}", Granularity.Time, before, before, anchorName, direction, $"{why}; the night before it");
        }
        return DayOrPart(c, date, daypart, anchorName, direction, why);
    }

    /// <summary>
    /// In news, the last day named in this sentence or the two before, when it lies within the week after the anchor:
    /// the story is telling what is to come.
    /// </summary>
    private DateOnly? StoryAhead(Candidate c, DateOnly anchor) =>
        context.Mode == TaggerMode.News && context.Anchors.LastDay is { } last && last > anchor && last.DayNumber - anchor.DayNumber <= 7
        && context.SentenceIndex(c.Match.Index) - context.Anchors.LastDaySentence is >= 0 and <= 2 ? last : null;

    /// <summary>Whether a weekday and a word that joins two days ("und", "and", "bis", "to", a dash) stand right before the candidate.</summary>
    private bool JoinedToWeekday(Candidate c)
    {
        var text = context.Document.Text;
        var i = c.Match.Index - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        var joinerEnd = i + 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '-' or '–'))
            i--;
        var joiner = text[(i + 1)..joinerEnd];
        if (!context.Profile.WeekdayJoiners.Contains(joiner))
            return false;
        while (i >= 0 && text[i] is ' ' or ',')
            i--;
        var wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
            i--;
        return wordEnd > i + 1 && context.Profile.Weekdays.ContainsKey(Key(text[(i + 1)..wordEnd]));
    }

    /// <summary>A day, or a part of it ("Mittwochabend").</summary>
    private Timex DayOrPart(Candidate c, DateOnly date, string? daypart, string anchorName, Direction direction, string why) => daypart is not null
        ? context.Make(c, "TIME", $"{Calendar.Day(date)}T{daypart}", Granularity.Time, date, date, anchorName, direction, why)
        : context.Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, direction, why);

    /// <summary>"am Wochenende", "over the weekend": the weekend before the anchor in a past clause, the next one in a future clause.</summary>
    public Timex? Weekend(Candidate c)
    {
        var (anchor, anchorName) = context.Anchors.For(c, context.Mode == TaggerMode.News ? AnchorKind.Deictic : AnchorKind.YearLess);
        if (anchor is not { } a)
            return context.Make(c, "DATE", "XXXX-WXX-WE", Granularity.Week, null, null, null, Direction.None, "no anchor");
        var weekStart = Calendar.WeekStart(a);
        var onWeekend = Calendar.IsoDay(a) >= 6;
        var (direction, cue) = context.DirectionFor(c);
        // On a weekend day the weekend is that one; otherwise the past one in a past clause, else the coming one.
        var start = onWeekend || direction != Direction.Past ? weekStart : Calendar.AddDays(weekStart, -7);
        if (start is null || Calendar.AddDays(start.Value, 6) is not { } sunday)
            return null;
        var chosen = onWeekend ? Direction.Same : direction == Direction.Past ? Direction.Past : Direction.Future;
        return context.Make(c, "DATE", Calendar.Week(start.Value) + "-WE", Granularity.Week, sunday.AddDays(-1), sunday, anchorName, chosen,
            onWeekend ? "the anchor's own weekend" : cue);
    }

    /// <summary>
    /// In news, whether a clock time takes its day from the expression right after it ("at 6 a.m. on Sunday", "um 10
    /// Uhr am Dienstag"): the sentence named no day before it, and the next expression names a day a few words on.
    /// </summary>
    public bool TakesDayAfter(Candidate time, Candidate next)
    {
        if (context.Mode != TaggerMode.News || time.Rule.Kind != "time" || next.Rule.Kind is not ("weekday" or "date" or "relword"))
            return false;
        var sentence = context.SentenceIndex(time.Start);
        return sentence >= 0 && sentence == context.SentenceIndex(next.Start) && context.Anchors.LastDaySentence != sentence && next.Start - time.End <= 20;
    }

    /// <summary>
    /// A clock time on the day the sentence (or the one before) named before it, else on the anchor's day: "um 15 Uhr", "elf Uhr", "halb
    /// sieben" (half an hour before seven), "Viertel vor neun", "half past eight", "a quarter to nine", "noon".
    /// </summary>
    public Timex? Time(Candidate c)
    {
        var hour = c.Group("noon") is not null ? 12 : context.Amount(c.Group("hour"));
        var minute = (c.Group("minute") ?? c.Group("minute2")) is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : 0;
        if (hour is not { } h || h > 24)
            return null;
        if (c.Group("halfbefore") is not null)
            (h, minute) = (h - 1, 30);
        else if (c.Group("halfpast") is not null)
            minute = 30;
        else if (c.Group("quarterpast") is not null)
            minute = 15;
        else if (c.Group("quarterto") is not null)
            (h, minute) = (h - 1, 45);
        h = Hour((h + 24) % 24, c.Group("ampm"));
        var (anchor, anchorName) = context.Anchors.For(c, context.Mode == TaggerMode.Narrative ? AnchorKind.Anaphoric : AnchorKind.Deictic);
        // "am Dienstag um 10 Uhr", "on 20 January at 9.30": a day named earlier in the sentence is the clock time's day; so is
        // one named in the sentence before ("Die Gesandte besucht am Montag das Rathaus. Die Bürgermeisterin begrüßt sie um
        // 11 Uhr").
        var back = context.SentenceIndex(c.Start) - context.Anchors.LastDaySentence;
        if (context.Mode == TaggerMode.News && context.Anchors.LastDay is { } named && context.Anchors.LastDaySentence >= 0 && back is 0 or 1)
            (anchor, anchorName) = (named, Named(named, back == 0 ? "day named in the sentence" : "day named in the sentence before"));
        var day = anchor is { } a ? Calendar.Day(a) : "XXXX-XX-XX";
        return context.Make(c, "TIME", $"{day}T{h:00}:{minute:00}{context.Zone(c)}", Granularity.Time, anchor, anchor, anchorName, Direction.Same, "a clock time on the anchor's day");
    }

    /// <summary>The hour of the day of a clock hour, with "a.m." or "p.m." if written: 12 p.m. is noon, 12 a.m. midnight.</summary>
    public static int Hour(int hour, string? ampm) =>
        ampm is null ? hour : hour % 12 + (ampm.StartsWith('p') || ampm.StartsWith('P') ? 12 : 0);
}
