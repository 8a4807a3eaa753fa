using System.Globalization;
using Timeline.Extraction.Dates.Anchoring;
using Timeline.Extraction.Dates.Finding;
using static Timeline.Extraction.Dates.Resolution.ResolutionContext;

namespace Timeline.Extraction.Dates.Resolution;

/// <summary>Weekdays ("am Mittwoch", "kommenden Montag", "Mittwochabend"), weekends and clock times.</summary>
internal sealed class WeekdaysAndTimes(ResolutionContext context)
{
    public Timex Weekday(Candidate c)
    {
        var profile = context.Profile;
        var isoDay = profile.Weekdays[Key(c.Group("weekday")!)];
        var (anchor, anchorName) = context.Anchors.For(c, context.Mode == TaggerMode.News ? AnchorKind.Deictic : AnchorKind.YearLess);
        var daypart = context.DayPart(c);
        if (anchor is not { } a)
            return context.Make(c, "DATE", $"XXXX-WXX-{isoDay}", Granularity.Day, null, null, null, Direction.None, "no anchor");
        var rel = c.Group("rel") is { } r ? profile.Relative[Key(r)] : (int?)null;
        var delta = isoDay - Calendar.IsoDay(a);
        DateOnly date;
        Direction direction;
        string why;
        if (c.Group("weekrel") is { } weekWord)
        {
            // "Donnerstag vergangener Woche": the weekday of the week before, of or after the anchor's.
            var weeks = profile.Relative[Key(weekWord)];
            date = Calendar.WeekStart(a).AddDays(7 * weeks + isoDay - 1);
            direction = date < a ? Direction.Past : date > a ? Direction.Future : Direction.Same;
            return DayOrPart(c, date, daypart, anchorName, direction, $"'{weekWord}' names the week");
        }
        switch (rel)
        {
            case -1:
                date = a.AddDays(delta < 0 ? delta : delta - 7);
                (direction, why) = (Direction.Past, $"'{c.Group("rel")}': the last one before the anchor");
                break;
            case 1:
                date = a.AddDays(delta > 0 ? delta : delta + 7);
                (direction, why) = (Direction.Future, $"'{c.Group("rel")}': the next one after the anchor");
                break;
            case 0:
                date = a.AddDays(delta);
                (direction, why) = (delta < 0 ? Direction.Past : delta > 0 ? Direction.Future : Direction.Same, $"'{c.Group("rel")}': in the anchor's week");
                break;
            default:
                var (tenseDirection, cue) = context.DirectionFor(c);
                if (delta == 0)
                {
                    // The document's own weekday is its own day; a future-tense clause still says it is yet to come.
                    date = a;
                    (direction, why) = tenseDirection == Direction.Future
                        ? (Direction.Future, $"the anchor's own weekday, {cue}")
                        : (Direction.Same, "the anchor's own weekday");
                }
                else if (tenseDirection == Direction.Future)
                {
                    date = a.AddDays(delta > 0 ? delta : delta + 7);
                    (direction, why) = (Direction.Future, cue);
                }
                else if (tenseDirection == Direction.Past)
                {
                    date = a.AddDays(delta < 0 ? delta : delta - 7);
                    (direction, why) = (Direction.Past, cue);
                }
                else
                {
                    // No tense to go by: the nearest such day, the past one on a tie (news reports what happened).
                    var back = delta < 0 ? delta : delta - 7;
                    var forward = delta > 0 ? delta : delta + 7;
                    date = a.AddDays(-back <= forward ? back : forward);
                    (direction, why) = (-back <= forward ? Direction.Past : Direction.Future, $"{cue}: the nearest one");
                }
                break;
        }
        if (context.DayPart(c, "night") is { } nightCode)
        {
            // "die Nacht zum Freitag" is Thursday's night.
            var before = date.AddDays(-1);
            return context.Make(c, "TIME", $"{Calendar.Day(before)}T{nightCode}", Granularity.Time, before, before, anchorName, direction, $"{why}; the night before it");
        }
        return DayOrPart(c, date, daypart, anchorName, direction, why);
    }

    /// <summary>A day, or a part of it ("Mittwochabend").</summary>
    private Timex DayOrPart(Candidate c, DateOnly date, string? daypart, string anchorName, Direction direction, string why) => daypart is not null
        ? context.Make(c, "TIME", $"{Calendar.Day(date)}T{daypart}", Granularity.Time, date, date, anchorName, direction, why)
        : context.Make(c, "DATE", Calendar.Day(date), Granularity.Day, date, date, anchorName, direction, why);

    /// <summary>"am Wochenende", "over the weekend": the weekend before the anchor in a past clause, the next one in a future clause.</summary>
    public Timex Weekend(Candidate c)
    {
        var (anchor, anchorName) = context.Anchors.For(c, context.Mode == TaggerMode.News ? AnchorKind.Deictic : AnchorKind.YearLess);
        if (anchor is not { } a)
            return context.Make(c, "DATE", "XXXX-WXX-WE", Granularity.Week, null, null, null, Direction.None, "no anchor");
        var weekStart = Calendar.WeekStart(a);
        var onWeekend = Calendar.IsoDay(a) >= 6;
        var (direction, cue) = context.DirectionFor(c);
        // On a weekend day the weekend is that one; otherwise the past one in a past clause, else the coming one.
        var start = onWeekend || direction != Direction.Past ? weekStart : weekStart.AddDays(-7);
        var chosen = onWeekend ? Direction.Same : direction == Direction.Past ? Direction.Past : Direction.Future;
        return context.Make(c, "DATE", Calendar.Week(start) + "-WE", Granularity.Week, start.AddDays(5), start.AddDays(6), anchorName, chosen,
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

    public Timex Time(Candidate c)
    {
        var hour = int.Parse(c.Group("hour")!, CultureInfo.InvariantCulture);
        var minute = (c.Group("minute") ?? c.Group("minute2")) is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : 0;
        if (c.Group("ampm") is { } ampm)
        {
            var pm = ampm.StartsWith('p') || ampm.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        var (anchor, anchorName) = context.Anchors.For(c, context.Mode == TaggerMode.Narrative ? AnchorKind.Anaphoric : AnchorKind.Deictic);
        // "am Dienstag um 10 Uhr", "on 20 January at 9.30": a day named earlier in the sentence is the clock time's day.
        if (context.Mode == TaggerMode.News && context.Anchors.LastDay is { } named && context.Anchors.LastDaySentence >= 0
            && context.Anchors.LastDaySentence == context.SentenceIndex(c.Start))
            (anchor, anchorName) = (named, Named(named, "day named in the sentence"));
        var day = anchor is { } a ? Calendar.Day(a) : "XXXX-XX-XX";
        return context.Make(c, "TIME", $"{day}T{hour:00}:{minute:00}{context.Zone(c)}", Granularity.Time, anchor, anchor, anchorName, Direction.Same, "a clock time on the anchor's day");
    }
}
