using System.Globalization;
using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Phenomena of newspaper prose, one table per phenomenon and language: a document date, a sentence, the expression
/// and the value a reader gives it. The sentences are written for these tables.
/// </summary>
public sealed class NewspaperProseTests
{
    public static TheoryData<string, string, string, string, string> DecadesCenturiesMillennia => new()
    {
        { "de", "2022-01-12", "In den dreißiger Jahren wuchs die Stadt rasch.", "dreißiger Jahren", "193" },
        { "de", "2022-01-12", "Ende der achtziger Jahre zerfiel das Bündnis.", "Ende der achtziger Jahre", "198" },
        { "de", "2022-01-12", "Die 1920er Jahre gelten als wild.", "1920er Jahre", "192" },
        { "de", "2022-01-12", "Anfang der Achtziger kam die Wende in der Politik.", "Anfang der Achtziger", "198" },
        { "de", "2022-01-12", "Die Siedlung wurde in den Sechzigern gebaut.", "Sechzigern", "196" },
        { "de", "2022-01-12", "Das Gebäude stammt vom Anfang des vorigen Jahrhunderts.", "Anfang des vorigen Jahrhunderts", "19" },
        { "de", "2022-01-12", "Es ist die schwerste Krise dieses Jahrhunderts.", "dieses Jahrhunderts", "20" },
        { "de", "2022-01-12", "Zu Beginn des dritten Jahrtausends änderte sich vieles.", "dritten Jahrtausends", "2" },
        { "en", "2022-01-12", "The alliance grew in the 1940s.", "the 1940s", "194" },
        { "en", "2022-01-12", "Prices rose sharply in the late sixties.", "the late sixties", "196" },
        { "en", "2022-01-12", "In the nineties the region was calm.", "the nineties", "199" },
        { "en", "2022-01-12", "The treaty dates from the early 1970s.", "the early 1970s", "197" },
        { "en", "2022-01-12", "It was the worst war of the last century.", "the last century", "19" },
        { "en", "2022-01-12", "The great task of this century is the climate.", "this century", "20" },
        { "en", "2022-01-12", "The third millennium began with hope.", "The third millennium", "2" },
        { "en", "2022-01-12", "No country has faced such sanctions in the 21st century.", "the 21st century", "20" },
    };

    public static TheoryData<string, string, string, string, string> Lengths => new()
    {
        { "de", "2022-01-12", "Die Verhandlungen dauerten fünf Jahre und sieben Monate.", "fünf Jahre und sieben Monate", "P5Y7M" },
        { "de", "2022-01-12", "Mit vier Jahren und drei Monaten war es die längste Amtszeit.", "vier Jahren und drei Monaten", "P4Y3M" },
        { "de", "2022-01-12", "Die Sitzung wurde für eine halbe Stunde unterbrochen.", "eine halbe Stunde", "PT30M" },
        { "de", "2022-01-12", "Das Verfahren dauerte ein halbes Jahr.", "ein halbes Jahr", "P6M" },
        { "de", "2022-01-12", "Der Umbau dauerte ein gutes Jahr.", "ein gutes Jahr", "P1Y" },
        { "de", "2022-01-12", "Er regierte zwölf lange Jahre.", "zwölf lange Jahre", "P12Y" },
        { "de", "2022-01-12", "All die Jahrzehnte blieb die Grenze geschlossen.", "All die Jahrzehnte", "PXDE" },
        { "de", "2022-01-12", "Die Gespräche zogen sich über anderthalb Jahre hin.", "anderthalb Jahre", "P1.5Y" },
        { "en", "2022-01-12", "The talks lasted a year and a half.", "a year and a half", "P1.5Y" },
        { "en", "2022-01-12", "Over the last year and a half, prices doubled.", "the last year and a half", "P1.5Y" },
        { "en", "2022-01-12", "The meeting was suspended for half an hour.", "half an hour", "PT30M" },
        { "en", "2022-01-12", "The programme ran for six months and two weeks.", "six months and two weeks", "P6M14D" },
        { "en", "2022-01-12", "He spent two long years in exile.", "two long years", "P2Y" },
        { "en", "2022-01-12", "Prices will be frozen for the next two years.", "the next two years", "P2Y" },
    };

