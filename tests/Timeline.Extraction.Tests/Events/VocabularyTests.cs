using Timeline.Extraction.Events.Vocabulary;
using Timeline.Extraction.Language;

namespace Timeline.Extraction.Tests.Events;

/// <summary>The event vocabulary's grammar: forms made from lemmas, frames, compounds, separable verbs and bodies.</summary>
public sealed class VocabularyTests
{
    [Theory]
    [InlineData("meet", "met", "meet|meets|meeting|met")]
    [InlineData("host", "", "host|hosts|hosted|hosting")]
    [InlineData("receive", "", "receive|receives|received|receiving")]
    [InlineData("travel", "travelled", "travel|travels|traveled|traveling|travelled")]
    [InlineData("hold talks", "held talks", "hold talks|holds talks|holding talks|held talks")]
    public void English_verbs_take_their_regular_forms_and_the_listed_ones(string lemma, string irregular, string expected)
    {
        var forms = WordForms.EnglishVerb(lemma, irregular.Length == 0 ? [] : irregular.Split(',')).Select(f => f.Text).ToHashSet();
        Assert.All(expected.Split('|'), form => Assert.Contains(form, forms));
    }

    [Theory]
    [InlineData("telefonieren", "", "telefonieren|telefoniert|telefonierte|telefonierten")]
    [InlineData("begegnen", "", "begegnen|begegnet|begegnete|begegneten")]
    [InlineData("reden", "", "reden|redet|redete|redeten|geredet")]
    [InlineData("besuchen", "", "besuchen|besucht|besuchte|besuchten")]
    [InlineData("tagen", "", "tagen|tagt|tagte|tagten|getagt")]
    [InlineData("treffen", "trifft,traf,trafen,getroffen", "treffen|trifft|traf|trafen|getroffen")]
    public void German_weak_verbs_are_made_from_their_stem_and_strong_ones_from_their_forms(string lemma, string irregular, string expected)
    {
        var forms = WordForms.GermanVerb(lemma, irregular.Length == 0 ? [] : irregular.Split(',')).Select(f => f.Text).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), forms);
    }

    [Fact]
    public void A_German_participle_the_language_data_marks_also_reads_as_an_adjective()
    {
        var forms = WordForms.GermanVerb("empfangen", ["empfängt", "empfing", "empfingen", "empfangen"], ["e", "en"]).Select(f => f.Text).ToHashSet();
        Assert.Contains("empfangene", forms);
        Assert.Contains("empfangenen", forms);
        Assert.DoesNotContain("getroffene", WordForms.GermanVerb("treffen", ["trifft", "traf", "trafen", "getroffen"]).Select(f => f.Text));
    }

    [Fact]
    public void A_separable_German_verb_counts_apart_only_with_its_prefix_later_in_the_clause()
    {
        var forms = WordForms.GermanVerb("zusammen|kommen", ["kommt", "kam", "kamen", "gekommen"]).ToList();
        Assert.Contains(new VerbForm("zusammengekommen", null), forms);
        Assert.Contains(new VerbForm("zusammenkam", null), forms);
        Assert.Contains(new VerbForm("kam", "zusammen"), forms);
        var lexicon = EventLexicon.For(LanguageProfile.For("de"));
        Assert.Contains(Words(lexicon, "Die Minister kamen am Montag in Prag zusammen."), w => w == "kamen");
        Assert.DoesNotContain(Words(lexicon, "Die Minister kamen am Montag in Prag vorbei."), w => w == "kamen");
    }

    [Theory]
    [InlineData("de", "Das Außenministertreffen begann.", "Außenministertreffen")]
    [InlineData("de", "Der EU-Japan-Gipfel begann.", "EU-Japan-Gipfel")]
    [InlineData("de", "Die Preise stiegen.", "")]
    [InlineData("de", "Die Pressekonferenz begann.", "Pressekonferenz")]
    [InlineData("en", "The EU-China summit opened.", "summit")]
    [InlineData("en", "Talks resumed.", "Talks")]
    public void Compound_endings_count_after_a_word_of_their_own(string language, string text, string expected)
    {
        var lexicon = EventLexicon.For(LanguageProfile.For(language));
        Assert.Equal(expected, string.Join(",", Words(lexicon, text)));
    }

    [Theory]
    [InlineData("The ministers are meeting in Oslo.", true)]
    [InlineData("The ministers are also meeting in Oslo.", true)]
    [InlineData("She spoke to reporters after meeting the Chancellor.", true)]
    [InlineData("Meeting in Oslo, the ministers agreed on a plan.", true)]
    [InlineData("The envoys, meeting in Oslo, agreed on a plan.", true)]
    [InlineData("He called the meeting useful.", false)]
    [InlineData("It had been a very useful meeting.", false)]
    public void An_ing_form_is_the_verb_only_where_English_makes_it_one(string text, bool verb)
    {
        var lexicon = EventLexicon.For(LanguageProfile.For("en"));
        var trigger = Assert.Single(lexicon.Find(Tokenizer.Tokens(text, 0, text.Length)), t => t.Word.Equals("meeting", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(verb, trigger.IsVerb);
    }

    [Fact]
    public void A_press_conference_is_a_statement_not_a_conference()
    {
        var lexicon = EventLexicon.For(LanguageProfile.For("de"));
        var trigger = Assert.Single(lexicon.Find(Tokenizer.Tokens("eine Pressekonferenz", 0, 20)));
        Assert.Equal("STATEMENT", trigger.Type);
    }

    [Theory]
    [InlineData("en", "spoke", Frame.With)]
    [InlineData("en", "hosted", Frame.Actor)]
    [InlineData("en", "agreed", Frame.To)]
    [InlineData("en", "memorandum", Frame.Signed)]
    [InlineData("de", "empfing", Frame.Actor)]
    [InlineData("de", "reiste", Frame.Place)]
    public void Words_carry_the_frames_their_clause_must_hold(string language, string word, Frame frame)
    {
        var lexicon = EventLexicon.For(LanguageProfile.For(language));
        var trigger = Assert.Single(lexicon.Find(Tokenizer.Tokens(word, 0, word.Length)));
        Assert.True(trigger.Frame.HasFlag(frame), $"{word}: {trigger.Frame}");
    }

    [Fact]
    public void Every_body_has_a_known_seat_and_known_participants()
    {
        var gazetteer = Extraction.Gazetteer.Gazetteer.Default;
        foreach (var body in BodyTable.Default.Bodies)
        {
            Assert.True(body.SeatId is null || gazetteer.PlaceById(body.SeatId) is not null, $"{body.Id}: seat {body.SeatId}");
            Assert.All(body.Elsewhere.Values, place => Assert.NotNull(gazetteer.PlaceById(place)));
            Assert.All(body.Participants, actor => Assert.True(gazetteer.ActorById(actor) is not null, $"{body.Id}: participant {actor}"));
            Assert.NotEmpty(body.Names);
        }
    }

    [Theory]
    [InlineData("foreign-affairs-council", 3, "brussels")]
    [InlineData("foreign-affairs-council", 4, "luxembourg")]
    [InlineData("foreign-affairs-council", 10, "luxembourg")]
    [InlineData("nato-summit", 7, null)]
    public void A_body_meets_at_its_seat_or_where_it_goes_that_month(string id, int month, string? place) =>
        Assert.Equal(place, BodyTable.Default.ById(id)!.SeatIn(month));

    private static List<string> Words(EventLexicon lexicon, string text) =>
        [.. lexicon.Find(Tokenizer.Tokens(text, 0, text.Length)).Select(t => t.Word)];
}
