using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Gazetteer;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Reading;

/// <summary>Someone named in a sentence by an office, a name, or both: "Turkish Foreign Minister Mevlut Cavusoglu", "the President of Russia".</summary>
/// <param name="Start">Where the office or name begins in the text.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Name">The person's name as written, or null where only the office is named.</param>
/// <param name="Title">The office as written, or null where only a known name is.</param>
/// <param name="Affiliation">The id of the country or organisation the person acts for, when the text or the people table says.</param>
/// <param name="Known">The person in the people table, if any.</param>
public sealed record PersonMention(int Start, int End, string? Name, string? Title, string? Affiliation, Actor? Known);

/// <summary>
/// One sentence with everything the event decisions read: its tokens, event words, named bodies, places and actors,
/// people, and the dates the tagger found in it. Made once per sentence and shared by every decision.
/// </summary>
public sealed class SentenceReading
{
    public required int Index { get; init; }
    public required Sentence Sentence { get; init; }
    public required int Paragraph { get; init; }
    public required bool IsHeading { get; init; }

    /// <summary>A heading or one-line paragraph before the article's lead: its title.</summary>
    public bool IsTitle { get; set; }

    /// <summary>In the article's lead: its first paragraph of running text.</summary>
    public bool IsLead { get; set; }

    /// <summary>An item of a list ("·", "•", "-"): a fact of its own, which goes on about nothing before it.</summary>
    public required bool IsListItem { get; init; }
    public required IReadOnlyList<Token> Tokens { get; init; }
    public required IReadOnlyList<Trigger> Triggers { get; init; }
    public required IReadOnlyList<BodyMention> Bodies { get; init; }
    public required IReadOnlyList<NameMention> Names { get; set; }
    public required IReadOnlyList<PersonMention> People { get; set; }

    /// <summary>Dates that can date an event: resolved, a day or coarser, not the start or end of a span ("since 2019").</summary>
    public required IReadOnlyList<Timex> Dates { get; init; }

    public int Start => Sentence.Start;
    public int End => Sentence.End;

    /// <summary>The index of the token at or after an offset.</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > offset)
                return i;
        }
        return Tokens.Count;
    }

    /// <summary>The comma-delimited segment of the sentence holding an offset, or -1.</summary>
    public int SegmentOf(int offset)
    {
        var clauses = Sentence.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (offset >= clauses[i].Start && offset < clauses[i].End)
                return i;
        }
        return -1;
    }

    public bool SameSegment(int a, int b) => SegmentOf(a) is var s and >= 0 && s == SegmentOf(b);

    /// <summary>Whether one of <paramref name="prepositions"/> stands right before a span, an article allowed between ("in the Gulf", "über den Iran").</summary>
    public bool IsPrepositioned(int start, WordSet prepositions)
    {
        var i = TokenAt(start) - 1;
        while (i >= 0 && Tokens[i].Text is "the" or "den" or "dem" or "der" or "die" or "das")
            i--;
        return i >= 0 && prepositions.Contains(Tokens[i].Text);
    }

    /// <summary>The index of the first token of the comma segment holding an offset.</summary>
    public int SegmentStartToken(int offset)
    {
        var segment = SegmentOf(offset);
        var i = TokenAt(offset);
        while (i > 0 && SegmentOf(Tokens[i - 1].Start) == segment)
            i--;
        return i;
    }

    /// <summary>The index just past the last token of the comma segment holding an offset.</summary>
    public int SegmentEndToken(int offset)
    {
        var segment = SegmentOf(offset);
        var i = TokenAt(offset);
        while (i < Tokens.Count && SegmentOf(Tokens[i].Start) == segment)
            i++;
        return i;
    }
}