    public static TheoryData<string, string, string, string, string> ClockTimes => new()
    {
        { "de", "2022-01-12", "Die Sitzung begann um 18.45 Uhr.", "18.45 Uhr", "2022-01-12T18:45" },
        { "de", "2022-01-12", "Die Sitzung beginnt um halb sieben.", "halb sieben", "2022-01-12T06:30" },
        { "de", "2022-01-12", "Am Dienstag um elf Uhr trafen sich die Minister.", "elf Uhr", "2022-01-11T11:00" },
        { "de", "2022-01-12", "Der Zug fuhr um Viertel nach acht ab.", "Viertel nach acht", "2022-01-12T08:15" },
        { "de", "2022-01-12", "Um Viertel vor neun war alles vorbei.", "Viertel vor neun", "2022-01-12T08:45" },
        { "de", "2022-01-12", "Gegen Mittag trafen die Gäste ein.", "Gegen Mittag", "2022-01-12TMI" },
        { "de", "2022-01-12", "Am Dienstagabend sprach der Kanzler im Fernsehen.", "Dienstagabend", "2022-01-11TEV" },
        { "de", "2022-01-12", "Am Montag reiste er in der Früh nach Wien.", "Früh", "2022-01-10TMO" },
        { "en", "2022-01-12", "The talks resumed at half past eight.", "half past eight", "2022-01-12T08:30" },
        { "en", "2022-01-12", "The vote is due at a quarter to nine on Thursday.", "a quarter to nine", "2022-01-13T08:45" },
        { "en", "2022-01-12", "The leaders met at noon on Monday.", "noon", "2022-01-10T12:00" },
        { "en", "2022-01-12", "The ceremony began at eleven o'clock.", "eleven o'clock", "2022-01-12T11:00" },
        { "en", "2022-01-12", "The delegation arrived at 6.30 pm yesterday.", "6.30 pm", "2022-01-11T18:30" },
        // A day named in the sentence before is the clock time's day too; two sentences back it no longer is.
        { "de", "2022-01-12", "Der Gesandte kommt am morgigen Donnerstag ins Rathaus. Die Bürgermeisterin wird ihn um 12 Uhr empfangen.", "12 Uhr", "2022-01-13T12:00" },
        { "en", "2022-01-12", "The envoy calls at City Hall on Friday. The mayor will receive him at 11 a.m.", "11 a.m.", "2022-01-14T11:00" },
        { "de", "2022-01-12", "Der Gesandte kam am Montag. Es regnete. Die Sitzung beginnt um 14 Uhr.", "14 Uhr", "2022-01-12T14:00" },
        // A modal verb in the past puts its day behind, whatever an attribute in the clause plans.
        { "de", "2018-01-16", "Bereits am Freitag musste die für Samstag geplante Sitzung abgesagt werden.", "Freitag", "2018-01-12" },
        { "de", "2018-01-16", "Am Freitag konnte die Delegation nicht reisen.", "Freitag", "2018-01-12" },
        // The unreal past of a plan called off: its day is the nearest one, or behind after "bereits".
        { "de", "2021-07-10", "Ein Treffen, das am Montagabend hätte stattfinden sollen, wurde abgesagt.", "Montagabend", "2021-07-12TEV" },
        { "de", "2021-07-10", "Ein Treffen, das bereits am Montagabend hätte stattfinden sollen, wurde abgesagt.", "Montagabend", "2021-07-05TEV" },
    };

