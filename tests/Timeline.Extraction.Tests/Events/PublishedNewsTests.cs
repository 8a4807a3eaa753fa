using Timeline.Extraction.Events;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// How published reports word diplomatic events, one phenomenon per row, in the team's own sentences: the event words
/// of readouts and press releases, meetings named by their body, places beyond a list, the dates these texts write,
/// several events in one sentence, and what must not become an event. Each expected event reads
/// "TYPE date place status", with "-" for no place; a row lists every event it expects, and no other may appear.
/// </summary>
public sealed class PublishedNewsTests
{
    private static string Describe(DiplomaticEvent e) => $"{e.Type} {e.Date.Value} {e.Place?.Name ?? "-"} {e.Status}";

    public static TheoryData<string, string, string, string> Rows() => new()
    {
        // Event words of readouts.
        { "en", "2023-03-02", "President Biden spoke by phone today with Chancellor Scholz of Germany.", "CONSULT 2023-03-02 - occurred" },
        { "en", "2023-05-18", "Foreign Minister Wang Yi held talks with his Indonesian counterpart in Jakarta on Tuesday.", "CONSULT 2023-05-16 Jakarta occurred" },
        { "en", "2023-10-05", "The Prime Minister hosted the President of Kenya at Downing Street this afternoon.", "CONSULT 2023-10-05 London occurred" },
        { "en", "2022-06-08", "On Monday, King Abdullah received the visiting Italian Foreign Minister in Amman.", "CONSULT 2022-06-06 Amman occurred" },
        { "en", "2019-05-13", "Chancellor Merkel welcomed President Macron to Berlin on Friday for a working dinner.", "CONSULT 2019-05-10 Berlin occurred" },
        { "en", "2023-03-03", "Secretary Blinken met with his Japanese counterpart in New Delhi on Thursday.", "CONSULT 2023-03-02 New Delhi occurred" },
        { "en", "2023-02-28", "The talks between Serbia and Kosovo ended in Brussels on Monday without an agreement.", "CONSULT 2023-02-27 Brussels occurred" },
        { "en", "2022-07-20", "A new round of negotiations on grain exports opens in Istanbul on Monday.", "CONSULT 2022-07-25 Istanbul scheduled" },
        { "en", "2012-06-14", "The third U.S.-India Strategic Dialogue took place in Washington on 13 June 2012.", "CONSULT 2012-06-13 Washington occurred" },
        { "en", "2023-07-27", "The President met today with the Prime Minister of Italy.", "CONSULT 2023-07-27 - occurred" },
        { "de", "2023-03-03", "Bundeskanzler Scholz telefonierte am Mittwoch mit dem französischen Präsidenten.", "CONSULT 2023-03-01 - occurred" },
        { "de", "2023-03-03", "In einem Telefonat am Dienstag besprachen Baerbock und Blinken die Lage in der Ukraine.", "CONSULT 2023-02-28 - occurred" },
        { "de", "2023-03-03", "Bundespräsident Steinmeier empfing am Montag den polnischen Präsidenten im Schloss Bellevue.", "CONSULT 2023-02-27 Berlin occurred" },
        { "de", "2023-03-03", "Die Außenministerin kam am Donnerstag in Brüssel mit ihren Amtskollegen zusammen.", "CONSULT 2023-03-02 Brussels occurred" },
        { "de", "2023-03-03", "Die EU-Außenminister berieten am Montag in Luxemburg über die Lage in Georgien.", "CONSULT 2023-02-27 Luxembourg occurred" },
        { "de", "2023-03-03", "Die neue Außenministerin ist am Montag zu ihrem Antrittsbesuch nach Paris gereist.", "CONSULT 2023-02-27 Paris occurred" },
        { "de", "2023-03-03", "Zu einem Arbeitstreffen kamen die Regierungschefs am Mittwoch in Prag zusammen.", "CONSULT 2023-03-01 Prague occurred" },
        { "de", "2023-11-20", "Die Tagung der OSZE-Außenminister findet am 1. Dezember in Skopje statt.", "CONSULT 2023-12-01 Skopje scheduled" },

        // Meetings named by their body; a body's seat is the venue unless the text names another.
        { "en", "2022-03-21", "Foreign Affairs Council, 21 March 2022\n\nMinisters discussed the Russian aggression against Ukraine.", "CONSULT 2022-03-21 Brussels occurred" },
        // The Council's own German naming, with the formation in brackets.
        { "de", "2013-10-21", "Die Frage soll beim Treffen des Rates (Auswärtige Angelegenheiten) am 25. November wieder aufgegriffen werden.", "CONSULT 2013-11-25 Brussels scheduled" },
        { "en", "2023-04-20", "The Foreign Affairs Council meets on 24 April to discuss the situation in Sudan.", "CONSULT 2023-04-24 Luxembourg scheduled" },
        { "en", "2022-11-05", "G7 foreign ministers met in Münster on Thursday.", "CONSULT 2022-11-03 Münster occurred" },
        { "en", "2022-02-28", "The OSCE Permanent Council held a special session on Friday.", "CONSULT 2022-02-25 Vienna occurred" },
        { "de", "2023-07-01", "Der NATO-Gipfel findet am Dienstag in Vilnius statt.", "CONSULT 2023-07-04 Vilnius scheduled" },

        // Places: venues that name a city, datelines, countries.
        { "en", "2023-03-03", "Putin received Erdogan at the Kremlin on Tuesday.", "CONSULT 2023-02-28 Moscow occurred" },
        { "en", "2023-03-03", "Macron hosted Scholz at the Elysee Palace on Monday evening.", "CONSULT 2023-02-27 Paris occurred" },
        { "en", "2023-06-16", "KYIV — The foreign ministers of Poland and Lithuania met Ukraine's president on Thursday.", "CONSULT 2023-06-15 Kyiv occurred" },
        { "en", "2023-03-03", "Chancellor Scholz travelled to Lithuania on Monday.", "CONSULT 2023-02-27 Lithuania occurred" },
        { "en", "2022-06-26", "The G7 summit began today in Bavaria, Germany.", "CONSULT 2022-06-26 Bavaria occurred" },
        { "de", "2022-02-11", "Die Gespräche im Normandie-Format am Donnerstag in Berlin blieben ohne Ergebnis.", "CONSULT 2022-02-10 Berlin occurred" },

        // Dates as these texts write them.
        { "de", "2023-02-02", "Die Ministerin hat heute (Donnerstag) in Wien ihren österreichischen Amtskollegen getroffen.", "CONSULT 2023-02-02 Vienna occurred" },
        { "de", "2023-11-24", "Die Unterhändler haben am Mittwoch in Doha ihre Gespräche fortgesetzt.", "CONSULT 2023-11-22 Doha occurred" },

        // Several events in one sentence; events in a quotation; a joint press conference after talks.
        { "en", "2023-06-07", "Scholz met Macron in Paris on Monday and Meloni in Rome on Tuesday.", "CONSULT 2023-06-05 Paris occurred | CONSULT 2023-06-06 Rome occurred" },
        // "agreed to keep talking" commits to act and reaches no agreement, as the published gold reads "agreed to
        // reinforce" and "agreed to closely monitor"; "agreed to the resettlement" is one.
        { "en", "2023-03-03", "\"We met in Helsinki on Tuesday and agreed to keep talking,\" the minister said.", "CONSULT 2023-02-28 Helsinki occurred" },
        { "en", "2015-06-26", "On Thursday in Brussels, the ministers agreed to the resettlement of 20,000 refugees and agreed to strengthen the coast guard.", "AGREE 2015-06-25 Brussels occurred" },
        { "en", "2023-03-03", "After their talks in Ankara on Wednesday, the two ministers held a joint press conference.", "CONSULT 2023-03-01 Ankara occurred" },
        { "en", "2023-03-03", "The two leaders held their first formal meeting in seven years in Jakarta on Monday.", "CONSULT 2023-02-27 Jakarta occurred" },

        // More readout shapes.
        { "en", "2019-09-16", "September 16, 2019, Ankara\n\nVladimir Putin held a meeting with President of Turkey Recep Tayyip Erdogan.", "CONSULT 2019-09-16 Ankara occurred" },
        { "en", "2020-05-14", "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron on Wednesday.", "CONSULT 2020-05-13 - occurred" },
        { "en", "2018-10-10", "On the sidelines of the summit, the Prime Minister met Chancellor Merkel in Brussels on Tuesday.", "CONSULT 2018-10-09 Brussels occurred" },
        // A meeting on the margins of a named body's meeting is an event of its own, held where and when the occasion is.
        { "en", "2022-07-08", "Secretary Blinken met with Chinese Foreign Minister Wang Yi on the margins of the G20 Foreign Ministers' Meeting in Bali today.", "CONSULT 2022-07-08 Bali occurred|CONSULT 2022-07-08 Bali occurred" },
        { "de", "2022-07-09", "Am Rande des G20-Außenministertreffens in Bali traf Außenministerin Baerbock am Donnerstag ihren chinesischen Amtskollegen.", "CONSULT 2022-07-07 Bali occurred|CONSULT 2022-07-07 Bali occurred" },
        { "de", "2021-12-09", "Schon morgen treffen sich die zwei Ministerinnen wieder beim G7-Außenministertreffen in London und am Montag in Brüssel im Rat für Auswärtige Angelegenheiten.", "CONSULT 2021-12-10 London scheduled|CONSULT 2021-12-10 London scheduled|CONSULT 2021-12-13 Brussels scheduled" },
        { "en", "2018-10-10", "The Foreign Secretary paid a visit to Kyiv on Monday.", "CONSULT 2018-10-08 Kyiv occurred" },
        { "de", "2018-10-10", "Außenminister Maas traf sich am Montag in Warschau mit seinem polnischen Amtskollegen.", "CONSULT 2018-10-08 Warsaw occurred" },
        { "de", "2018-10-10", "Die Außenminister Frankreichs und Deutschlands sind am Dienstag in Paris zu Gesprächen zusammengekommen.", "CONSULT 2018-10-09 Paris occurred" },
        { "de", "2018-10-10", "Der israelische Präsident ist am Montag zu einem zweitägigen Besuch in Berlin eingetroffen.", "CONSULT 2018-10-08 Berlin occurred" },
        { "de", "2018-10-10", "Am Dienstag führte die Kanzlerin in Madrid Gespräche mit dem spanischen Ministerpräsidenten.", "CONSULT 2018-10-09 Madrid occurred" },

        // Groupings and their summits from the data tables; a talks noun that is the purpose of a measure is no meeting.
        { "en", "2023-03-03", "Foreign ministers of the Quad will convene in Tokyo on March 8.", "CONSULT 2023-03-08 Tokyo scheduled" },
        { "de", "2023-08-20", "Der BRICS-Gipfel beginnt am Dienstag in Johannesburg.", "CONSULT 2023-08-22 Johannesburg scheduled" },
        { "en", "2023-03-03", "Germany recalled its ambassador from Moscow for consultations on Monday.", "REDUCE_RELATIONS 2023-02-27 - occurred" },
        { "de", "2023-03-03", "Deutschland hat am Montag seinen Botschafter zu Konsultationen zurückbeordert.", "REDUCE_RELATIONS 2023-02-27 - occurred" },

        // Places in apposition, in the event's own word, and beside their country; streets are no towns.
        { "de", "2023-05-14", "Steinmeier hatte Selenskyj Ende Oktober in der ukrainischen Hauptstadt Kiew besucht.", "CONSULT 2022-10 Kyiv occurred" },
        { "en", "2017-02-16", "Top diplomats of the G20 members will gather on Thursday in Germany's western city of Bonn.", "CONSULT 2017-02-16 Bonn scheduled" },
        { "de", "2014-10-14", "Beim jüngsten Paris-Besuch von Außenminister Steinmeier am 2. Oktober sprachen die Minister über die Ukraine.", "CONSULT 2014-10-02 Paris occurred" },
        { "en", "2019-05-18", "On Monday we also received a visit by US Secretary of State Mike Pompeo.", "CONSULT 2019-05-13 - occurred" },
        { "de", "2024-01-12", "Außenministerin Baerbock empfängt ihren französischen Kollegen am Sonntag im Auswärtigen Amt.", "CONSULT 2024-01-14 Berlin scheduled" },
        { "en", "2018-01-22", "The Foreign Secretary hosted Secretary Tillerson at Chatham House on Sunday evening.", "CONSULT 2018-01-21 - occurred" },
        { "de", "2018-03-23", "Steinmeier Ende April auf Staatsbesuch in der Schweiz\n\nDer Bundespräsident wird am 26. April in Bern zu einem Staatsbesuch erwartet.", "CONSULT 2018-04-26 Bern scheduled" },
        // Calls, intentions, and sentences that point at other material.
        { "de", "2017-03-27", "Seibert bestätigte, dass der US-Präsident die Kanzlerin am Montag angerufen habe.", "CONSULT 2017-03-27 - occurred" },
        { "de", "2023-07-01", "Er wollte Sonntag für einen dreitägigen Staatsbesuch nach Berlin reisen.", "CONSULT 2023-07-02 Berlin scheduled" },
        { "en", "2019-05-18", "Here is Monday's press conference on Iran and Pompeo's visit.", "" },
        { "en", "2009-10-11", "The President received an update on the Afghan elections on Sunday.", "" },
        { "en", "2018-03-22", "During our discussion on Monday, President Draghi recalled that the economy is back to growth.", "CONSULT 2018-03-19 - occurred" },
        { "en", "2025-02-13", "Prime Minister Keir Starmer briefly dropped in on the talks in London on Thursday, a sign of warming ties.", "CONSULT 2025-02-13 London occurred" },
        { "de", "2021-10-11", "Nach einem Besuch im Pergamonmuseum kehrt Mattarella am Dienstag nach Italien zurück.", "" },

        // A range of days with the month as a number; a date joined to another noun; a city after a long list of who meets.
        { "de", "2012-08-22", "Am 24. und 25.08. trifft die Außenministerin in Oslo ihren norwegischen Amtskollegen.", "CONSULT 2012-08-24 Oslo scheduled" },
        { "de", "2012-08-22", "Morgen trifft sich der Minister in Oslo mit dem norwegischen Außenminister und gedenkt der Opfer der Anschläge vom 22. Juli 2011.", "CONSULT 2012-08-23 Oslo scheduled" },
        { "de", "2012-08-22", "Morgen (23.08.) trifft sich der Minister mit den Ministern Edgars Rinkēvičs (Lettland), Urmas Paet (Estland) und Audronius Ažubalis (Litauen) in Riga.", "CONSULT 2012-08-23 Riga scheduled" },
        // A meeting at an occasion takes the occasion's closer date; an agreement someone supports is no event.
        { "en", "2013-04-29", "Putin and Obama confirmed their agreement to meet this year at the G8 summit in mid-June.", "CONSULT 2013-06 - scheduled|CONSULT 2013-06 - scheduled" },
        { "en", "2016-06-29", "The senator, despite his early backing of a free trade agreement in 1994, now attacks it.", "" },
        { "en", "2017-02-16", "The ministers are paving the way for the G20 Summit in July.", "CONSULT 2017-07 - scheduled" },
        { "de", "2017-03-27", "Ivanka Trump kündigte an, dass sie zu einer Frauenkonferenz im April nach Berlin kommen werde.", "CONSULT 2017-04 Berlin scheduled" },

        // An article that names one venue: the events of its week without a place of their own are there.
        { "en", "2019-05-18", "I write at the end of a week in which we welcomed many ministers to Brussels.\n\nWe started on Monday with a meeting with the Prime Minister of Libya. On Tuesday we met the foreign ministers of Mali and Chad.", "CONSULT 2019-05-13 Brussels occurred|CONSULT 2019-05-14 Brussels occurred" },

        // "had" before an article is the verb "have": the lead reports the call of the day; one gathering is one event.
        { "en", "2020-01-09", "Telephone conversation with Federal Chancellor of Germany Angela Merkel\n\nJanuary 9, 2020\n\nVladimir Putin had a telephone conversation with Federal Chancellor of Germany Angela Merkel.", "CONSULT 2020-01-09 - occurred" },
        { "en", "2015-07-14", "Foreign ministers from the six powers gathered in Vienna on Tuesday for the final round of talks.", "CONSULT 2015-07-14 Vienna occurred" },
        // A capital named by its noun; places described by direction, by a country's possessive, by a longer description.
        { "de", "2019-04-01", "Außerdem treffen sich die Nato-Außenminister am Donnerstag zu Beratungen in der US-Hauptstadt.", "CONSULT 2019-04-04 Washington scheduled" },
        { "en", "2019-04-01", "The ministers will hold talks in the Russian capital on Thursday.", "CONSULT 2019-04-04 Moscow scheduled" },
        { "en", "2017-07-09", "The leaders met on Friday in Germany's Hamburg on the sidelines of the summit.", "CONSULT 2017-07-07 Hamburg occurred" },
        { "en", "2019-05-07", "Russia is preparing a meeting of the two ministers next week in the Russian Black Sea resort city of Sochi.", "CONSULT 2019-W20 Sochi scheduled" },
        { "en", "2014-11-12", "Obama and Xi held talks on Wednesday at the Zhongnanhai compound in central Beijing.", "CONSULT 2014-11-12 Beijing occurred" },
        // A date after "since" belongs to what follows it; a pronoun stands for the one called.
        { "en", "2017-05-02", "Trump and Putin spoke by phone on Tuesday, their first call since the United States struck an airbase in Syria on April 6.", "CONSULT 2017-05-02 - occurred" },
        { "de", "2017-01-27", "Merkel hatte ihn schon im November angerufen und ihm zum Sieg bei der Wahl gratuliert.", "CONSULT 2016-11 - occurred" },
        { "en", "2022-04-05", "Germany expelled 40 Russian diplomats on Monday, calling them a threat to its security.", "REDUCE_RELATIONS 2022-04-04 - occurred" },
        // Plans reported with "would", "looked forward to", "des nächsten Gipfels"; "there" is where the sentence before went.
        { "en", "2005-11-17", "Die Welt wrote that Merkel would hold talks Wednesday with President Chirac in Paris.", "CONSULT 2005-11-23 Paris scheduled" },
        { "en", "2017-01-28", "The Prime Minister looked forward to the President's visit to London in July.", "CONSULT 2017-07 London scheduled" },
        { "de", "2017-03-08", "Gabriel reist am Mittwoch nach Warschau und wird dann nach Moskau weiterreisen. Dort will er am Donnerstag Außenminister Lawrow treffen.", "CONSULT 2017-03-08 Warsaw scheduled|CONSULT 2017-03-09 Moscow scheduled" },
        { "de", "2018-05-08", "Außenminister Maas trifft am Donnerstag seinen Amtskollegen Lawrow in Moskau, berichtete das Auswärtige Amt am Dienstag.", "CONSULT 2018-05-10 Moscow scheduled" },
        { "en", "2011-10-14", "The leaders spoke by phone on Friday and agreed to stay in close contact ahead of the summit in Cannes.", "CONSULT 2011-10-14 - occurred" },
        { "de", "2018-05-08", "Maas führte am Montag seinen ersten Telefonanruf mit dem russischen Außenminister.", "CONSULT 2018-05-07 - occurred" },
        // Talks among office holders of one country are that country's own business.
        { "en", "2011-06-08", "President Obama met Secretary of State Clinton at the White House on Monday.", "" },
        { "de", "2023-06-08", "Bundeskanzler Scholz traf am Montag Außenministerin Baerbock im Kanzleramt.", "" },

        // What is not an event.
        { "en", "2018-10-10", "The talks were nice and productive on Monday, the minister said.", "CONSULT 2018-10-08 - occurred" },
        { "de", "2018-10-10", "Nach dem Essen am Montag trafen sich die Minister in Berlin.", "CONSULT 2018-10-08 Berlin occurred" },
        // A year that names the edition of a summit, beside the day the sentence gives, dates one meeting.
        { "en", "2019-12-03", "The 2019 NATO summit, a meeting of the leaders of France, Germany, Italy, Poland and Turkey, opened today in Watford.", "CONSULT 2019-12-03 Watford occurred" },
        { "de", "2019-12-03", "Der NATO-Gipfel 2019, ein Treffen der Staats- und Regierungschefs von Frankreich, Deutschland, Italien und Polen, begann heute in Watford.", "CONSULT 2019-12-03 Watford occurred" },
        // One day of a meeting of several days, dated in a sentence of its own, is an event of its own.
        { "en", "2024-05-30", "The United States will host the first U.S.-Norway Strategic Dialogue in Washington on June 3-4. On June 4, the Deputy Secretary will chair the top-level meetings of the Dialogue.", "CONSULT 2024-06-03 Washington scheduled|CONSULT 2024-06-04 Washington scheduled" },
        { "de", "2024-05-30", "Die Außenminister Polens und Litauens beraten am 3. und 4. Juni in Vilnius. Am 4. Juni treffen sich dort auch die Verteidigungsminister beider Länder.", "CONSULT 2024-06-03 Vilnius scheduled|CONSULT 2024-06-04 Vilnius scheduled" },
        { "en", "2024-05-30", "The foreign ministers of Chile and Peru confer in Lima on 3 and 4 June. On 4 June the trade ministers of both countries will also meet there.", "CONSULT 2024-06-03 Lima scheduled|CONSULT 2024-06-04 Lima scheduled" },
        // A meeting of the same kind in another year was held elsewhere, and is background to what follows.
        { "en", "2008-07-07", "The G8 summit opened today in Toyako, Japan.\n\nThe leaders were reminded of the commitments given at the 2005 G8 summit.", "CONSULT 2008-07-07 Lake Toya occurred|CONSULT 2005 - occurred" },
        { "en", "2008-07-07", "The G8 summit opened today in Toyako, Japan.\n\nThe leaders were reminded of the commitments given at the 2005 G8 summit.\n\nIn one of the meetings, President Bush discussed debt relief with the President of Ghana.", "CONSULT 2008-07-07 Lake Toya occurred|CONSULT 2005 - occurred|CONSULT 2008-07-07 Lake Toya occurred" },
        { "de", "2008-07-07", "Der G8-Gipfel hat heute in Toyako begonnen.\n\nDie Staats- und Regierungschefs erinnerten an die Zusagen des G8-Gipfels von 2005.", "CONSULT 2008-07-07 Lake Toya occurred|CONSULT 2005 - occurred" },
        // A relative clause dated years before the report tells history; one about the day reports news.
        { "en", "2023-03-03", "The ministers met on Monday in Helsinki, where the Final Act was signed in 1975.", "CONSULT 2023-02-27 Helsinki occurred" },
        { "en", "2013-01-22", "Leaders met in Berlin today to mark the anniversary of the Elysee Treaty, signed in 1963 by de Gaulle and Adenauer.", "CONSULT 2013-01-22 Berlin occurred" },
        { "de", "2020-08-17", "Die Minister trafen sich am Freitag im Schloss Belvedere in Wien, in dem 1955 der Staatsvertrag unterzeichnet wurde.", "CONSULT 2020-08-14 Vienna occurred" },
        { "en", "2023-03-03", "The ministers met in Geneva on Monday, where they also signed an agreement on grain exports on Monday.", "CONSULT 2023-02-27 Geneva occurred|AGREE 2023-02-27 Geneva occurred" },
        // A date before "and" closes its clause: the meeting after the conjunction has its own.
        { "en", "2023-03-10", "The week began with bilateral talks between Chile and Peru in Lima on March 6 and continued with a meeting of the OSCE Permanent Council in Vienna on March 9.", "CONSULT 2023-03-06 Lima occurred|CONSULT 2023-03-09 Vienna occurred" },
        // The article printed twice on its page: the first copy is the article, the second only repeats it.
        { "en", "2016-01-14", "Presidents speak again\n\nMoscow (Reuters). The two presidents held a telephone conversation on Wednesday, the Kremlin said.\n\nThey discussed the war in Syria and the situation in Ukraine.\n\nThe two presidents held a telephone conversation on Wednesday, the Kremlin said.\n\nThey discussed the war in Syria and the situation in Ukraine.", "CONSULT 2016-01-13 - occurred" },
        // Talks with no place of their own, on the day of a call, are the call; a country after "discussed" is the topic.
        { "en", "2016-01-14", "Putin and Obama held a telephone conversation on Wednesday. On Wednesday Putin and Obama discussed the conflict in Ukraine.", "CONSULT 2016-01-13 - occurred" },
        // Two mentions of one day that name different people are two meetings.
        { "de", "2016-10-05", "Am Mittwoch führten Gauck und der schwedische König Gespräche in Berlin. Am Nachmittag trafen die Gäste Bundeskanzlerin Angela Merkel in Berlin.", "CONSULT 2016-10-05 Berlin occurred|CONSULT 2016-10-05 Berlin occurred" },
        // An adjective of a country or region between the preposition and the place describes the place.
        { "de", "2012-06-19", "Der G-20-Gipfel im mexikanischen Los Cabos begann am Montag.", "CONSULT 2012-06-18 Los Cabos occurred" },
        { "de", "2014-10-14", "Der Gipfel findet nun am 7. Juni 2015 im bayerischen Elmau statt.", "CONSULT 2015-06-07 Elmau scheduled" },
        // An event within the days of a visit to a city, naming no place of its own, is in that city.
        { "en", "2012-04-20", "The Secretary traveled to Lima, Peru on April 16-17. On April 16, she opened the second U.S.-Peru Strategic Dialogue.", "CONSULT 2012-04-16 Lima occurred|CONSULT 2012-04-16 Lima occurred" },
        { "en", "2012-04-20", "The Secretary visited Brussels, Belgium on April 18-19 to attend a joint meeting of NATO foreign and defence ministers and to hold a bilateral meeting with the Belgian Foreign Minister.", "CONSULT 2012-04-18 Brussels occurred|CONSULT 2012-04-18 Brussels occurred" },
        // A visit to a site is a stop on a programme, not a visit between states.
        { "de", "2018-05-08", "Am Dienstag empfängt der König den Bundespräsidenten in Den Haag. Nachmittags besucht er die Technische Universität in Delft.", "CONSULT 2018-05-08 The Hague scheduled" },
        { "en", "2018-05-08", "The President met the King in The Hague on Tuesday. In the afternoon he visited a university in Delft.", "CONSULT 2018-05-08 The Hague occurred" },
        { "de", "2018-05-08", "Am Abend des 15. Mai empfängt der Ministerpräsident den Gast im Catshuis zu einem Arbeitsessen.", "CONSULT 2018-05-15 The Hague scheduled" },
        { "de", "2006-08-29", "Papst Benedikt XVI. hat gestern in Castel Gandolfo die Bundeskanzlerin empfangen.", "CONSULT 2006-08-28 Castel Gandolfo occurred" },
        // A meeting moved to another day is postponed, not troops moved; a cabinet meets at home.
        { "de", "2014-10-14", "Der Gipfel ist wegen der Wahl vom 4. Juni 2015 auf den 7. Juni 2015 verlegt worden.", "CONSULT 2015-06-07 - postponed" },
        { "de", "2016-06-30", "Am Vormittag leitete die Kanzlerin die Kabinettsitzung im Kanzleramt.", "" },
        // Two days, each with its weekday, and the month named once.
        { "de", "2018-05-08", "Der Präsident stattet am Dienstag, dem 15., und Mittwoch, dem 16. Mai, den Niederlanden einen Besuch ab.", "CONSULT 2018-05-15 - scheduled" },
        // A text wrapped by hand at a fixed width: a line that ran to the width goes on in the next.
        { "en", "2023-03-08", "Andes Newsletter\n\nAfter months of quiet preparation, the foreign ministers of Chile and\nPeru met at the foreign ministry of their host country in the city of\nLima on Monday, officials of both governments said in a short note. The\nministers spent most of the day on fisheries and the border crossing at\nTacna, where traffic has grown for years. Neither side gave figures for\nthe new crossing, which both governments want to open next spring.\n\nOfficials in both capitals said the talks had been planned for months\nand were not a reaction to the recent dispute over fishing quotas along\nthe coast, which the two governments settled last year.", "CONSULT 2023-03-06 Lima occurred" },
        // A lower-case adjective of a country may stand between "im" and a small town's name.
        { "de", "2019-08-21", "Am Wochenende findet im französischen Biarritz das G-7-Treffen statt.", "CONSULT 2019-W34-WE Biarritz scheduled" },
        // A paragraph that says where people stand in the picture is its caption.
        { "en", "2013-02-28", "President Putin (left) welcomes President Hollande in Sochi.\n\nThe two presidents met in Moscow on Thursday.", "CONSULT 2013-02-28 Moscow occurred" },
        { "de", "2013-02-28", "Steinmeier (links) begrüßt den König in Berlin.\n\nDer König traf am Donnerstag in Madrid den Ministerpräsidenten.", "CONSULT 2013-02-28 Madrid occurred" },
        // A day that opens the sentence dates all of it; a place before ", and then" is the first event's.
        { "en", "2007-03-24", "Also Sunday, the Secretary will meet the Prime Minister of Jordan in Amman, and then travel to Beirut to meet the Lebanese Prime Minister.", "CONSULT 2007-03-25 Amman scheduled|CONSULT 2007-03-25 Beirut scheduled" },
        // The city a visit verb takes as its object, at the end of the German clause.
        { "de", "2019-03-10", "Nach Angaben des Ministeriums besucht die Außenministerin am Montag erneut Moskau.", "CONSULT 2019-03-11 Moscow scheduled" },
        // A programme that dates each partner in brackets: one meeting for each day.
        { "de", "2007-10-30", "Die Ministerin ist heute zu einer Reise in die Region aufgebrochen. In Jordanien wird sie mit König Abdullah (31.10.) und Außenminister Nasser Judeh (01.11.) zusammentreffen.", "CONSULT 2007-10-30 - occurred|CONSULT 2007-10-31 - scheduled|CONSULT 2007-11-01 - scheduled" },
        // An abbreviation in brackets ends no clause; "in the run up to" looks ahead.
        { "en", "2013-02-07", "London, 7 February 2013. The Secretary attended the Foreign Affairs Council (FAC) on 31 January. She stressed the importance of the region in the run up to the eastern partnership summit in Vilnius in November.", "CONSULT 2013-01-31 Brussels occurred|CONSULT 2013-11 Vilnius scheduled" },
        // "in March" is the month: no town is named like one.
        { "en", "2020-02-17", "The question will come back at the next Council meeting in March.", "CONSULT 2020-03 - scheduled" },
        // A place joined by "and" to one after a preposition shares it; a present form in -s after a determiner is a noun.
        { "en", "2019-05-02", "The High Representative debriefed Ministers on her visits to Islamabad on 25 March and Kabul on 26 March.", "CONSULT 2019-03-25 Islamabad occurred|CONSULT 2019-03-26 Kabul occurred" },
        // What is "to be held" lies ahead.
        { "en", "2020-02-17", "Ministers looked at the AU-EU ministerial meeting, to be held in early May in Kigali.", "CONSULT 2020-05 Kigali scheduled" },
        // An appointment is a meeting where its clause names a place; an agreement may be written as an MoU.
        { "de", "2023-05-08", "Am Mittwoch soll zudem ein Termin im Kanzleramt stattfinden.", "CONSULT 2023-05-10 Berlin scheduled" },
        { "de", "2023-05-08", "Der Termin für die Wahl steht noch nicht fest.", "" },
        { "en", "2023-05-10", "The two ministers signed several MoUs in New Delhi on Monday.", "AGREE 2023-05-08 New Delhi occurred" },
        // A German participle used as an adjective reports the event too.
        { "de", "2021-10-12", "Das am Montagnachmittag von Steinmeier in Berlin empfangene Staatsoberhaupt sprach über Europa.", "CONSULT 2021-10-11 Berlin occurred" },
        // "In the margins of" names an occasion as "on the margins of" does.
        { "en", "2025-10-24", "In the margins of the summit in Kuala Lumpur on Sunday, the President will hold a bilateral meeting with the Prime Minister of Malaysia.", "CONSULT 2025-10-26 Kuala Lumpur scheduled|CONSULT 2025-10-26 Kuala Lumpur scheduled" },
        // A meeting that will not take place as planned, or whose postponement is asked for, is postponed.
        { "de", "2020-06-03", "Das Gipfeltreffen wird wegen der Krise nicht wie geplant am 14. September in Leipzig stattfinden.", "CONSULT 2020-09-14 Leipzig postponed" },
        { "de", "2020-06-03", "Die Gespräche am Montag in Leipzig verliefen nicht wie geplant.", "CONSULT 2020-06-01 Leipzig occurred" },
        { "en", "2023-06-08", "Azerbaijan asked for the postponement of the talks planned for June 12 in Washington.", "CONSULT 2023-06-12 Washington postponed" },
        // A body's short name ("UNGA") names its meeting, at its seat.
        { "en", "2022-09-24", "Foreign Minister Sabry is scheduled to address the 77th UNGA today, 24 September 2022.", "CONSULT 2022-09-24 New York scheduled" },
        // An event word in what a verb of discussing asks is the topic, not an event.
        { "de", "2017-09-28", "Die beiden Regierungschefs besprachen am Donnerstag, wie dem wachsenden Einfluss Russlands in Afrika zu begegnen sei.", "" },
        { "en", "2017-09-28", "The two leaders discussed on Thursday how to meet the challenge of Iran's activities in the region.", "" },
        { "en", "2018-10-10", "Photo: The ministers meet in Paris on Monday. (Getty Images)", "" },
        { "en", "2018-10-10", "Leave a Reply\n\nYour meeting with the author in Paris on Monday is confirmed.", "" },
        { "en", "2018-10-10", "John Smith is a senior fellow who met many leaders in Paris.", "" },
        { "en", "2023-03-03", "Read more: Scholz meets Macron in Paris on Monday", "" },
        { "en", "2023-03-03", "The minister called for calm on Monday.", "" },
        { "en", "2023-03-03", "The Annual Forum will meet annually in Nairobi.", "" },
        { "en", "2023-03-03", "No meeting with Lavrov is planned for Friday.", "" },
        { "de", "2023-03-03", "Ein Treffen mit Putin ist am Freitag nicht geplant.", "" },
        { "de", "2023-03-03", "Im Dezember waren die Preise stark gestiegen.", "" },
        { "en", "2023-03-03", "UN Security Council Resolution 1874 was adopted in 2009.", "" },
        // Talks said to be separate, or bilateral talks with several partners, are one meeting per partner.
        { "en", "2024-03-06", "On Tuesday, Secretary Blinken held separate talks in Cairo with the foreign ministers of Egypt and Jordan.", "CONSULT 2024-03-05 Cairo occurred|CONSULT 2024-03-05 Cairo occurred" },
        { "de", "2024-03-06", "Scholz telefonierte am Dienstag getrennt mit Präsident Macron und Ministerpräsidentin Meloni.", "CONSULT 2024-03-05 - occurred|CONSULT 2024-03-05 - occurred" },
        { "en", "2024-03-06", "On Tuesday, a bilateral meeting between the United States and China took place in Lima.", "CONSULT 2024-03-05 Lima occurred" },
        // Where the next sentence says the people were is where they met; the dateline only says where the report was filed.
        { "en", "2024-09-23", "NAIROBI, Sept. 23 -- President Ruto held bilateral talks with the leaders of Ghana and Nigeria on Sunday. The leaders were in New York for the General Assembly.", "CONSULT 2024-09-22 New York occurred|CONSULT 2024-09-22 New York occurred" },
        { "de", "2024-09-23", "Scholz führte am Sonntag bilaterale Gespräche mit den Präsidenten Ghanas und Kenias. Die Staatschefs waren in New York zur Generalversammlung.", "CONSULT 2024-09-22 New York occurred|CONSULT 2024-09-22 New York occurred" },
        // A place after the title of someone posted there is their post, not the venue.
        { "de", "2024-03-06", "Der deutsche Botschafter in Washington ist am Montag mit dem französischen Außenminister zusammengetroffen.", "CONSULT 2024-03-04 - occurred" },
        { "de", "2024-03-06", "Der Ukraine-Beauftragte im Auswärtigen Amt hat am Montag Präsident Selenskyj getroffen.", "CONSULT 2024-03-04 - occurred" },
        { "de", "2022-02-02", "Am Dienstag trafen sich Vertreter Saudi-Arabiens und der Vereinigten Staaten in Riad.", "CONSULT 2022-02-01 Riyadh occurred" },
        // A month is no modal verb: "in May" does not make the next clause a wish.
        { "en", "2024-06-05", "The ministers, who talked in Doha in May, will meet on Friday in Geneva.", "CONSULT 2024-06-07 Geneva scheduled" },
        // Told in the past, "in two days" is a span, not a date ahead; "the two heads of state" is no verb of the present.
        { "en", "2024-06-05", "In their third meeting in two days, the foreign ministers met in Geneva on Tuesday.", "CONSULT 2024-06-04 Geneva occurred" },
        { "de", "2024-06-05", "Zum dritten Mal in zwei Tagen trafen sich die Außenminister am Dienstag in Genf.", "CONSULT 2024-06-04 Geneva occurred" },
        { "en", "2014-11-12", "On Tuesday evening, the two heads of state held a meeting in Beijing.", "CONSULT 2014-11-11 Beijing occurred" },
        // A person with their title counts as one word between an event and its date.
        { "en", "2025-02-15", "Following a telephone conversation between Russian President Vladimir Putin and US President Donald Trump on 12 February, the ministers agreed to keep talking.", "CONSULT 2025-02-12 - occurred" },
        // The unreal past, an open question, and a meeting named in a relative clause after another clause's date are no events.
        { "de", "2020-06-03", "Erstmals hätten alle Regierungschefs an einem Gipfel in Leipzig am 14. September teilnehmen sollen.", "" },
        { "de", "2020-06-03", "Ob das Treffen am 14. September in Leipzig stattfinden kann, war am Mittwoch offen.", "" },
        { "en", "2020-06-03", "Whether the meeting in Leipzig can take place on 14 September was unclear on Wednesday.", "" },
        { "de", "2020-06-03", "Am Mittwoch hatte das Kabinett in Berlin ein Arbeitsprogramm beschlossen, in dem das Treffen noch genannt wird.", "" },
        // A visit to someone and the talks with them are one event; the day a spokeswoman said so dates nothing.
        { "de", "2018-04-18", "Kanzlerin Angela Merkel besucht in der kommenden Woche US-Präsident Donald Trump. Merkel wird Trump am 27. April in Washington treffen.", "CONSULT 2018-04-27 Washington scheduled" },
        { "de", "2018-04-18", "Merkel wird Trump am 27. April in Washington treffen. Im Mittelpunkt der Gespräche würden Handelsfragen stehen, teilte die Sprecherin am Mittwoch in Berlin mit.", "CONSULT 2018-04-27 Washington scheduled" },
        // "Anschließend", "afterwards": what follows right after is on the same day, with other people.
        { "de", "2024-12-11", "Steinmeier trifft an diesem Mittwoch in Abuja den Präsidenten der Ecowas-Kommission, Omar Touray. Anschließend wird ihn Staatspräsident Bola Tinubu offiziell begrüßen.", "CONSULT 2024-12-11 Abuja scheduled|CONSULT 2024-12-11 Abuja scheduled" },
        // A title's present tense on the publication date tells the day's news; a capitalised event word in it is no name.
        { "en", "2003-06-01", "World Leaders Meet for G-8 Summit in Evian\n\nThe leaders of the industrialised nations began their summit today.", "CONSULT 2003-06-01 Évian-les-Bains occurred" },
        // Talks with people who act for no state, and with no partner of their own, are no diplomacy.
        { "en", "2024-03-06", "On Monday, the President met business leaders and students in Lagos.", "" },
        { "en", "2024-03-06", "On Monday, the President met President Tinubu and business leaders in Lagos.", "CONSULT 2024-03-04 Lagos occurred" },
        { "de", "2024-03-06", "In Johannesburg trifft er am Montag Vertreter aus Wirtschaft, Zivilgesellschaft und Politik.", "" },
        { "de", "2024-03-06", "Merkel will am Montag in Peking auch chinesische Künstler und Wissenschaftler treffen.", "" },
        { "de", "2024-03-06", "Der Bundespräsident trifft am Montag in Pretoria Präsident Ramaphosa und Vertreter der Wirtschaft.", "CONSULT 2024-03-11 Pretoria scheduled" },
        // On one day, a side met through one person and through another are two meetings; a bare "Gespräche" with someone
        // after "mit" opens a meeting of its own; "wurde ... empfangen" is the past.
        { "de", "2018-05-24", "Merkel wurde am Donnerstag in Peking von Ministerpräsident Li Keqiang empfangen. Nach dem Treffen mit Li will Merkel auch mit Chinas Staatschef Xi Jinping Gespräche führen.", "CONSULT 2018-05-24 Beijing occurred|CONSULT 2018-05-24 Beijing scheduled" },
        // A visit to a country is in the one city of it the article says someone goes to; a palace names its city.
        { "en", "2024-11-21", "During President Xi's state visit to Brazil on Wednesday, the two nations signed agreements. Xi's visit to Brasília follows the summit in Rio de Janeiro.", "CONSULT 2024-11-20 Brasília occurred|AGREE 2024-11-20 Brasília occurred" },
        { "en", "2024-11-21", "The Chinese leader was welcomed on Wednesday by President Lula at the Alvorada Palace.", "CONSULT 2024-11-20 Brasília occurred" },
        // After a possessive or a determiner an English event word is the noun: "Bolsonaro's visit" refers back.
        { "en", "2020-01-26", "Modi and Bolsonaro held talks on Saturday in New Delhi. Modi said that Bolsonaro's visit has opened a new chapter.", "CONSULT 2020-01-25 New Delhi occurred" },
        // "On the telephone" is a call; what follows "that" after a date does not set the date's tense.
        { "en", "2024-11-21", "Xi told Vice-President Biden on the telephone on Tuesday that he looked forward to the trip.", "CONSULT 2024-11-19 - occurred" },
        // "weilt ... in Berlin" is a visit, whose days date what is planned during it.
        { "de", "2025-11-11", "Vom 13. bis 14. November 2025 weilt Bundesrat Ignazio Cassis in Berlin. Geplant ist in Berlin auch ein Treffen mit der Bundesministerin.", "CONSULT 2025-11-13 Berlin scheduled|CONSULT 2025-11-13 Berlin scheduled" },
        // A place in the clause of a saying is where it was said: "there" is the venue.
        { "de", "2021-12-08", "Baerbock wollte zunächst nach Paris reisen. Dort ist am Donnerstagvormittag ein Treffen mit dem französischen Außenminister Jean-Yves Le Drian geplant, wie ein Sprecher des Außenministeriums in Berlin mitteilte.", "CONSULT 2021-12-09 Paris scheduled" },
        // "today 16 October" is that day; consultations ahead of a summit are not the summit.
        { "en", "2017-10-17", "The Executive Council held an extraordinary meeting today 16 October 2017 in Addis Ababa to accelerate consultations ahead of the summit to be held in Abidjan on 29 and 30 November 2017.", "CONSULT 2017-10-16 Addis Ababa occurred|CONSULT 2017-11-29 Abidjan scheduled" },
        // A country in what is to be discussed is no partner of talks with civil society.
        { "en", "2015-05-01", "On Tuesday in Nairobi he will also meet with civil society leaders to discuss the importance of a vibrant NGO sector in Kenya.", "" },
        // Guards: a plan reported with "would" and its day stays; "could have" is no unreal past in English; a date of what
        // a spokesman said is the event's; a counterpart by office is a partner; a surname leaves a month alone; "were
        // high in Taipei" says nothing of where people were.
        { "en", "2024-03-06", "Officials said Biden would have talks with Xi on Wednesday in Beijing.", "CONSULT 2024-03-06 Beijing scheduled" },
        { "en", "2024-03-06", "The meeting in Geneva on Monday could have far-reaching consequences.", "CONSULT 2024-03-04 Geneva occurred" },
        { "en", "2024-03-06", "A spokesman said Scholz will be in Brussels on Thursday for the EU summit.", "CONSULT 2024-03-07 Brussels scheduled" },
        { "en", "2024-03-06", "Blinken met his Chinese counterpart on Friday to discuss detained journalists.", "CONSULT 2024-03-01 - occurred" },
        { "de", "2024-03-06", "Der Kanzler beriet am Montag mit dem chinesischen Ministerpräsidenten über Wirtschaft.", "CONSULT 2024-03-04 - occurred" },
        { "en", "2024-03-06", "Blinken held talks with Wang Yi on Friday in Beijing. Tensions were high in Taipei.", "CONSULT 2024-03-01 Beijing occurred" },
        // The full stop of a Roman ordinal after a word in lower case ends no sentence: "die XV. Botschafterkonferenz".
        { "de", "2016-08-26", "Am Montag eröffnet Außenminister Steinmeier in Berlin die XV. Botschafterkonferenz.", "CONSULT 2016-08-29 Berlin scheduled" },
        // People joined by "und" before "sprechen" talk to each other only with a topic, a phone word or "miteinander".
        { "de", "2024-06-12", "Am Freitag werden der scheidende und der künftige Vorsitzende in Stockholm sprechen.", "" },
        { "de", "2024-06-12", "Bundeskanzlerin Merkel und Präsident Obama sprachen am Dienstag in Berlin über die Ukraine.", "CONSULT 2024-06-11 Berlin occurred" },
        // A press conference held with someone of another side shows that they met; one given alone is a statement.
        { "de", "2014-10-22", "Kerry äußerte sich am Mittwoch bei einer Pressekonferenz mit Bundeskanzlerin Merkel in Berlin.", "CONSULT 2014-10-22 Berlin occurred" },
        { "en", "2024-03-06", "Blinken gave a joint press conference with Foreign Minister Wang Yi in Beijing on Friday.", "CONSULT 2024-03-01 Beijing occurred" },
        { "de", "2024-03-06", "Scholz gab am Mittwoch eine Pressekonferenz in Berlin.", "" },
        // A date inside an infinitive keeps the infinitive's time: the inviting is past, the summit ahead.
        { "en", "2014-08-19", "He accepted the invitation he received last week to attend the summit in Minsk on 26 August.", "CONSULT 2014-08-26 Minsk scheduled" },
        // A request to the reader and a welcome of visitors report nothing ("die Gäste" may be state guests: they stay).
        { "de", "2015-09-05", "Besuchen Sie uns am Samstag im Kanzleramt.", "" },
        { "en", "2015-09-05", "Visit our embassy in Berlin on Saturday.", "" },
        { "de", "2015-09-05", "Am Samstag begrüßt der Minister die Besucher im Auswärtigen Amt in Berlin.", "" },
        // A page of dated items: each item counts from its own date line, whether the line follows its text (an index) or
        // heads it (a calendar); beside "14/08/2014", "12/08/2014" puts the day first.
        { "en", "2014-08-14", "Phone call with the Prime Minister\n\nThe President spoke with the Prime Minister of Italy on the phone today.\n\n14/08/2014\n\nVisit to Rome\n\nThe President met the Italian President in Rome yesterday.\n\n12/08/2014", "CONSULT 2014-08-14 - occurred|CONSULT 2014-08-11 Rome occurred" },
        { "de", "2015-08-28", "28. Aug\n\nBesuch im Kanzleramt\n\nAm Nachmittag empfängt die Kanzlerin den polnischen Präsidenten im Kanzleramt.\n\n27. Aug\n\nReise nach Wien\n\nHeute trifft die Kanzlerin in Wien den österreichischen Bundeskanzler.", "CONSULT 2015-08-28 Berlin scheduled|CONSULT 2015-08-27 Vienna occurred" },
        // A body meeting on a day of a trip to a city is in that city, not at the body's seat; "continue to Seoul" is a
        // journey, "continue to discuss" is not; "sign in" signs nothing.
        { "en", "2011-04-11", "Secretary Clinton will travel to Berlin, Germany, April 13 to April 15. She will join foreign ministers from NATO and partner countries for an informal NATO Foreign Ministerial meeting.", "CONSULT 2011-04-13 Berlin scheduled|CONSULT 2011-04-13 Berlin scheduled" },
        { "en", "2011-04-11", "The Secretary will continue to Seoul from April 16 to April 17. She will meet with President Lee Myung-bak.", "CONSULT 2011-04-16 Seoul scheduled|CONSULT 2011-04-16 Seoul scheduled" },
        { "en", "2011-04-11", "The negotiators will continue to discuss trade in Geneva on Monday.", "" },
        { "en", "2011-04-11", "Do you have an account? Click the logo to sign in with it here:", "" },
        // "hat ... empfangen" is the perfect even with an apposition between auxiliary and participle.
        { "de", "2013-06-19", "Gauck hat am Mittwoch den Präsidenten der Vereinigten Staaten, Barack Obama, mit militärischen Ehren in Berlin empfangen.", "CONSULT 2013-06-19 Berlin occurred" },
        // A city that owns something stands for its government, not for a venue.
        { "en", "2013-11-08", "The ministers met on Friday to discuss reining in Tehran's nuclear program.", "CONSULT 2013-11-08 - occurred" },
        // A date in a segment that "Mit Blick auf" opens dates that segment's noun, not the meeting of the main clause, which
        // as the lead's news takes the publication date.
        { "de", "2009-05-13", "Mit Blick auf die kommende EU-Präsidentschaft im zweiten Halbjahr 2009 hat Bildt am Mittwoch zu einem Treffen in Stockholm eingeladen.", "CONSULT 2009-05-13 Stockholm occurred" },
        { "de", "2009-05-13", "Mit Blick auf die kommende EU-Präsidentschaft im zweiten Halbjahr 2009, hat Bildt die Minister zu einem Treffen in Stockholm eingeladen.", "CONSULT 2009-05-13 Stockholm occurred" },
        // A date after "dessen"/"whose" dates what the relative clause is about, not the talks before it.
        { "de", "2010-01-12", "Calmy-Rey traf am Freitag in Ljubljana den slowenischen Außenminister. Gegenstand der Gespräche war auch der Europarat, dessen Vorsitz die Schweiz im November 2009 übernommen hat.", "CONSULT 2010-01-08 Ljubljana occurred" },
        { "en", "2010-01-12", "Calmy-Rey met the Slovenian foreign minister in Ljubljana on Friday. The talks also covered the Council of Europe, whose chair Switzerland took over in November 2009.", "CONSULT 2010-01-08 Ljubljana occurred" },
        // A story told ahead goes on: Saturday and Sunday after Friday, and "am Sonntag" is that Sunday.
        { "de", "2010-01-12", "Bundesrätin Calmy-Rey reist am Freitag nach Ljubljana. Samstag und Sonntag führt sie Gespräche in Tiflis. Am Sonntag folgt in Moskau ein Arbeitstreffen mit dem russischen Außenminister.", "CONSULT 2010-01-15 Ljubljana scheduled|CONSULT 2010-01-16 Tbilisi scheduled|CONSULT 2010-01-17 Moscow scheduled" },
        // A heading that names a body and its days is the title of its meeting.
        { "de", "2011-03-30", "Nachrichten\n\nEuropäischer Rat, 24. – 25. März 2011\n\nWir haben unsere Währungsunion verstärkt.", "CONSULT 2011-03-24 Brussels occurred" },
        // What a day is the eve of takes place the day after.
        { "en", "2011-05-23", "Hague met Secretary Clinton on 23 May. He said: \"I am delighted to welcome Secretary Clinton to the Foreign Office today, on the eve of President Obama's much-anticipated State Visit.\"", "CONSULT 2011-05-23 - occurred|CONSULT 2011-05-24 - scheduled" },
        { "de", "2011-05-23", "Außenminister Westerwelle traf am Montag in Berlin seinen französischen Amtskollegen, am Vorabend des EU-Gipfels.", "CONSULT 2011-05-23 Berlin occurred|CONSULT 2011-05-24 Brussels scheduled" },
        // "dort" is the one place the sentence before names; "am nächsten Tag" is the day after the last one named.
        { "de", "2013-02-06", "Im Handelszentrum Singapur wird Westerwelle am Freitagabend einen Vortrag halten. Am nächsten Tag wird er dort mit seinem singapurischen Amtskollegen zusammentreffen.", "CONSULT 2013-02-09 Singapore scheduled" },
        // A verb told in the past does not take a day still to come from a noun beside it ("tomorrow's summit").
        { "en", "2010-10-28", "The Secretary-General is now in Hanoi, where he met recently with President Nguyen Minh Triet and discussed tomorrow's UN-ASEAN Summit.", "CONSULT 2010-10-28 Hanoi occurred|CONSULT 2010-10-29 Hanoi scheduled" },
        { "en", "2012-04-18", "Earlier today, I was privileged to speak to a business group in Brasilia.", "" },
        // Guards: "the day before" on its own is no eve; a relative clause closed before the date keeps it; in English two
        // people joined by "and" who "spoke today" had a call; a city's named building is a venue.
        { "en", "2024-03-08", "Kerry met Lavrov in Geneva on Tuesday; the day before, he held talks with Zarif in Vienna.", "CONSULT 2024-03-05 Geneva occurred|CONSULT 2024-03-04 Vienna occurred" },
        { "de", "2024-03-09", "Merkel traf Hollande, dessen Land den Vorsitz innehat, am Freitag in Paris.", "CONSULT 2024-03-08 Paris occurred" },
        { "en", "2011-08-15", "The President and Prime Minister Rutte spoke today.", "CONSULT 2011-08-15 - occurred" },
        { "en", "2024-03-08", "Kerry met Lavrov at Geneva's Palais des Nations on Monday.", "CONSULT 2024-03-04 Geneva occurred" },
        // A clause that "where" or "wo" opens after a city takes place there, though the verb before it is a journey's.
        { "de", "2021-12-08", "Die Ministerin wird am Abend nach Rom reisen, wo sie am Donnerstagmorgen (09.12.) ihren italienischen Amtskollegen zu einem Gespräch treffen wird. Am Freitag reist sie nach Madrid weiter.", "CONSULT 2021-12-08 Rome scheduled|CONSULT 2021-12-09 Rome scheduled|CONSULT 2021-12-10 Madrid scheduled" },
        { "en", "2021-12-08", "The Minister travels to Rome tonight, where she will hold talks with her Italian counterpart on Thursday.", "CONSULT 2021-12-08 Rome scheduled|CONSULT 2021-12-09 Rome scheduled" },
        // Talks told right after a visit to a city took place there, not at the dateline's.
        { "en", "2007-01-17", "NEW YORK, 17 January 2007 -- The Secretary-General spoke to reporters.\n\nSG: Let me say a word about my visit to Ottawa. Yesterday I had very useful meetings with the Prime Minister of Canada.", "CONSULT 2007-01-17 Ottawa occurred|CONSULT 2007-01-16 Ottawa occurred" },
        // Greetings, a session with reporters, a meeting with a company's head, "all our negotiations" and a press
        // encounter report no diplomacy.
        { "en", "2013-09-24", "Welcome to the United Nations. The Secretary-General met today with the President of Chile.", "CONSULT 2013-09-24 - occurred" },
        { "en", "2007-07-01", "During a session with reporters on Sunday, the spokesman was asked about the talks.", "" },
        { "en", "2024-09-23", "The Prime Minister also had a meeting yesterday with the CEO of a shipping company, a very useful meeting.", "" },
        { "en", "2013-01-22", "Meanwhile, the Permanent Secretary met businesses from the mining sector on Monday.", "" },
        { "de", "2012-01-30", "Das Parlament ist heute ein wichtiger Partner bei all unseren Verhandlungen.", "" },
        { "en", "2007-01-17", "Press encounter of the Secretary-General (17 Jan 2007) - Middle East - Transcript\n\nNEW YORK, 17 January 2007 - Press encounter of the Secretary-General on entering Headquarters", "" },
        { "de", "2021-12-09", "Anschließend ist heute eine gemeinsame Begegnung mit der Presse vorgesehen.", "" },
        // Guards: a meeting with a company's head and a minister is diplomacy; "welcomed" with its guest is an event; a
        // headline that opens with an event word and "to" reports one; briefing the press after a meeting keeps the
        // meeting; "all her counterparts" at a summit is no recurring meeting; a funeral with honours is no visit.
        { "en", "2024-03-08", "Talks to resume in Geneva on Monday.", "CONSULT 2024-03-11 Geneva scheduled" },
        { "en", "2024-03-08", "Visit to Moscow by the Foreign Minister on 3 May.", "CONSULT 2024-05-03 Moscow scheduled" },
        { "en", "2024-03-08", "The Secretary-General met the Prime Minister in Geneva on Monday and then briefed the press.", "CONSULT 2024-03-04 Geneva occurred" },
        { "de", "2024-03-08", "Die Kanzlerin traf sich am Montag mit allen ihren EU-Amtskollegen zu einem Gipfel in Brüssel.", "CONSULT 2024-03-04 Brussels occurred" },
        { "de", "2024-03-08", "Der Soldat wurde am Montag mit militärischen Ehren beigesetzt.", "" },
        { "en", "2024-09-23", "The Prime Minister had a meeting yesterday with the CEO of a shipping company and the Foreign Minister of Greece.", "CONSULT 2024-09-22 - occurred" },
        { "en", "2013-09-24", "The Secretary-General welcomed President Bachelet to Geneva today.", "CONSULT 2013-09-24 Geneva occurred" },
        // A weekday and its date in brackets: "weiterreisen" is a journey, and the meeting it is for takes place where it goes.
        { "de", "2021-12-08", "Am Freitagmorgen (10.12.) wird die Ministerin nach Prag weiterreisen, um den tschechischen Außenminister zu treffen.", "CONSULT 2021-12-10 Prague scheduled" },
        // A programme: a line that is only a day heads the lines after it, which take place in the city named last above.
        { "de", "2016-06-24", "Staatsbesuch in Portugal\n\nDer Bundespräsident hat am Freitag in Berlin den Botschafter Portugals zu einem Gespräch über die bevorstehende Reise empfangen.\n\nKurzprogramm:\nDienstag, 21.6.\n- Flug nach Porto\n- Porto, Präsidentenpalast\nBegrüßung durch den Präsidenten der Portugiesischen Republik und Eintrag ins Gästebuch - Ehrenhalle\n- Amtssitz des Ministerpräsidenten\nGespräch mit dem Ministerpräsidenten von Portugal, António Costa - Präsidentenpalast\n", "CONSULT 2016-06-24 Berlin occurred|CONSULT 2016-06-21 Porto occurred" },
        { "de", "2016-06-24", "Staatsbesuch in Portugal\n\nDer Bundespräsident hat am Freitag in Berlin den Botschafter Portugals zu einem Gespräch über die bevorstehende Reise empfangen.\n\nKurzprogramm:\nMontag, 20. Juni 2016\n- Flug nach Lissabon\n- Lissabon, Präsidentenpalast\nBegrüßung durch den Präsidenten der Portugiesischen Republik und Eintrag ins Gästebuch - Ehrenhalle\n- Amtssitz des Ministerpräsidenten\nGespräch mit dem Ministerpräsidenten von Portugal, António Costa - Präsidentenpalast\n", "CONSULT 2016-06-24 Berlin occurred|CONSULT 2016-06-20 Lisbon occurred" },
        // On a page of press releases, an undated report takes the date line right above it, and a meeting under a
        // heading about a trip to one city takes place there.
        { "de", "2023-06-01", "Medienmitteilungen\n\nBundesrätin Muster reist vor dem Gipfel nach Lissabon\n\n01.06.2023 — Medienmitteilung EDA\nDie Vorsteherin des EDA wird am 5. Juni 2023 den portugiesischen Außenminister treffen.", "CONSULT 2023-06-05 Lisbon scheduled" },
        { "de", "2016-01-21", "Medienmitteilungen\n\nHier finden Sie die letzten Mitteilungen.\n\nWEF: Bundesrätin Muster spricht mit Ministern\n\n21.01.2016 — Medienmitteilung EDA\nBundesrätin Muster hat das Weltwirtschaftsforum in Davos zu bilateralen Treffen mit dem italienischen Außenminister genutzt.", "CONSULT 2016-01-21 Davos occurred" },
        // A country's own cabinet, council or parliament in session is no diplomacy; "Bundesrat" before a name is a title.
        { "de", "2025-09-12", "Der Bundesrat hat an seiner Sitzung vom 12. September 2025 beschlossen, Geld für einen Fonds bereitzustellen.", "" },
        { "de", "2025-09-12", "Bern, 12. September 2025 – An seiner Sitzung vom 12. September 2025 wurde der Bundesrat über die Lage informiert.", "" },
        { "de", "2025-09-12", "In der Kabinettssitzung am Mittwoch beschloss die Regierung das Gesetz.", "" },
        { "en", "2025-09-12", "The Cabinet meeting on Tuesday discussed the budget.", "" },
        { "de", "2025-09-12", "Bundesrat Didier Burkhalter nahm am Montag an der Sitzung der OSZE in Wien teil.", "CONSULT 2025-09-08 Vienna occurred" },
        { "de", "2025-09-12", "Der Bundesrat nimmt am Montag an der Ukraine-Konferenz in Lugano teil.", "CONSULT 2025-09-15 Lugano scheduled" },
        // "H.E." and "S.D." are honorifics, not the end of a sentence.
        { "en", "2018-04-27", "The Secretary-General spoke with H.E. Mr. Hery Rajaonarimampianina, President of Madagascar, this morning.", "CONSULT 2018-04-27 - occurred" },
        { "de", "2020-09-25", "Der Bundesrat stattete am Freitag S.D. Erbprinz Alois in Vaduz einen Höflichkeitsbesuch ab.", "CONSULT 2020-09-25 Vaduz occurred" },
        // The Federal Chancellery of a text about Austria is Vienna's; of a text about Germany, Berlin's.
        { "de", "2022-01-13", "Der österreichische Bundeskanzler Nehammer empfängt heute den Schweizer Bundespräsidenten Cassis im Bundeskanzleramt. Österreich und die Schweiz sind enge Partner.", "CONSULT 2022-01-13 Vienna scheduled" },
        { "de", "2022-01-13", "Der Bundeskanzler empfängt heute den französischen Präsidenten im Bundeskanzleramt.", "CONSULT 2022-01-13 Berlin scheduled" },
        // A small town of diplomacy: the summer home of the Bush family.
        { "en", "2007-07-01", "President Bush hosted President Putin at Kennebunkport on Sunday.", "CONSULT 2007-07-01 Kennebunkport occurred" },
        // A trip announced at a press conference lies ahead: the announcement is not a visit on its day.
        { "de", "2025-11-14", "Ich darf Ihnen eine Reise des Ministers ankündigen. Am Montag reist er nach Tirana und trifft dort den albanischen Ministerpräsidenten.", "CONSULT 2025-11-17 Tirana scheduled" },
        { "en", "2025-11-14", "I would like to announce a trip by the Secretary. On Monday she travels to Tirana to meet the Prime Minister of Albania.", "CONSULT 2025-11-17 Tirana scheduled" },
        // The guest house of the federal government is Schloss Meseberg.
        { "de", "2015-08-31", "Am Nachmittag empfängt die Kanzlerin den spanischen Ministerpräsidenten im Gästehaus der Bundesregierung.", "CONSULT 2015-08-31 Meseberg scheduled" },
        // A call worded as "a call" or "a conversation" after "had"; "and" that joins no people leaves the partners joined before.
        { "en", "2016-03-09", "This morning, President Lind and Danish Prime Minister Holm had a warm and useful call. They discussed trade and energy.", "CONSULT 2016-03-09 - occurred" },
        { "en", "2016-03-09", "The President also had a long conversation with the Prime Minister of Ghana this afternoon.", "CONSULT 2016-03-09 - occurred" },
        // "Danach": a journey told after a meeting is the next event, on the day the text gives; "before that" gives a journey
        // no day of its own, and it does not take the meeting's.
        { "de", "2011-05-04", "Die Kanzlerin traf heute in Paris den französischen Präsidenten. Danach reist sie weiter nach Brüssel, wo sie den NATO-Generalsekretär trifft.", "CONSULT 2011-05-04 Paris occurred|CONSULT 2011-05-04 Brussels scheduled" },
        { "en", "2011-05-04", "The Chancellor met the French President in Paris today. Before that, she travels to Madrid to meet the Spanish Prime Minister.", "CONSULT 2011-05-04 Paris occurred" },
        // A day and month without a year, three weeks after the report, lies ahead though the verb is in the past.
        { "de", "2016-01-20", "Die Kanzlerin erläuterte die Ziele der Geberkonferenz am 4. Februar in London.", "CONSULT 2016-02-04 London scheduled" },
        { "en", "2016-01-20", "The Minister outlined the aims of the donors' conference on February 4 in London.", "CONSULT 2016-02-04 London scheduled" },
        // A venue named only beside a later date is not the venue of a call today; a measure lends talks no date.
        { "en", "2009-02-11", "This afternoon, President Lind spoke to President Peres of Israel. They discussed the upcoming summit in London on April 2.", "CONSULT 2009-02-11 - occurred|CONSULT 2009-04-02 London scheduled" },
        { "en", "2018-04-24", "The talks at the White House begin today. He is expected to impose new sanctions on Iran on May 12. The French President will talk to the President about Syria.", "CONSULT 2018-04-24 Washington scheduled|SANCTION 2018-05-12 - scheduled" },
        // "being prepared" lies ahead; a place between a speaker and "said" is where it was said.
        { "en", "2019-12-07", "The Secretary will welcome the Russian Foreign Minister in Washington on Tuesday. On Friday, a spokeswoman in Moscow said the talks were being prepared for Tuesday.", "CONSULT 2019-12-10 Washington scheduled" },
        // A full stop glued to the next sentence ("Wien.Im") ends the sentence and the city's name.
        { "de", "2006-06-10", "Themen sind die Vorbereitung des Gipfeltreffens EU-USA am 21. Juni in Wien.Im Rat erörtern die Außenminister die Lage im Irak.", "CONSULT 2006-06-21 Vienna scheduled" },
        // A date stamp in brackets that opens the page is its date line.
        { "de", "2013-06-14", "[Bundesregierung - 14.06.2013] Bundeskanzlerin Merkel empfängt den Präsidenten der Vereinigten Staaten\nBundeskanzlerin Merkel wird am 19. Juni 2013 den amerikanischen Präsidenten im Bundeskanzleramt begrüßen.", "CONSULT 2013-06-19 Berlin scheduled" },
        // A town "near" another place only says where the venue lies.
        { "en", "2007-11-27", "Officials from forty countries have gathered in Annapolis, Maryland near Washington for a conference on peace in the Middle East.", "CONSULT 2007-11-27 Annapolis occurred" },
        // A meeting with the staff of an embassy is no diplomacy between states.
        { "de", "2022-01-18", "Am 19. Januar reist der Außenminister nach Kiew, wo er den Präsidenten trifft. Er trifft sich dort auch mit den Mitarbeitenden der Botschaft.", "CONSULT 2022-01-19 Kyiv scheduled" },
        { "en", "2022-01-18", "On January 19 the Secretary travels to Kyiv to meet the President. He will also meet with the staff of the embassy there.", "CONSULT 2022-01-19 Kyiv scheduled" },
        // Agreeing to go on doing something ("vereinbarten, den Austausch fortzusetzen") is an intention, not an agreement
        // reached; agreeing that something be done, or agreeing on a treaty in order to do something, still is one.
        { "de", "2021-12-22", "Bundeskanzler Scholz und Präsident Putin vereinbarten am Dienstag, den Austausch fortzusetzen.", "" },
        { "de", "2021-12-22", "Die Minister vereinbarten am Montag, dass die Grenze geöffnet wird.", "AGREE 2021-12-20 - occurred" },
        { "de", "2021-12-22", "Die Minister vereinbarten am Montag in Berlin ein Abkommen, um den Handel auszubauen.", "AGREE 2021-12-20 Berlin occurred" },
        // A one-letter word or a figure in the clause after the comma is read, not tripped over.
        { "de", "2021-12-22", "Die Minister vereinbarten am Montag in Berlin, 3 Beobachter nach Genf zu entsenden.", "" },
        // Preparations for a meeting, or its "Vorbereitung", put a bare month ahead of the report though the verb is past.
        { "en", "2009-09-10", "The ministers reviewed preparations for the climate conference in Copenhagen in December.", "CONSULT 2009-12 Copenhagen scheduled" },
        { "de", "2009-09-10", "Die beiden sprachen auch über die Vorbereitung der Klimakonferenz im Dezember in Kopenhagen.", "CONSULT 2009-12 Copenhagen scheduled" },
        // A team or staff met after an adverb or a pronoun ("traf sie auch das Team") is no partner between states.
        { "de", "2022-03-22", "Die Präsidentin traf am Montag in Berlin den Bundeskanzler. Am Dienstag traf sie auch das Team des Verbindungsbüros.", "CONSULT 2022-03-21 Berlin occurred" },
        { "en", "2022-03-22", "The President met the Chancellor in Berlin on Monday. On Tuesday she met also the team of the liaison office.", "CONSULT 2022-03-21 Berlin occurred" },
        // People joined by "and" before a call talk with each other in the call's comma segment, not in an apposition after it.
        { "en", "2021-12-30", "The American President and the Russian President spoke by phone on Thursday, their second conversation this month, as tensions over troops kept rising.", "CONSULT 2021-12-30 - occurred" },
        // A dialogue that a signed text only provides a framework for is not held that day.
        { "en", "2010-04-14", "In Washington today, the two foreign ministers signed a memorandum of understanding that provides a framework for a dialogue between the two governments.", "AGREE 2010-04-14 Washington occurred" },
        { "de", "2010-04-14", "Die Außenminister unterzeichneten heute in Berlin eine Absichtserklärung, die den Rahmen für einen Dialog zwischen beiden Ländern absteckt.", "AGREE 2010-04-14 Berlin occurred" },
        // A negated meeting or trip "as scheduled" was called off; "didn't" negates as "did not" does.
        { "en", "2018-08-25", "President Lind has told the Foreign Minister not to travel to Pyongyang next week as scheduled.", "CONSULT 2018-W35 Pyongyang cancelled" },
        { "en", "2018-08-25", "The President didn't meet the Chancellor on Monday as planned.", "CONSULT 2018-08-20 - cancelled" },
        { "en", "2018-08-25", "The President didn't meet the Chancellor on Monday.", "" },
        // A forum of a trade or an industry, or hosting one, is no meeting between states; a meeting held at a trade show is.
        { "en", "2019-09-16", "We will also host the national Energy Week forum in Moscow on October 5.", "" },
        { "en", "2019-09-16", "We will host the G20 summit on October 5 in Moscow.", "CONSULT 2019-10-05 Moscow scheduled" },
        { "en", "2019-09-16", "On August 27 the two of us met at an air show in Moscow.", "CONSULT 2019-08-27 Moscow occurred" },
        { "de", "2019-09-16", "Im Oktober findet in Moskau das Wirtschaftsforum statt.", "" },
        { "de", "2019-09-16", "Im Oktober findet in Moskau das Forum der Außenminister statt.", "CONSULT 2019-10 Moscow scheduled" },
        // A separable verb of cancelling closes its clause with its particle ("sagte ... ab", "called ... off"); talks broken
        // off were held; "verschob" puts off.
        { "de", "2023-07-12", "Der Präsident sagte seine für Donnerstag geplante Reise nach Brüssel ab.", "CONSULT 2023-07-13 Brussels cancelled" },
        { "de", "2023-07-12", "Die Gespräche in Genf wurden am Dienstag ohne Ergebnis abgebrochen.", "CONSULT 2023-07-11 Geneva occurred" },
        { "de", "2023-07-12", "Die Kanzlerin verschob ihre Reise nach Kiew auf nächste Woche.", "CONSULT 2023-W29 Kyiv postponed" },
        { "en", "2023-07-12", "The President called the Chancellor on Thursday.", "CONSULT 2023-07-06 - occurred" },
        // An editor's words in brackets ("(of State)") end no clause; a name in brackets ("(Good Friday)") still does.
        { "en", "2015-10-21", "Earlier, Putin met Assad in Moscow on Tuesday. Lavrov will meet Friday in Vienna with the U.S. Secretary (of State), John Kerry, to discuss Syria.", "CONSULT 2015-10-20 Moscow occurred|CONSULT 2015-10-23 Vienna scheduled" },
        { "en", "2022-10-25", "The Prime Minister spoke to President Biden this evening. They also agreed on the need to preserve the Belfast (Good Friday) Agreement.", "CONSULT 2022-10-25 - occurred" },
        // The browser's title of a page, ending with its skip link, is no lead: the summit is the one told below, on its day.
        { "de", "2022-03-31", "EU-Japan-Gipfel berät über Handel - Europäische Kommission Zum Hauptinhalt\n\nEU-Japan-Gipfel berät über Handel\n\nMorgen, Freitag, werden die Europäische Union und Japan in Tokio ihr Gipfeltreffen abhalten.", "CONSULT 2022-04-01 Tokyo scheduled" },
        // A verb of discussing that reports no event of its own claims no place ("meet ... in Vienna to discuss Syria"); a
        // body named as the owner of topics is no meeting of the day.
        { "en", "2015-10-21", "Lavrov will meet Friday with John Kerry in Vienna to discuss Syria. Earlier, Putin met Assad in Moscow on Tuesday.", "CONSULT 2015-10-23 Vienna scheduled|CONSULT 2015-10-20 Moscow occurred" },
        { "de", "2007-06-17", "Die Außenminister kamen am Sonntag in Luxemburg zusammen. Am Montagmorgen besprechen sie die offenen Themen des Europäischen Rates.", "CONSULT 2007-06-17 Luxembourg occurred" },
        // A guest who meets two hosts on one day in two paragraphs holds two meetings; "Bundesverteidigungsministerin" is a title.
        { "de", "2019-11-08", "US-Außenminister Pompeo traf heute in Berlin den Bundesfinanzminister Olaf Scholz. Sie sprachen über den Handel.\n\nUS-Außenminister Pompeo traf heute in Berlin Verteidigungsministerin Annegret Kramp-Karrenbauer. Beide sprachen über die NATO.", "CONSULT 2019-11-08 Berlin occurred|CONSULT 2019-11-08 Berlin occurred" },
        // A planned visit lies ahead though the verb that names it is past.
        { "en", "2026-02-14", "They also discussed the President's planned visit to China in April.", "CONSULT 2026-04 - scheduled" },
        // A headline longer than a lead's first line, in capitals and unclosed, is still the title; a stale clock above it is no date.
        { "en", "2026-02-14", "Tuesday, 02 January 2024 12:17 GMT\nSecretary Lind's Meeting With The Director Of The Office Of The Central Foreign Affairs Commission And The Foreign Minister Of Norway\n\nSecretary of State Lind met on February 13 with the Foreign Minister of Norway in Washington. The meeting was positive and constructive and lasted two hours in all.", "CONSULT 2026-02-13 Washington occurred" },
        // A readout published again under an introduction that dates it: its "heute" is that day.
        { "de", "2014-10-22", "Telefonat zwischen Obama und Poroschenko\n\nWASHINGTON – Nachfolgend veröffentlichen wir die Zusammenfassung eines Gesprächs vom 15. Oktober 2014 zwischen Präsident Obama und dem Präsidenten der Ukraine.\n\nAm Nachmittag telefonierte Präsident Obama heute mit Präsident Petro Poroschenko über die Lage in der Ostukraine.", "CONSULT 2014-10-15 - occurred" },
        // Guards on the rules above: a purpose to prepare, or talks about preparations, keep a past day; "as planned" after
        // a negated meeting in another clause cancels nothing; a trade word after the object, or Mass, drops no meeting; a
        // relative clause after an agreement is no commitment to act; "they" go on from a measure to talks of that day; an
        // auxiliary keeps "visit" a verb; an interview with a broadcaster is no talks; diplomats are no spokespeople.
        { "en", "2019-05-07", "The ministers met in Brussels on Monday to prepare for the NATO summit.", "CONSULT 2019-05-06 Brussels occurred" },
        { "en", "2019-05-07", "The Secretary spoke with Foreign Minister Maas on Monday about preparations for the NATO summit.", "CONSULT 2019-05-06 - occurred" },
        { "en", "2019-05-07", "The Chancellor will not meet President Lukashenko, but the summit in Minsk opens on Monday as planned.", "CONSULT 2019-05-13 Minsk scheduled" },
        { "de", "2019-05-07", "Papst Franziskus empfing Präsident Biden nach der Messe im Vatikan.", "CONSULT 2019-05-07 Vatican City occurred" },
        { "en", "2019-05-07", "President Putin will host President Erdogan at the air show near Moscow on August 27.", "CONSULT 2019-08-27 Moscow scheduled" },
        { "de", "2019-05-07", "Die beiden Regierungen vereinbarten am Montag in Ankara eine Feuerpause, zu deren Überwachung Beobachter entsandt werden.", "AGREE 2019-05-06 Ankara occurred" },
        { "de", "2019-05-07", "Die Parteien vereinbarten am Montag in Minsk eine Waffenruhe, die beide Seiten ab Mittwoch einzuhalten haben.", "AGREE 2019-05-06 Minsk occurred" },
        { "en", "2022-02-23", "EU foreign ministers imposed sanctions on Russia on Tuesday. They also held talks with the Foreign Minister of Ukraine.", "SANCTION 2022-02-22 - occurred|CONSULT 2022-02-22 - occurred" },
        { "en", "2019-05-07", "On Monday a delegation will visit Moscow for talks on arms control.", "CONSULT 2019-05-13 Moscow scheduled" },
        { "en", "2019-05-07", "In a conversation with German broadcaster ZDF on Monday, the Ukrainian Foreign Minister criticised Berlin.", "" },
        { "en", "2019-05-07", "Kerry met Lavrov in Paris on Thursday. Diplomats in Vienna said the nuclear talks would resume on Monday.", "CONSULT 2019-05-02 Paris occurred|CONSULT 2019-05-13 Vienna scheduled" },
        // An agency caption sets where people stand between commas ("Holm, left, meets with ..."): it is a photo, not a report.
        { "en", "2015-03-06", "Foreign Minister Holm, left, meets with Foreign Minister Lind in Riyadh, Saudi Arabia, Thursday, March 5, 2015.\n\nThe Secretary met the King in Riyadh on Friday.", "CONSULT 2015-03-06 Riyadh occurred" },
        // A date inside an attribute before a noun ("den im Dezember 2016 neu gewählten Präsidenten") dates the participle, not the visit.
        { "de", "2017-02-16", "Am Donnerstag empfing die Bundespräsidentin in Bern den Präsidenten Österreichs. Für den erst im Dezember 2016 gewählten Präsidenten war es die erste Reise ins Ausland.", "CONSULT 2017-02-16 Bern occurred" },
        // A Land's chancellery names its capital; a date between an envoy's title and the place ends the title's reach.
        { "de", "2018-03-02", "Der Ministerpräsident empfängt den Botschafter am Montag, 5. März 2018, in der Thüringer Staatskanzlei.", "CONSULT 2018-03-05 Erfurt scheduled" },
        { "de", "2018-03-02", "Der Ministerpräsident empfängt den Botschafter am Montag in Erfurt.", "CONSULT 2018-03-05 Erfurt scheduled" },
        // A guest of someone named is on a visit to them; a guest of a debate is not.
        { "de", "2018-03-05", "Der Botschafter ist am Donnerstag zu Gast bei dem Ministerpräsidenten in Erfurt.", "CONSULT 2018-03-08 Erfurt scheduled" },
        { "de", "2006-03-30", "Die Kanzlerin war am Mittwochmorgen im Bundestag zu Gast bei der Haushaltsdebatte.", "" },
        // Talks kept up or deepened as a relation are no meeting of a day.
        { "de", "2018-04-20", "Die Ministerpräsidentin will den Dialog mit Russland pflegen und intensivieren.", "" },
        { "en", "2018-04-20", "The Governor wants to maintain dialogue with Moscow.", "" },
        // Setting out for a city is a visit there.
        { "de", "2016-09-08", "Am Freitag macht sich der belgische Premier auf den Weg nach Berlin.", "CONSULT 2016-09-09 Berlin scheduled" },
        // Everyone named after "mit" behind the event word is the other side of a visitor told before, though all act for one body.
        { "de", "2010-07-07", "Der Bundespräsident ist in Straßburg. Am Donnerstag stehen in Brüssel Gespräche mit Kommissionspräsident Barroso und Ratspräsident Van Rompuy auf dem Programm.", "CONSULT 2010-07-08 Brussels scheduled" },
        { "en", "2010-07-07", "The President is in Strasbourg. Talks with Commission President Barroso and Council President Van Rompuy in Brussels are on the programme for Thursday.", "CONSULT 2010-07-08 Brussels scheduled" },
        // "einigen" before a noun is a determiner; before "sich" it is the verb.
        { "de", "2010-07-07", "Der Präsident wurde am Mittwoch in Straßburg empfangen. Anschließend schüttelte er einigen deutschen Abgeordneten die Hand.", "CONSULT 2010-07-07 Strasbourg occurred" },
        { "de", "2010-07-07", "Die Minister einigen sich am Montag in Brüssel auf einen Kompromiss.", "AGREE 2010-07-05 Brussels occurred" },
        // Flying on to a city, and a reception by someone named there, are a visit.
        { "de", "2010-07-07", "Am Mittwochnachmittag flog der Präsident weiter nach Paris, wo ein Empfang beim französischen Staatspräsidenten folgte.", "CONSULT 2010-07-07 Paris occurred" },
        // A title that says the visit was called off, and "abzusagen", make it cancelled.
        { "de", "2020-09-14", "Besuch des Außenministers in Berlin abgesagt\n\nDer Besuch des russischen Außenministers in Berlin war für den 15. September geplant. Es wurde beschlossen, den Besuch abzusagen.", "CONSULT 2020-09-15 Berlin cancelled" },
        // "d.J." is this year, and the day of a notice dates the notice, not the talks it speaks of.
        { "de", "2020-09-14", "Am 3. September d.J. teilte die deutsche Seite mit, dass für die Gespräche nur eine Stunde vorgesehen sei.", "" },
        // A date in an opening that names an event of its own dates that event, and a place named for another day is not its place.
        { "de", "2022-11-29", "Der Bundesrat empfängt heute den Präsidenten in Bern. Nach den offiziellen Gesprächen am Dienstagnachmittag besuchen die Präsidenten am Mittwoch die Hochschule in Zürich.", "CONSULT 2022-11-29 Bern scheduled" },
        // A long line without closing punctuation above the running text is a subtitle, not the lead a date line above dates.
        { "de", "2017-03-01", "Kurz trifft deutschen Amtskollegen\n\nerstellt am\n28. 02. 17\n13:00 MEZ\n\nErstes offizielles Arbeitsgespräch zwischen dem Bundesminister und seinem deutschen Amtskollegen in Wien mit vielen Themen auf der Agenda\nBerlin/Wien (apa) - Am 27.02. kam der neue deutsche Außenminister zum ersten Arbeitsgespräch mit dem Bundesminister nach Wien. Sie sprachen über die Lage in Europa und über die Zukunft der Union.", "CONSULT 2017-02-27 Vienna occurred" },
        // Talks with a professor or a vice-rector are no diplomacy.
        { "de", "2013-03-19", "Am Dienstag empfing die Ministerpräsidentin in Erfurt den Botschafter Portugals. Zuvor traf der Botschafter am Dienstag in Jena Professor Meier von der Universität.", "CONSULT 2013-03-19 Erfurt occurred" },
        { "en", "2013-03-19", "In Erfurt on Tuesday the Premier received the Ambassador of Portugal. Earlier on Tuesday the Ambassador met the vice-rector of the university in Jena.", "CONSULT 2013-03-19 Erfurt occurred" },
        // A lead that tells a visit without its day, and a sentence after it that tells it with its day, tell one event.
        { "de", "2017-04-27", "Hoher Besuch für den Kanton: Regierungsrätin Anna Muster hatte den deutschen Botschafter Otto Beispiel zu Gast im Regierungsgebäude.\n\nOtto Beispiel wurde am Dienstag in Chur von Regierungsrätin Anna Muster empfangen. Danach wurde gemeinsam Mittag gegessen.", "CONSULT 2017-04-25 Chur occurred" },
        // "each other" makes nothing recurring; an occasion on another day is not this event's, nor is the venue named for it.
        { "en", "2014-05-27", "Last night the Premier talked with President Obama; they look forward to seeing each other at the G7 summit in Brussels next week.", "CONSULT 2014-05-26 - occurred|CONSULT 2014-W23 Brussels scheduled" },
        // "there" is the country named before it in the sentence.
        { "en", "2014-05-27", "The call centred on Afghanistan, after the President's visit there over the weekend.", "CONSULT 2014-W21-WE Afghanistan occurred" },
        // A demand made of no one is a statement.
        { "de", "2008-06-27", "Die Außenminister der G8 haben am Donnerstag bei ihrem Treffen in Kyoto mehr Anstrengungen gegen steigende Preise verlangt.", "CONSULT 2008-06-26 Kyoto occurred" },
        // "will take place at a later date" postpones it.
        { "en", "2018-11-08", "The State Department said on Wednesday that the talks between the Secretary and his counterpart, planned in New York for Thursday, will now take place at a later date.", "CONSULT 2018-11-08 New York postponed" },
        // A meeting told after an event the sentence opens with is another meeting.
        { "de", "2018-03-02", "Der Ministerpräsident empfängt den Botschafter am Montag in Erfurt. Im Anschluss an diese Unterredung wird der Botschafter den Innenminister treffen.", "CONSULT 2018-03-05 Erfurt scheduled|CONSULT 2018-03-05 Erfurt scheduled" },
        // The speaker is one of two joined by "and" before a verb of talking; a visit of this week takes the days its talks
        // are set for, and with them their status.
        { "en", "2015-02-25", "Later this week I will be in New Zealand for our annual Australia-New Zealand leaders' meeting. On 27-28 February, Prime Minister Key and I will discuss trade and security.", "CONSULT 2015-02-27 New Zealand scheduled" },
        // The city someone leaves after talks held them.
        { "en", "2007-01-17", "The Secretary left Cairo earlier on Wednesday after talks with the Egyptian Foreign Minister.", "CONSULT 2007-01-17 Cairo occurred" },
        { "de", "2007-01-17", "Die Ministerin verließ Kairo am Mittwoch nach Gesprächen mit dem ägyptischen Außenminister.", "CONSULT 2007-01-17 Cairo occurred" },
        // Two office holders of the host met by a minister named only by office are no meeting among themselves.
        { "de", "2007-04-13", "Am Montag trifft der Minister in Mexiko den Präsidenten Felipe Calderón und die Außenministerin Patricia Espinosa.", "CONSULT 2007-04-16 Mexico scheduled" },
        { "en", "2007-04-13", "On Monday the Minister meets President Felipe Calderón and Foreign Minister Patricia Espinosa in Mexico City.", "CONSULT 2007-04-16 Mexico City scheduled" },
        { "de", "2007-04-13", "Am Montag fliegt der Minister nach Mexiko, um dort mit Felipe Calderón und Patricia Espinosa zusammenzutreffen.", "CONSULT 2007-04-16 Mexico scheduled" },
        // A city's adjective before a building names the city as the venue.
        { "de", "2018-04-19", "Der Landeshauptmann traf in dieser Woche die Gesandten dreier Länder zu Arbeitsgesprächen in der Grazer Burg.", "CONSULT 2018-W16 Graz occurred" },
        // A picture's text printed alone and again with its credit is a caption both times.
        { "de", "2017-07-13", "Gabriel sagt Treffen mit Lawrow ab\n\nDer Außenminister hat das Treffen mit seinem russischen Kollegen am Donnerstag in Berlin abgesagt.\n\nAm Mittwoch nahm der Minister noch an einer Konferenz in Rom teil - danach wurde er krank\nAm Mittwoch nahm der Minister noch an einer Konferenz in Rom teil - danach wurde er krankFoto: Agentur/Fotograf\n\nMehr zum Thema", "CONSULT 2017-07-13 Berlin cancelled" },
        // A visit to a military command is a stop on a programme.
        { "de", "2023-09-14", "Die Ministerin äußerte sich am Mittwoch am Rande eines Besuchs beim Ausbildungskommando der Luftwaffe in Texas.", "" },
        // A call on someone in person is a courtesy call; "called on" someone to do something is an appeal.
        { "en", "2024-03-26", "The External Affairs Minister called on Prime Minister Lee Hsien Loong in Singapore on Monday and passed on greetings from New Delhi.", "CONSULT 2024-03-25 Singapore occurred" },
        { "en", "2024-03-26", "The Secretary called on President Lukashenko on Monday to release the prisoners.", "" },
        // A place after a noun of a state of affairs is where that is, not the venue.
        { "en", "2019-02-28", "The two ministers met on Thursday and talked for a long time about the political situation in Westminster.", "CONSULT 2019-02-28 - occurred" },
        { "de", "2019-02-28", "Die beiden Minister trafen sich am Donnerstag zu einem langen Gespräch über die Lage in Aleppo.", "CONSULT 2019-02-28 - occurred" },
        // A date after a word of sequence and the noun it governs dates that noun.
        { "de", "2018-03-05", "Der Landeshauptmann reist morgen zu Gesprächen nach Wien. Es sind dies seine ersten Gespräche in Wien nach Vereidigung der neuen Regierung am 18. Dezember vergangenen Jahres.", "CONSULT 2018-03-06 Vienna scheduled" },
        // Appointments ("Termine") with someone at a place are meetings; calling them off cancels them.
        { "de", "2017-07-13", "Der Außenminister hat die gemeinsamen Termine mit seinem russischen Kollegen am Donnerstag in Berlin kurzfristig abgesagt.", "CONSULT 2017-07-13 Berlin cancelled" },
        // Two people joined by "and" talk with each other though many words stand between them and "to talk".
        { "en", "2018-02-10", "Foreign Minister Anna Sample of Australia and Foreign Minister Tom Example of New Zealand have gone together to a quiet vineyard today to talk about trade.", "CONSULT 2018-02-10 - occurred" },
        // "jemanden sprechen": someone spoken to, named in the clause, is the other side; a place is no one.
        { "de", "2017-07-13", "Außenminister Sigmar Gabriel hatte Sergej Lawrow erst vor zwei Wochen in Sotschi gesprochen.", "CONSULT 2017-W26 Sochi occurred" },
        { "de", "2017-07-13", "Bundeskanzlerin Angela Merkel sprach am Montag in Berlin über die Lage in Europa.", "" },
        // What is to be convened lies ahead of the call for it, though the call is told in the past.
        { "de", "2013-10-21", "Die Minister brachten ihre Sorge über den Krieg zum Ausdruck und stellten sich hinter den Ruf der Vereinten Nationen nach Einberufung einer Konferenz in Genf noch vor Ende November.", "CONSULT 2013-11 Geneva scheduled" },
        // What the rules above must leave alone: a source named after "nach", a meeting as the subject of a verb of
        // strengthening, a trip to talks that leaves a city, an appeal "for" something, a second person after "hat".
        { "de", "2016-05-04", "Das Treffen findet nach Angaben des Ministeriums am Montag in Wien statt.", "CONSULT 2016-05-09 Vienna scheduled" },
        { "de", "2016-05-04", "Das Treffen am Montag in Wien soll die Beziehungen stärken.", "CONSULT 2016-05-09 Vienna scheduled" },
        { "en", "2016-05-04", "The Secretary left Washington on Monday for talks with his Russian counterpart in Geneva.", "CONSULT 2016-05-02 Geneva occurred" },
        { "en", "2016-05-04", "The Union called on President Lukashenko on Monday for the release of all prisoners.", "" },
        { "de", "2016-05-04", "Am Montag hat Außenminister Lawrow Gespräche mit Kerry in Genf geführt.", "CONSULT 2016-05-02 Geneva occurred" },
        // Talks named in the genitive of another noun are not dated by a relative clause about something else.
        { "de", "2018-04-19", "Am Montag empfing der Landeshauptmann in Graz den Botschafter Bulgariens. Ein Thema des Gesprächs war der Vorsitz im Rat, den Österreich Anfang Juli übernehmen wird.", "CONSULT 2018-04-16 Graz occurred" },
        // A sentence a page broke with blank lines is read whole; a place right before a visit's participle is its object.
        { "de", "2023-03-10", "Der Termin war nachgeholt worden: Die Ministerin hatte am\n\nMittwoch Prag besucht und dort den Premier\n\nPetr Fiala getroffen.", "CONSULT 2023-03-08 Prague occurred" },
        // The place between a verb of paying and the visit paid is where the visit goes.
        { "de", "2023-03-09", "Der Präsident des Europäischen Rates stattet Prag am Donnerstagabend einen Besuch ab.", "CONSULT 2023-03-09 Prague occurred" },
        // A seat several countries share a name for is the one of the country the article has named before it.
        { "de", "2023-02-16", "Termine in Wien\n\nDer spanische Premier wurde am Donnerstag vor dem Bundeskanzleramt mit allen Ehren empfangen.", "CONSULT 2023-02-16 Vienna occurred" },
        // The sentence after a meeting that says where its people are, with the city after its country's name, places it.
        { "en", "2023-05-21", "New Delhi: Prime Minister Modi met his British counterpart Rishi Sunak on Sunday. Both men, who are in Japan's Hiroshima for the G7 summit, talked about trade. Modi hopes to welcome Sunak in New Delhi later this year.", "CONSULT 2023-05-21 Hiroshima occurred" },
        // A guest in a place named is on a visit there; a guest in a studio is none.
        { "de", "2020-10-06", "Der sächsische Ministerpräsident ist am Dienstag zu Gast in Warschau.", "CONSULT 2020-10-06 Warsaw occurred" },
        { "de", "2020-10-06", "Die Ministerin war am Sonntag zu Gast im Studio.", "" },
        // A seat on a council is no meeting of it.
        { "en", "2024-09-30", "New Zealand is campaigning hard to win a seat on the UN Security Council in 2039.", "" },
        { "de", "2024-09-30", "Deutschland bewirbt sich um einen Sitz im Sicherheitsrat für die Jahre 2027 und 2028.", "" },
        // German names the day and the venue of talks before their topic: a place and a date inside the topic are the topic's.
        { "de", "2018-06-15", "Der Ministerpräsident hat am Freitag den amerikanischen Botschafter empfangen. Die beiden sprachen über die Beziehungen und über die geplante Eröffnung eines Büros in Boston im Sommer.", "CONSULT 2018-06-15 - occurred" },
        // German puts a journey's destination at the end of its clause; a verb of flying that reaches no place, or is negated, is no visit.
        { "de", "2024-12-06", "Nach jetzigem Stand fliegt die Bundespräsidentin am 16. Dezember nach Lissabon.", "CONSULT 2024-12-16 Lisbon scheduled" },
        { "de", "2024-12-06", "Die Bundespräsidentin fliegt am Montag wieder aus der Kritik, sagt man in Bern.", "" },
        { "de", "2024-12-06", "Der Kanzler flog im vergangenen Jahr nie nach Peking.", "" },
        // The place someone flies back to is no venue, and going home is no visit.
        { "de", "2012-03-26", "Am Montag trifft der Bundespräsident in Warschau den Präsidenten. Nach einem Gespräch mit dem Regierungschef fliegt der Bundespräsident dann nach Berlin zurück.", "CONSULT 2012-03-26 Warsaw scheduled" },
        { "en", "2012-03-26", "After talks with the Prime Minister on Monday in Warsaw, the President flew back to Berlin.", "CONSULT 2012-03-26 Warsaw occurred" },
        // An event a span before or after the one its sentence dates lies that span away; a span after a happening that is no event word dates nothing.
        { "en", "2016-09-23", "The two prime ministers met in Ottawa on Thursday, only three weeks after the Canadian leader visited China.", "CONSULT 2016-09-22 Ottawa occurred|CONSULT 2016-W35 China occurred" },
        { "de", "2016-09-23", "Die Kanzlerin empfing den Premier am Donnerstag in Berlin, nur zwei Monate nach ihrem Besuch in Peking.", "CONSULT 2016-09-22 Berlin occurred|CONSULT 2016-07 Beijing occurred" },
        { "de", "2016-09-23", "Am Donnerstag berieten die Minister in Rom, zwei Tage vor dem Gipfel in Brüssel.", "CONSULT 2016-09-22 Rome occurred|CONSULT 2016-09-24 Brussels scheduled" },
        { "en", "2016-09-23", "The ministers met in Rome on Thursday, two years after the war ended.", "CONSULT 2016-09-22 Rome occurred" },
        // The determiner nearest the talks is theirs: "Einen weiteren Schwerpunkt des Gesprächs" refers back.
        { "de", "2018-04-19", "In dieser Woche empfing der Landeshauptmann in Graz die Botschafterin Portugals. Einen weiteren Schwerpunkt des Gesprächs bildete die EU-Ratspräsidentschaft, die Österreich im Juli von Bulgarien übernimmt.", "CONSULT 2018-W16 Graz occurred" },
        // A partner named first, after "Mit" and with a name set off by commas, makes a verb of raising a topic talks with them.
        { "de", "2018-04-19", "Mit dem Botschafter Portugals, João Silva, thematisierte der Landeshauptmann am Dienstag in Graz die Zusammenarbeit im Tourismus.", "CONSULT 2018-04-17 Graz occurred" },
        { "de", "2018-04-19", "Die Ministerin thematisierte am Dienstag die Lage der Pflege.", "" },
        // "willkommen heißen" welcomes, with its prefix later in the clause or written apart before the participle; being welcome is no event.
        { "de", "2016-01-19", "Am Montag hieß der Landeshauptmann in Graz die Botschafterin Schwedens willkommen.", "CONSULT 2016-01-18 Graz occurred" },
        { "de", "2016-01-19", "Am Montag wurde in Linz die Botschafterin Schwedens vom Landeshauptmann willkommen geheißen.", "CONSULT 2016-01-18 Linz occurred" },
        { "de", "2016-01-19", "Am Montag ist die Botschafterin Schwedens in Linz herzlich willkommen.", "" },
        // A building named by its city is where someone is received, not an ambassador's post; a post named with "in" stays one.
        { "de", "2018-04-19", "Der Landeshauptmann empfing in dieser Woche die Botschafterin Schwedens in der Grazer Burg.", "CONSULT 2018-W16 Graz occurred" },
        { "de", "2018-04-19", "Der Botschafter in Wien traf am Dienstag den Außenminister in Prag.", "CONSULT 2018-04-17 Prague occurred" },
        // The seat of a region is read by its adjective and by its short name ("Klagenfurt" for Klagenfurt am Wörthersee).
        { "de", "2016-01-19", "Am Montag traf die Bürgermeisterin den Botschafter Schwedens im Klagenfurter Rathaus.", "CONSULT 2016-01-18 Klagenfurt am Wörthersee occurred" },
        { "de", "2016-01-19", "Die Botschafterin Schwedens reiste am Montag nach Klagenfurt.", "CONSULT 2016-01-18 Klagenfurt am Wörthersee occurred" },
        // "kam ... an" arrives, at a place named or at a capital named by its country's adjective; what comes across well arrives nowhere.
        { "de", "2010-06-12", "Die Außenministerin kam am Samstagabend in der libyschen Hauptstadt an.", "CONSULT 2010-06-12 Tripoli occurred" },
        { "de", "2010-06-12", "Der Vorschlag kam am Samstag gut an.", "" },
        // A date joined by "vom" to a noun that is no event word dates that noun, before the event word as after it.
        { "de", "2010-06-12", "Eine Zeitung hatte in ihrer Ausgabe vom Freitag gemeldet, ein Treffen der Minister sei geplant.", "" },
        { "de", "2010-06-12", "Die Gespräche vom Freitag in Genf brachten keinen Durchbruch.", "CONSULT 2010-06-11 Geneva occurred" },
        { "de", "2010-06-12", "Nach der Wahl vom Sonntag traf der Präsident am Dienstag in Kiew den Premier.", "CONSULT 2010-06-08 Kyiv occurred" },
        // A noun of calling off that the event word is only related to by "mit" is another event's; one with the event in its genitive is this one's.
        { "de", "2026-02-16", "Unklar blieb, ob die Absage des Ministers etwas mit den am Dienstag in Genf geplanten Gesprächen zwischen Iran und den USA zu tun hat.", "CONSULT 2026-02-17 Geneva scheduled" },
        { "de", "2026-02-16", "Die Absage des für Dienstag in Genf geplanten Treffens kam überraschend.", "CONSULT 2026-02-17 Geneva cancelled" },
        // A measure named as the topic of talks is no event of its own, whether the verb comes before it or closes the clause.
        { "de", "2026-02-16", "Die Ministerin will am Dienstag in Genf mit ihrem Amtskollegen über die Durchsetzung von Sanktionen gegen Russland reden.", "CONSULT 2026-02-17 Geneva scheduled" },
        { "en", "2026-02-16", "The minister will talk with the French Foreign Minister in Geneva on Tuesday about sanctions against Russia.", "CONSULT 2026-02-17 Geneva scheduled" },
        { "de", "2026-02-16", "Die EU verhängte am Montag neue Sanktionen gegen Russland.", "SANCTION 2026-02-16 - occurred" },
        // Talks asked for are a request, made on the day the sentence dates; talks held stay talks.
        { "de", "2022-05-05", "Kanzler Scholz hatte schon am 8. April seinen Wunsch nach einem Telefonat mit Präsident Macron übermitteln lassen.", "REQUEST 2022-04-08 - occurred" },
        { "en", "2022-05-05", "On Friday Chancellor Scholz sent a request for a phone call with President Macron.", "REQUEST 2022-04-29 - occurred" },
        { "de", "2022-05-05", "Kanzler Scholz telefonierte am Freitag mit Präsident Macron.", "CONSULT 2022-04-29 - occurred" },
        // A date inside the topic of talks dates the topic, also when the topic opens right after the event word.
        { "de", "2022-01-13", "Norwegen hatte die Verhandlungen über einen neuen Fischereivertrag mit Island im März 2019 beendet.", "" },
        // A place set before a colon opens the text as its dateline, with or without a space before the colon.
        { "en", "2021-06-02", "KARACHI: The foreign minister hosted his Turkish counterpart at the ministry.", "CONSULT 2021-06-02 Karachi occurred" },
        { "en", "2021-06-02", "New Delhi : The foreign minister received the envoy of Chile at his office.", "CONSULT 2021-06-02 New Delhi occurred" },
        // A date inside a quotation belongs to what the speaker says, not to the event told outside it.
        { "en", "2021-06-02", "In Minsk on Monday the two ministers met. After a second meeting with his Armenian counterpart, the minister said: \"Flights resume as of July 4.\"", "CONSULT 2021-05-31 Minsk occurred" },
        // A press invitation sets the day and the guest on lines of their own: a paragraph that opens with a small word goes on with the sentence.
        { "de", "2019-03-04", "Die Präsidentin des Landtags empfängt\n\nam Mittwoch, dem 6. März 2019\num 11 Uhr\n\nden Botschafter der Republik Chile zu einem Antrittsbesuch.", "CONSULT 2019-03-06 - scheduled" },
        { "en", "2019-03-04", "The Speaker of the State Parliament will receive\n\non Wednesday, 6 March 2019,\n\nthe Ambassador of Chile for an introductory call.", "CONSULT 2019-03-06 - scheduled" },
        // Where people stand in the picture, in brackets, ends no clause; a page whose only prose says so tells its news there.
        { "de", "2019-03-04", "Gäste im Landtag\n\nDie Präsidentin des Kantons Jura (links) besucht auf Einladung von Landtagspräsident Karl Huber (rechts) am Mittwoch den Landtag in Stuttgart.", "CONSULT 2019-03-06 Stuttgart scheduled" },
        // A lead that announces a trip without its day, then an event dated in a city of the trip's country: the trip is to that city on that day.
        { "de", "2019-03-04", "Die Ministerpräsidentin reist zu politischen Gesprächen nach Kroatien. In Zagreb will sie am Mittwoch den kroatischen Regierungschef treffen.", "CONSULT 2019-03-06 Zagreb scheduled|CONSULT 2019-03-06 Zagreb scheduled" },
        { "de", "2019-03-04", "Der Kanzler kommt erstmals zu einem Besuch nach Dänemark. Er wird am Donnerstag von der dänischen Regierungschefin in Odense empfangen.", "CONSULT 2019-03-07 Odense scheduled|CONSULT 2019-03-07 Odense scheduled" },
        // A trip to another country than the dated event's keeps no date from it.
        { "de", "2019-03-04", "Die Ministerpräsidentin reist zu politischen Gesprächen nach Kroatien. In Wien will sie am Mittwoch den österreichischen Kanzler treffen.", "CONSULT 2019-03-06 Vienna scheduled" },
        // The saint's title written short names the town.
        { "de", "2024-05-02", "Am Montag empfing der Bürgermeister in St. Pölten die Botschafterin Polens.", "CONSULT 2024-04-29 Sankt Pölten occurred" },
        // "Bild:" before a caption of its own labels that caption; it credits nothing before it.
        { "de", "2018-07-27", "Treffen in Stuttgart\n\nVertreter zweier Schweizer Kantone trafen am 25. Juli in Stuttgart die Landesregierung Baden-Württemberg zum Austausch.\n\nBild: Die Delegationen der beiden Regierungen vor dem Neuen Schloss", "CONSULT 2018-07-25 Stuttgart occurred" },
        // A date before a verb of deciding dates the deciding; the meeting in its infinitive takes none from it.
        { "de", "2022-01-20", "Erst am Dienstag hatten die Außenminister Frankreichs und Italiens beschlossen, sich in Rom zu treffen.", "" },
        { "en", "2022-01-20", "On Tuesday the foreign ministers of France and Italy decided to meet in Rome.", "" },
        { "en", "2022-01-20", "The foreign ministers of France and Italy decided to meet in Rome on Friday.", "CONSULT 2022-01-21 Rome scheduled" },
        // The day of "bekannt geben" dates the announcing, not the talks announced.
        { "de", "2022-01-20", "Am Freitag treffen sich die Außenminister Frankreichs und Italiens in Rom. Am Donnerstag gab der italienische Außenminister bekannt, er werde die Gäste auch zu bilateralen Gesprächen treffen.", "CONSULT 2022-01-21 Rome scheduled" },
        // "dort" after the one city the sentence names, whatever its part in its clause.
        { "de", "2022-01-20", "Zuletzt stand Oslo vergangenen Herbst im Rampenlicht, als sich dort die Außenminister Serbiens und Kosovos zu Gesprächen trafen.", "CONSULT 2021-FA Oslo occurred" },
        // A verb form between an article and a noun is an adjective: no agreement.
        { "de", "2018-09-29", "Am Samstag widersprach die Nutzung des Gebäudes dem vereinbarten Zweck.", "" },
        { "de", "2018-09-29", "Am Samstag vereinbarten Frankreich und Italien einen Vertrag über den Grenzverkehr.", "AGREE 2018-09-29 - occurred" },
        // A relative clause that schedules the event tells its date; a day two clauses away that falls in its month does not.
        { "en", "2014-09-06", "Ghana and Nigeria agreed to put off the Ghanaian President's trip to Nigeria, which had been planned for later this month, a spokesman said in Accra tonight.", "CONSULT 2014-09 Nigeria postponed" },
        // A call paid in person, and credentials presented, are meetings.
        { "en", "2020-05-29", "The new Ambassador of Nepal paid a courtesy call on the Prime Minister of Bhutan in Thimphu this morning.", "CONSULT 2020-05-29 Thimphu occurred" },
        { "en", "2020-05-29", "On 14 May the Ambassador of Nepal presented his credentials to the King of Bhutan in Thimphu.", "CONSULT 2020-05-14 Thimphu occurred" },
        { "de", "2020-05-29", "Im Schloss Bellevue überreichte am Donnerstag der neue Botschafter Nepals sein Beglaubigungsschreiben.", "CONSULT 2020-05-28 Berlin occurred" },
        // A state named by its form is the destination; the traveller named between the trip and its destination counts as one word.
        { "de", "2018-01-14", "Die für Mittwoch geplante Reise von Ministerpräsidentin Maria Huber in das Großherzogtum Luxemburg ist verschoben worden.", "CONSULT 2018-01-17 Luxembourg postponed" },
        // An event the sentence puts before another has its own place and is not dated by the other's day.
        { "de", "2018-01-14", "Jetzt ist nach einem Besuch in Slowenien auch die für Mittwoch geplante Reise des Präsidenten nach Kroatien verschoben worden.", "CONSULT 2018-01-17 Croatia postponed" },
        // A plan as it stood, on the days of an event called off, shares its fate; an unreal past with no such event is none.
        { "en", "2015-03-27", "The minister has put off her trip to Kenya and Uganda planned for May 4-6. She was set to meet the Ugandan President in Kampala on May 6.", "CONSULT 2015-05-04 Kenya postponed|CONSULT 2015-05-04 Uganda postponed|CONSULT 2015-05-06 Kampala postponed" },
        { "de", "2018-01-14", "Die für Mittwoch geplante Reise des Präsidenten nach Dänemark ist verschoben worden. In Kopenhagen hätte er am Mittwoch die dänische Königin treffen sollen.", "CONSULT 2018-01-17 Copenhagen postponed|CONSULT 2018-01-17 Copenhagen postponed" },
        { "de", "2018-01-14", "Am Mittwoch hätte der Präsident in Kopenhagen die dänische Königin treffen sollen.", "" },
        { "de", "2018-01-14", "Das Treffen am Freitag in Oslo wurde abgesagt. Am Mittwoch hätte die Ministerin in Kopenhagen den Premier treffen sollen.", "CONSULT 2018-01-12 Oslo cancelled" },
        // Modal verbs in the past date the day behind the report, whatever an attribute plans.
        { "de", "2018-01-14", "Bereits am Freitag musste die Teilnahme des Präsidenten an einem für Samstag geplanten Treffen der Staatschefs in Slowenien abgesagt werden.", "CONSULT 2018-01-13 Slovenia cancelled" },
        // A lead that names the day of the news and tells no event of its own dates what the next sentence tells in the past.
        { "en", "2023-05-08", "LAHORE: On Sunday, the two neighbours renewed their pledge to expand trade.\nAccording to a statement from the ministry, the foreign minister hosted his Iranian counterpart at the ministry.", "CONSULT 2023-05-07 Lahore occurred" },
        { "en", "2023-05-08", "LAHORE: On Sunday, the foreign minister met his Iranian counterpart.\nThe two ministers also discussed border trade.", "CONSULT 2023-05-07 Lahore occurred" },
        // A programme of the day that the lead names goes on for a few sentences; the day's routine is no event.
        { "de", "2017-07-20", "Dem Regierungschef steht am heutigen Donnerstag ein langer Tag bevor. Am Morgen tagt das Kabinett. Danach gibt er eine Pressekonferenz. Auf seinem Programm steht zudem ein Arbeitsbesuch in Brüssel, wo ihn die Präsidentin der Kommission empfängt.", "CONSULT 2017-07-20 Brussels scheduled|CONSULT 2017-07-20 Brussels scheduled" },
        // What happened is told right after the lead, not three sentences later.
        { "en", "2017-07-20", "The minister today wrapped up a week of engagements in New York.\n\nThe UN remains at the centre of the system. Its reform is urgent.\n\nWhile there, the minister held talks with several counterparts from Fiji, Peru and Chile.", "" },
        { "de", "2023-11-15", "Bundespräsident Steinmeier empfing am Mittwoch in Bonn den Präsidenten Portugals. Beim vorigen Staatsbesuch in Bonn hatte 1998 der damalige Bundespräsident den König von Spanien empfangen.", "CONSULT 2023-11-15 Bonn occurred" },
        // A title in the genitive before "in" names a post: the envoy posted in Berlin visits elsewhere.
        { "de", "2019-02-08", "Am Donnerstag galt der Besuch des Schweizer Botschafters in Berlin den Landräten der Region.", "CONSULT 2019-02-07 - occurred" },
        // The unreal past of a plan puts its day behind the report.
        { "de", "2021-07-06", "Ein Treffen der Ministerin mit dem Kanzler Österreichs, das bereits am Montagabend in Wien stattfinden hätte sollen, wurde abgesagt.", "CONSULT 2021-07-05 Vienna cancelled" },
        // A committee's session and talks with the press are no talks between states.
        { "de", "2021-07-06", "Bei der Ausschusssitzung am Donnerstag war der Kanzler als Auskunftsperson geladen.", "" },
        { "de", "2023-01-13", "Für 12 Uhr ist am Freitag in Wien ein Pressegespräch mit dem Schweizer Präsidenten geplant.", "" },
        // An official residence names its city.
        { "en", "2021-02-23", "The two Prime Ministers held talks at Temple Trees this morning.", "CONSULT 2021-02-23 Colombo occurred" },
        // A visitor from elsewhere, told in a city, who was to meet someone of that country a day before, was to meet them there.
        { "de", "2021-07-06", "Am Dienstag traf die Landeshauptfrau Maria Huber in Prag den tschechischen Präsidenten. Ein Treffen zwischen Huber und dem tschechischen Premierminister Petr Fiala, das bereits am Montagabend hätte stattfinden sollen, wurde abgesagt.", "CONSULT 2021-07-06 Prague occurred|CONSULT 2021-07-05 Prague cancelled" },
        // Words of one kind that take the same day from elsewhere are one event, as they are with a day of their own; a visit
        // that names where it goes is the trip, and the reception told beside it is one of its events.
        { "de", "2019-03-14", "Die Oberbürgermeisterin hat den Botschafter Kanadas zu einem Antrittsbesuch empfangen.", "CONSULT 2019-03-14 - occurred" },
        { "en", "2019-03-14", "The mayor received the Ambassador of Canada for a courtesy visit.", "CONSULT 2019-03-14 - occurred" },
        { "de", "2019-03-12", "Bundespräsident Frank-Walter Steinmeier ist zum Beginn seines Staatsbesuchs in Italien von Präsident Sergio Mattarella empfangen worden. Die Feier am Dienstag in Rom fand bei Sonne statt.", "CONSULT 2019-03-12 Rome occurred|CONSULT 2019-03-12 Rome occurred" },
        // A venue named without its city ("im Rathaus") is in the one city whose building of that name the article names, a
        // caption included; two such cities name none.
        { "de", "2019-03-14", "Generalkonsulin zu Gast im Rathaus\n\nDer Bürgermeister hat am Mittwoch die Generalkonsulin Polens im Rathaus empfangen.\n\nIm Kieler Rathaus: die Generalkonsulin und der Bürgermeister. Foto: Stadt Kiel/Muster\n\nSie sprachen über die Partnerschaft der Häfen.", "CONSULT 2019-03-13 Kiel occurred" },
        { "de", "2019-03-14", "Der Bürgermeister hat am Mittwoch die Generalkonsulin Polens im Rathaus empfangen. Im Kieler Rathaus und im Lübecker Rathaus hängen ihre Fotos.", "CONSULT 2019-03-13 - occurred" },
        // Days in figures with a space after each dot.
        { "de", "2021-05-20", "Die Generalkonsulin absolvierte am 12. und 13. 5. 2021 ihren Antrittsbesuch in Hamburg.", "CONSULT 2021-05-12 Hamburg occurred" },
        // "this weekend" told in the past on a working day is the one just gone.
        { "en", "2024-08-19", "The Prime Minister travelled to Riga this weekend for talks with his Latvian counterpart.", "CONSULT 2024-W33-WE Riga occurred" },
        { "en", "2024-08-19", "The Prime Minister will travel to Riga this weekend for talks with his Latvian counterpart.", "CONSULT 2024-W34-WE Riga scheduled" },
        // A lead that lists the partners of the day dates what a later paragraph tells with one of them; a teaser printed
        // again among the article's paragraphs is read there. Without a partner of the lead, the story day does not reach so far.
        { "en", "2022-01-06", "The foreign minister on Thursday exchanged greetings with his counterparts from Chile, Peru and Ghana.\n\nIn his telephone conversation with the Chilean foreign minister, he also praised the new trade office.\n\nHe told his colleague that the year had gone well for both.\n\nIn the telephone call with the Peruvian foreign minister, he spoke about fisheries.", "CONSULT 2022-01-06 - occurred|CONSULT 2022-01-06 - occurred" },
        { "en", "2022-01-06", "The foreign minister on Thursday exchanged greetings with his colleagues abroad.\n\nHe told his colleague that the year had gone well for both.\n\nThe ministers are proud of the results.\n\nIn the telephone call with the Peruvian foreign minister, he spoke about fisheries.", "" },
        { "en", "2022-01-06", "Minister greets counterparts\n\nIn his telephonic conversation with the Chilean foreign minister, the minister also praised the new trade office that the two countries opened in Santiago.\n\nMinister greets counterparts\n\nThe minister (file photo)\n\nThe foreign minister on Thursday exchanged New Year greetings with his counterparts from Chile, Peru and Ghana.\n\nIn his telephonic conversation with the Chilean foreign minister, the minister also praised the new trade office that the two countries opened in Santiago.\n\nHe told his colleague that the year had gone well for both of their countries and for the whole region.", "CONSULT 2022-01-06 - occurred" },
        // A dateline standing as a sentence of its own, and a day something has gone on since, leave the lead's day to the news.
        { "de", "2014-11-18", "KIEL. Für die Bürgermeisterin, seit dem 1. März im Amt, war das heute der erste Kontakt mit dem Ausland. Der Botschafter Ghanas hatte sie im Rathaus besucht.", "CONSULT 2014-11-18 Kiel occurred" },
        // A country before a comma is no office holder's.
        { "en", "2016-09-07", "As part of his official visit to Germany, Minister Kofi Example on Tuesday held talks with Minister Frank-Walter Steinmeier.", "CONSULT 2016-09-06 - occurred" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Published_news_reads_as_a_reader_would(string language, string dct, string text, string expected)
    {
        var found = Read.Events(language, dct, text).Select(Describe).Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wanted, found);
    }

    [Fact]
    public void A_meeting_of_four_countries_is_multilateral_and_its_host_is_no_party()
    {
        var e = Assert.Single(Read.Events("en", "2023-03-03", "The foreign ministers of France, Germany, Italy and Spain met in Madrid on Friday."));
        Assert.Equal("multilateral", e.Mode);
        var talks = Assert.Single(Read.Events("en", "2023-03-03", "American and Russian negotiators met in Geneva on Monday."));
        Assert.DoesNotContain(talks.Participants, p => p.Id == "CH");
        Assert.Contains(talks.Participants, p => p.Id == "US");
        Assert.Contains(talks.Participants, p => p.Id == "RU");
    }

    [Theory]
    [InlineData("de", "Am Abend des 17. Juni kamen die Außenminister der EU in Luxemburg zu ihrem Rat zusammen.", 2960316)]
    [InlineData("en", "The leaders of ASEAN met in Singapore on 17 June.", 1880252)]
    public void A_country_named_like_its_capital_is_that_city(string language, string text, int geonamesId)
    {
        var e = Assert.Single(Read.Events(language, "2007-06-18", text));
        Assert.Equal(geonamesId, e.Place?.GeonamesId);
    }

    [Fact]
    public void Calling_a_meeting_convenes_it_and_is_no_phone_call()
    {
        var found = Read.Events("en", "2015-10-21", "On Tuesday the Commission President called an emergency meeting of Balkan leaders in Brussels.");
        Assert.NotEmpty(found);
        Assert.DoesNotContain(found, e => e.Mode == "phone");
    }

    [Fact]
    public void A_headline_in_capitals_names_no_person_from_its_common_words_or_possessives()
    {
        var e = Assert.Single(Read.Events("en", "2026-02-14", "Secretary Lind's Meeting With The Director Of The Office Of The Central Foreign Affairs Commission And The Foreign Minister Of Norway\n\nSecretary of State Lind met on February 13 with the Foreign Minister of Norway in Washington. The meeting was positive and constructive and lasted two hours in all."));
        Assert.DoesNotContain(e.Participants, p => p.Name is "Of" or "Lind's" || p.Id == "lind-s");
        Assert.Contains(e.Participants, p => p.Id == "NO");
    }

    [Theory]
    [InlineData("en", "On Tuesday the Secretary held a trilateral meeting with his Japanese and South Korean counterparts.")]
    [InlineData("de", "Am Dienstag kam die Ministerin zu einem trilateralen Treffen mit ihren Amtskollegen aus Frankreich und Polen zusammen.")]
    public void A_meeting_said_to_be_trilateral_stays_multilateral_with_two_partners_named(string language, string text)
    {
        var e = Assert.Single(Read.Events(language, "2023-07-12", text));
        Assert.Equal("multilateral", e.Mode);
        Assert.Equal(2, e.Participants.Count(p => p.Kind == ActorKind.Country));
    }

    [Theory]
    [InlineData("en", "2024-03-06", "On Tuesday, Secretary Blinken held separate talks in Cairo with Egyptian Foreign Minister Shoukry and Jordanian Foreign Minister Safadi.", "bilateral", "US", "EG", "JO")]
    // A German subject may follow the verb: the partners are those after the word of separateness.
    [InlineData("de", "2023-05-10", "Am Dienstag telefonierte Bundeskanzler Scholz getrennt mit dem französischen Präsidenten Macron und dem polnischen Ministerpräsidenten Morawiecki.", "phone", "DE", "FR", "PL")]
    public void Separate_talks_give_each_partner_a_meeting_of_its_own_with_the_side_named_before(string language, string dct, string text, string mode, string side, string one, string other)
    {
        var talks = Read.Events(language, dct, text);
        Assert.Equal(2, talks.Count);
        Assert.All(talks, e => Assert.Equal(mode, e.Mode));
        Assert.All(talks, e => Assert.Contains(e.Participants, p => p.Id == side));
        Assert.Single(talks, e => e.Participants.Any(p => p.Id == one) && e.Participants.All(p => p.Id != other));
        Assert.Single(talks, e => e.Participants.Any(p => p.Id == other) && e.Participants.All(p => p.Id != one));
    }

    [Fact]
    public void A_later_sentence_about_one_of_separate_talks_joins_the_one_whose_partner_it_names()
    {
        var talks = Read.Events("en", "2024-03-06", "On Tuesday, Secretary Blinken held separate talks in Amman with the foreign ministers of Egypt and Jordan. The talks with Egypt's Shoukry focused on Gaza.");
        Assert.Equal(2, talks.Count);
        var egypt = Assert.Single(talks, e => e.Participants.Any(p => p.Id == "EG"));
        Assert.Contains(egypt.Participants, p => p.Name.EndsWith("Shoukry", StringComparison.Ordinal));
        Assert.DoesNotContain(talks.Single(e => e != egypt).Participants, p => p.Name.EndsWith("Shoukry", StringComparison.Ordinal));
    }

    [Fact]
    public void What_was_talked_about_names_no_party_and_the_talk_is_the_meeting_told_before()
    {
        var e = Assert.Single(Read.Events("de", "2018-05-24", "Merkel wurde am Donnerstag in Peking von Ministerpräsident Li Keqiang empfangen. Merkel und Li Keqiang sprachen auch über das von den USA gekündigte Atomabkommen mit dem Iran."));
        Assert.DoesNotContain(e.Participants, p => p.Id is "US" or "IR");
        Assert.Equal(["CN", "DE"], e.Participants.Where(p => p.Kind != ActorKind.Person).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_topic_before_a_German_verb_of_talks_at_the_end_of_its_clause_names_no_party()
    {
        var e = Assert.Single(Read.Events("de", "2026-02-16", "Die Ministerin will am Dienstag in Genf mit ihrem Amtskollegen aus Frankreich über die Unterstützung der Ukraine reden."));
        Assert.Contains(e.Participants, p => p.Id == "FR");
        Assert.DoesNotContain(e.Participants, p => p.Id == "UA");
    }

    [Fact]
    public void A_surname_named_before_is_no_one_inside_a_date()
    {
        var events = Read.Events("en", "2018-01-10", "Theresa May met Angela Merkel in Berlin on Monday. The foreign ministers will meet in Sofia in May.");
        Assert.Contains(events, e => e.Date.Value == "2018-05" && e.Participants.All(p => p.Id != "theresa-may"));
    }

    [Theory]
    [InlineData("de", "Am Mittwochvormittag tagt wie jede Woche das Kabinett unter Leitung der Kanzlerin.")]
    [InlineData("en", "On Wednesday morning the Cabinet meets as usual, chaired by the Prime Minister.")]
    [InlineData("de", "Am Mittwochabend findet das nächste BürgerGESPRÄCH der Kanzlerin in Leipzig statt.")]
    [InlineData("de", "Am Nachmittag besucht die Kanzlerin gemeinsam mit dem Verteidigungsminister Max Muster das Panzerbataillon 393 der Bundeswehr in Bad Frankenhausen.")]
    [InlineData("en", "On Wednesday the Prime Minister, together with Defence Secretary Max Sample, visits the soldiers of the 1st Battalion in Catterick.")]
    public void A_leader_s_week_at_home_holds_no_diplomacy(string language, string text) =>
        Assert.Empty(Read.Events(language, "2024-09-02", text));

    [Fact]
    public void An_audience_with_someone_is_talks_an_audience_of_listeners_is_none()
    {
        Assert.Empty(Read.Events("en", "2013-03-11", "Finally the Prime Minister will give an address to an audience of 300 people at the university on Monday."));
        Assert.Single(Read.Events("en", "2013-03-11", "On Saturday the Chancellor had a private audience with Pope Francis in the Vatican."));
    }

    [Fact]
    public void An_office_abroad_names_no_party()
    {
        var e = Assert.Single(Read.Events("en", "2024-03-06", "The U.S. Ambassador to NATO met the Polish foreign minister in Warsaw on Monday."));
        Assert.DoesNotContain(e.Participants, p => p.Id == "NATO");
        Assert.Equal("bilateral", e.Mode);
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_before_even_far_from_a_German_verb()
    {
        var e = Assert.Single(Read.Events("de", "2024-12-11", "Bundespräsident Frank-Walter Steinmeier reist nach Nigeria. Zum Auftakt will Steinmeier an diesem Mittwoch in der Hauptstadt Abuja mit dem Präsidenten der Kommission der Westafrikanischen Wirtschaftsgemeinschaft, Omar Touray, zusammentreffen."),
            e => e.Mode == "bilateral");
        Assert.Contains(e.Participants, p => p.Name == "Frank-Walter Steinmeier");
    }

    [Theory]
    [InlineData("de", "Am Dienstag führte der Minister in Panama Gespräche mit dem Außenminister Samuel Lewis Navarro.", "samuel-lewis-navarro")]
    [InlineData("de", "Bundesaußenminister Dr. Frank-Walter Steinmeier traf am Dienstag in Mexiko die Außenministerin.", "frank-walter-steinmeier-foreign-minister")]
    [InlineData("en", "On Tuesday Foreign Minister Prof. Anna Sample met the Secretary of State in Panama.", "anna-sample")]
    public void A_degree_before_a_name_and_a_place_name_within_one_are_part_of_no_other_name(string language, string text, string person)
    {
        var e = Assert.Single(Read.Events(language, "2007-04-13", text));
        Assert.Contains(e.Participants, p => p.Id == person);
        Assert.DoesNotContain(e.Participants, p => p.Id is "dr" or "prof" or "samuel" or "GD");
    }

    [Fact]
    public void People_are_found_by_their_offices_and_the_country_they_act_for()
    {
        var e = Assert.Single(Read.Events("en", "2023-05-18", "Turkish Foreign Minister Mevlut Cavusoglu met Greek Foreign Minister Nikos Dendias in Athens on Tuesday."));
        Assert.Contains(e.Participants, p => p.Id == "mevlut-cavusoglu" && p.Affiliation == "TR");
        Assert.Contains(e.Participants, p => p.Id == "nikos-dendias" && p.Affiliation == "GR");
        Assert.Contains(e.Participants, p => p.Id == "TR");
        Assert.Contains(e.Participants, p => p.Id == "GR");
    }

    [Fact]
    public void A_text_printed_at_one_width_reads_its_lines_as_paragraphs()
    {
        // Lines of 100 to 112 characters, none longer: a press release copied from a print layout. The date at the end of
        // one line and the meeting at the start of the next are one sentence, whose place beats the dateline's first city.
        const string text = "Treffen der Außenminister von Österreich, Liechtenstein, Luxemburg und der Schweiz\nBern/Vaduz/Salzburg/Wien (apa) - „In Zeiten großer Umbrüche in Europa brauchen wir Partner, auf die wir uns\nverlassen können“, sagte der österreichische Außenminister Anton Muster in seiner Begrüßung am 27.07.\nbeim Treffen der vier Nachbarn in Salzburg, zu dem er die Kollegen aus Liechtenstein, Luxemburg und der Schweiz\ngeladen hatte. Die Minister sprachen über die Lage auf dem Balkan, über die Zusammenarbeit in der Nachbarschaft\nund über den Schutz der Grenzen im Sommer. Weiters wurde die Arbeit in den internationalen Organisationen\nerörtert, in denen die vier Länder seit vielen Jahren eng zusammenarbeiten und gemeinsame Vorschläge einbringen.\nDer Gastgeber nutzte die Gelegenheit auch, um den Kollegen die Ziele seines Landes für die kommenden Jahre\nvorzustellen, die in vielen Bereichen mit denen der Nachbarn übereinstimmen. Auch die Förderung der gemeinsamen\nSprache und die Ausbildung junger Menschen in Handwerk und Technik standen auf der Tagesordnung der vier\nMinister aus den Nachbarländern.";
        var e = Assert.Single(Read.Events("de", "2017-07-27", text));
        Assert.Equal("CONSULT 2017-07-27 Salzburg occurred", Describe(e));
    }

    [Fact]
    public void A_country_in_the_genitive_after_an_office_is_the_office_holders_and_the_name_follows_it()
    {
        var e = Assert.Single(Read.Events("de", "2017-07-27", "Die Außenminister trafen sich am Donnerstag in Salzburg. Auch die Außenministerin Liechtensteins, Aurelia Frick, war dabei; sie und der luxemburgische Außenminister erörterten mit dem österreichischen Außenminister die Lage."));
        Assert.Contains(e.Participants, p => p.Id == "aurelia-frick" && p.Affiliation == "LI");
        Assert.DoesNotContain(e.Participants, p => p.Id == "liechtensteins");
        Assert.Equal("multilateral", e.Mode);
    }

    [Fact]
    public void A_known_name_that_stops_short_of_the_name_is_another_person()
    {
        var e = Assert.Single(Read.Events("en", "2018-11-08", "Secretary Pompeo will meet his North Korean counterpart Kim Yong-chol in New York on Thursday."));
        Assert.Contains(e.Participants, p => p.Id == "kim-yong-chol");
        Assert.DoesNotContain(e.Participants, p => p.Id == "kim-jong-un");
    }

    [Fact]
    public void A_second_title_right_after_the_first_opens_another_person()
    {
        var e = Assert.Single(Read.Events("de", "2018-03-02", "Am Montag wird der Botschafter Innenminister Georg Maier in Erfurt treffen."));
        Assert.Contains(e.Participants, p => p.Id == "georg-maier");
        Assert.DoesNotContain(e.Participants, p => p.Id == "innenminister-georg-maier");
    }

    [Theory]
    // A one-word name of the people table inside a longer name is someone else's; "Island" ending an English place name is
    // not Iceland in German.
    [InlineData("en", "2024-03-26", "On Monday he also held talks in Singapore with Gan Kim Yong, the trade minister.", "kim-jong-un", false)]
    [InlineData("en", "2018-06-12", "Trump met Kim on Tuesday in Singapore.", "kim-jong-un", true)]
    [InlineData("en", "2018-02-10", "The two foreign ministers met on Rangitoto Island today.", "IS", false)]
    [InlineData("en", "2018-02-10", "The foreign minister met her counterpart from Iceland in Oslo today.", "IS", true)]
    [InlineData("de", "2016-05-04", "Am Montag hat Lawrow Gespräche mit Kerry in Genf geführt.", "sergei-lavrov", true)]
    public void A_name_that_ends_or_opens_a_longer_name_is_no_one_of_its_own(string language, string dct, string text, string id, bool party)
    {
        var e = Assert.Single(Read.Events(language, dct, text));
        Assert.Equal(party, e.Participants.Any(p => p.Id == id));
    }
}