    public static TheoryData<string, string, string, string, string> Holidays => new()
    {
        { "de", "2022-01-12", "Zu Ostern will die Regierung entscheiden.", "Ostern", "2022-04-17" },
        { "de", "2022-04-20", "Am Karfreitag blieben die Geschäfte geschlossen.", "Karfreitag", "2022-04-15" },
        { "de", "2022-01-12", "An Pfingsten soll der Parteitag stattfinden.", "Pfingsten", "2022-06-05" },
        { "de", "2022-01-12", "An Christi Himmelfahrt wird nicht gearbeitet.", "Christi Himmelfahrt", "2022-05-26" },
        { "de", "2022-04-20", "Am Gründonnerstag tagte der Ausschuss.", "Gründonnerstag", "2022-04-14" },
        { "de", "2022-01-12", "Fronleichnam ist in Bayern ein Feiertag.", "Fronleichnam", "2022-06-16" },
        { "de", "2022-01-12", "An Heiligabend kam die Familie zusammen.", "Heiligabend", "2021-12-24" },
        { "de", "2022-01-12", "Über Weihnachten wird das Amt geschlossen.", "Weihnachten", "2022-12-25" },
        { "de", "2022-01-12", "An Silvester wurde in Berlin gefeiert.", "Silvester", "2021-12-31" },
        { "de", "2022-10-05", "Am Tag der Deutschen Einheit sprach der Präsident.", "Tag der Deutschen Einheit", "2022-10-03" },
        { "en", "2021-11-30", "The president pardoned a turkey before Thanksgiving.", "Thanksgiving", "2021-11-25" },
        { "en", "2022-01-12", "The talks will resume after Easter.", "Easter", "2022-04-17" },
        { "en", "2022-04-20", "Markets were closed on Good Friday.", "Good Friday", "2022-04-15" },
        { "en", "2022-01-12", "The ceasefire held over Christmas.", "Christmas", "2021-12-25" },
    };

    public static TheoryData<string, string, string, string, string> YearPairsAndSeasons => new()
    {
        { "de", "2022-01-12", "Im Winter 2009/10 fror die Ostsee zu.", "Winter 2009", "2009-WI" },
        { "de", "2022-01-12", "Im Winter 2009/10 fror die Ostsee zu.", "10", "2010" },
        { "de", "2022-01-12", "Die Krise von 1938/39 veränderte Europa.", "1938", "1938" },
        { "de", "2022-01-12", "Die Krise von 1938/39 veränderte Europa.", "39", "1939" },
        { "de", "2022-01-12", "In der Saison 2001/02 stieg der Verein ab.", "02", "2002" },
        { "en", "2022-01-12", "The club was relegated in the 2001/02 season.", "2001", "2001" },
        { "en", "2022-01-12", "The club was relegated in the 2001/02 season.", "02", "2002" },
    };

    public static TheoryData<string, string, string, string, string> Sets => new()
    {
        { "de", "2022-01-12", "Die Kommission tagt alljährlich in Straßburg.", "alljährlich", "P1Y" },
        { "de", "2022-01-12", "Morgens fahren die Busse seltener.", "Morgens", "XXXX-XX-XXTMO" },
        { "de", "2022-01-12", "Nachts bleibt die Grenze geschlossen.", "Nachts", "XXXX-XX-XXTNI" },
        { "de", "2022-01-12", "Der Rat trifft sich einmal im Monat.", "einmal im Monat", "P1M" },
        { "de", "2022-01-12", "Die Wahlen finden alle vier Jahre statt.", "alle vier Jahre", "P4Y" },
        { "en", "2022-01-12", "The annual summit takes place in Brussels.", "annual", "P1Y" },
        { "en", "2022-01-12", "The committee meets every other week.", "every other week", "P2W" },
        { "en", "2022-01-12", "The board meets twice a year.", "twice a year", "P1Y" },
    };

    public static TheoryData<string, string, string, string, string> GenericToday => new()
    {
        { "de", "2022-01-12", "Die Welt von heute ist eine andere.", "heute", "PRESENT_REF" },
        { "de", "2022-01-12", "Die Beziehungen sind heute enger als je zuvor.", "heute", "PRESENT_REF" },
        { "de", "2022-01-12", "Das heutige Europa steht vor neuen Aufgaben.", "heutige", "PRESENT_REF" },
        { "de", "2022-01-12", "Heute beraten die Minister in Brüssel.", "Heute", "2022-01-12" },
        { "de", "2022-01-12", "Das heutige Treffen dauerte drei Stunden.", "heutige", "2022-01-12" },
        { "en", "2022-01-12", "Today's Europe faces new threats.", "Today", "PRESENT_REF" },
        { "en", "2022-01-12", "Relations are better today than ever before.", "today", "PRESENT_REF" },
        { "en", "2022-01-12", "Today the ministers met in Geneva.", "Today", "2022-01-12" },
        { "en", "2022-01-12", "Today's meeting lasted two hours.", "Today", "2022-01-12" },
    };

    public static TheoryData<string, string, string, string, string> ReportedSpeech => new()
    {
        { "de", "2022-01-12", "„Wir haben gestern bis spät verhandelt“, sagte der Minister am Montag.", "gestern", "2022-01-09" },
        { "de", "2022-01-12", "Der Kanzler sagte am Dienstag in Berlin, die Lage sei ernst. „Gestern haben wir lange beraten.“", "Gestern", "2022-01-10" },
        { "de", "2022-01-12", "„Heute ist ein guter Tag“, sagte der Minister.", "Heute", "2022-01-12" },
        { "en", "2022-01-12", "\"We met yesterday,\" the minister said on Monday.", "yesterday", "2022-01-09" },
        { "en", "2022-01-12", "\"Talks will resume tomorrow,\" she told reporters on Tuesday.", "tomorrow", "2022-01-12" },
        { "en", "2022-01-12", "\"We spoke today,\" the minister said.", "today", "2022-01-12" },
    };

    [Theory]
    [MemberData(nameof(DecadesCenturiesMillennia))]
    [MemberData(nameof(Lengths))]
    [MemberData(nameof(ClockTimes))]
    [MemberData(nameof(Holidays))]
    [MemberData(nameof(YearPairsAndSeasons))]
    [MemberData(nameof(Sets))]
    [MemberData(nameof(GenericToday))]
    [MemberData(nameof(ReportedSpeech))]
    public void Newspaper_prose_resolves_like_a_reader_would(string language, string dct, string sentence, string expression, string value) =>
        TaggerAssert.Value(language, dct, sentence, expression, value);

    public static TheoryData<string, string, string> NotTemporal => new()
    {
        { "de", "Der 62-Jährige trat am Montag zurück.", "62-Jährige" },
        { "de", "Ein zwölfjähriger Junge wurde leicht verletzt.", "zwölfjähriger" },
        { "de", "Ein 40jähriger Mann wurde festgenommen.", "40jähriger" },
        { "de", "Die 68er prägten eine ganze Generation.", "68er" },
        { "de", "Er starb im Alter von 83 Jahren.", "83 Jahren" },
        { "de", "Der Stern ist vier Lichtjahre entfernt.", "Lichtjahre" },
        { "de", "An dem Gespräch nimmt auch Staatssekretärin Dr. Hanna Winter teil.", "Winter" },
        { "de", "Der Bericht stammt von Ralf Herbst aus Jena.", "Herbst" },
        { "en", "A 16-year-old was arrested.", "16-year-old" },
        { "en", "The 45-year-old minister resigned.", "45-year-old" },
        { "en", "She is 62 years old.", "62 years" },
        { "en", "The star is four light-years away.", "four light-years" },
        { "en", "The ministers opened the Annual Bilateral Forum in Pretoria.", "Annual" },
        { "en", "Both leaders stood by the Belfast (Good Friday) Agreement.", "Good Friday" },
        { "en", "The Easter Rising is remembered in Dublin.", "Easter" },
    };

    [Theory]
    [MemberData(nameof(NotTemporal))]
    public void Ages_generations_counts_of_years_and_names_are_not_temporal(string language, string sentence, string words)
    {
        var result = TemporalTagger.Tag(sentence, language, new DateOnly(2022, 1, 12));
        var start = sentence.IndexOf(words, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Timexes, t => t.Start < start + words.Length && t.End > start);
    }

    [Theory]
    [InlineData("de", "Die zweijährige Amtszeit endet im März.", "zweijährige", "P2Y")]
    [InlineData("en", "The government presented a five-year plan.", "five-year", "P5Y")]
    public void Lengths_written_as_adjectives_stay_lengths(string language, string sentence, string expression, string value) =>
        TaggerAssert.Value(language, "2022-01-12", sentence, expression, value);
}

/// <summary>Checks that the tagger gives one expression its value.</summary>
internal static class TaggerAssert
{
    public static Timex Value(string language, string dct, string sentence, string expression, string value)
    {
        var result = TemporalTagger.Tag(sentence, language, DateOnly.Parse(dct, CultureInfo.InvariantCulture));
        var found = result.Timexes.Where(t => t.Text == expression).ToList();
        Assert.True(found.Count == 1, $"'{expression}' not tagged in '{sentence}'; tagged: {string.Join(", ", result.Timexes.Select(t => $"'{t.Text}'={t.Value}"))}");
        Assert.Equal(value, found[0].Value);
        Assert.Equal(expression, sentence[found[0].Start..found[0].End]);
        return found[0];
    }
}
