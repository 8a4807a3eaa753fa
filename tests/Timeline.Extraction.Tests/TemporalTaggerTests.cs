using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Tests;

/// <summary>One row per phenomenon: a sentence, its document date, the expression and the value a reader gives it.</summary>
public sealed class TemporalTaggerTests
{
    public static TheoryData<string, string, string, string> German => new()
    {
        // weekdays: the tense of the clause decides the direction; the document's own weekday is the document date
        { "2022-01-12", "Am Mittwoch trafen sich die Botschafter in Brüssel.", "Mittwoch", "2022-01-12" },
        // "bereits" (as early as) says nothing of tense: "wird" does
        { "2023-06-16", "Scholz wird sich nach Angaben des Sprechers bereits am Montagabend mit Li treffen.", "Montagabend", "2023-06-19TEV" },
        { "2022-01-12", "Das Treffen in Wien findet am Donnerstag statt.", "Donnerstag", "2022-01-13" },
        { "2022-01-12", "Am Montag hatten die Delegationen in Genf verhandelt.", "Montag", "2022-01-10" },
        { "2022-01-12", "Am Freitag sagte der Minister, man sei enttäuscht.", "Freitag", "2022-01-07" },
        { "2022-01-12", "Am Freitag wird der Minister nach Kiew reisen.", "Freitag", "2022-01-14" },
        { "2022-01-12", "Die Außenminister treffen sich am Montag in Berlin.", "Montag", "2022-01-17" },
        { "2022-01-12", "Am kommenden Montag beginnt die Konferenz.", "kommenden Montag", "2022-01-17" },
        { "2022-01-12", "Am vergangenen Mittwoch war die Lage ruhig.", "vergangenen Mittwoch", "2022-01-05" },
        // months and seasons without a year take the year the tense implies, across the year boundary
        { "2022-01-12", "Im Dezember hatte Russland Forderungen gestellt.", "Dezember", "2021-12" },
        { "2022-01-12", "Russland begann im Herbst mit dem Aufmarsch.", "Herbst", "2021-FA" },
        { "2022-01-12", "Im Herbst soll ein Gipfel stattfinden.", "Herbst", "2022-FA" },
        { "2022-01-12", "Im Oktober wird ein neues Parlament gewählt.", "Oktober", "2022-10" },
        { "2022-01-12", "Anfang Februar will der Kanzler nach Washington reisen.", "Anfang Februar", "2022-02" },
        { "2022-01-12", "Im vergangenen Sommer war davon keine Rede.", "vergangenen Sommer", "2021-SU" },
        // periods relative to the document date
        { "2022-01-12", "Die zweite Runde dieser Woche brachte nichts.", "dieser Woche", "2022-W02" },
        { "2022-01-03", "In der vergangenen Woche blieb es still.", "vergangenen Woche", "2021-W52" },
        { "2021-01-04", "In der vergangenen Woche blieb es still.", "vergangenen Woche", "2020-W53" },
        { "2021-01-01", "Noch in dieser Woche soll es ein Telefonat geben.", "dieser Woche", "2020-W53" },
        { "2024-12-30", "Noch in dieser Woche soll es ein Telefonat geben.", "dieser Woche", "2025-W01" },
        { "2022-01-12", "Russland forderte im vergangenen Monat Garantien.", "vergangenen Monat", "2021-12" },
        { "2022-01-12", "Im nächsten Jahr sollen die Gespräche weitergehen.", "nächsten Jahr", "2023" },
        { "2022-01-12", "Das Treffen ist für Mitte der Woche geplant.", "Mitte der Woche", "2022-W02" },
        { "2022-01-12", "Heute beraten die Minister.", "Heute", "2022-01-12" },
        { "2022-01-12", "Gestern telefonierten die Präsidenten.", "Gestern", "2022-01-11" },
        { "2022-01-12", "Vorgestern kam der Rat zusammen.", "Vorgestern", "2022-01-10" },
        { "2022-01-12", "Die Antwort soll morgen kommen.", "morgen", "2022-01-13" },
        { "2022-01-12", "Vor zwei Tagen trafen sich die Unterhändler.", "Vor zwei Tagen", "2022-01-10" },
        { "2022-01-12", "Vor drei Jahren war der Rat zuletzt zusammengekommen.", "Vor drei Jahren", "2019" },
        // explicit dates
        { "2022-01-20", "Am 12. Januar tagte der Rat in Brüssel.", "12. Januar", "2022-01-12" },
        { "2022-01-20", "Das Protokoll trägt das Datum 12.01.2022.", "12.01.2022", "2022-01-12" },
        // figures with a space after each dot, only with a four-figure year
        { "2022-01-20", "Das Protokoll trägt das Datum 12. 1. 2022.", "12. 1. 2022", "2022-01-12" },
        { "2022-01-20", "Die Gespräche fanden am 10. und 11. 1. 2022 statt.", "10. und 11. 1. 2022", "2022-01-10" },
        { "2022-03-05", "Am Mittwoch, 12. Januar 2022, tagte der Rat.", "Mittwoch, 12. Januar 2022", "2022-01-12" },
        { "2024-03-05", "Am 29. Februar hatte der Minister gesprochen.", "29. Februar", "2024-02-29" },
        { "2022-01-20", "Die Sitzung am 1. Dezember verlief ohne Ergebnis.", "1. Dezember", "2021-12-01" },
        // lengths
        { "2022-01-12", "Nach einer vierstündigen Sitzung sagte er wenig.", "vierstündigen", "PT4H" },
        { "2022-01-12", "Die Staaten wiesen die Forderungen wochenlang zurück.", "wochenlang", "PXW" },
        { "2022-01-12", "Die Gespräche dauerten zwei Wochen.", "zwei Wochen", "P2W" },
        { "2022-01-12", "Das Gespräch dauerte anderthalb Stunden.", "anderthalb Stunden", "PT1.5H" },
        { "2022-01-12", "Nach fünfzig Minuten wurde die Sitzung unterbrochen.", "fünfzig Minuten", "PT50M" },
        { "2022-01-12", "Die Sitzung dauerte 2,5 Stunden.", "2,5 Stunden", "PT2.5H" },
        { "2022-01-12", "Seit Jahren streiten die Partner über die Rente.", "Jahren", "PXY" },
        // unnumbered stretches before and after now, and words for them
        { "2022-01-12", "Die Regierung will in den kommenden Tagen entscheiden.", "den kommenden Tagen", "FUTURE_REF" },
        { "2022-01-12", "In den vergangenen Wochen war es ruhig.", "den vergangenen Wochen", "PXW" },
        { "2022-01-12", "Damals waren die Preise niedriger.", "Damals", "PAST_REF" },
        { "2022-01-12", "Bald soll es eine Lösung geben.", "Bald", "FUTURE_REF" },
        // sets
        { "2022-01-12", "Täglich erreichen die Behörde Hunderte Anfragen.", "Täglich", "P1D" },
        { "2022-01-12", "Die Messe findet jährlich statt.", "jährlich", "P1Y" },
        { "2022-01-12", "Jedes Jahr kommen Tausende.", "Jedes Jahr", "P1Y" },
        // parts of a named day, and weekends in the direction of the tense, Präteritum of weak verbs included
        { "2022-01-12", "Gestern Abend wurde bekannt, dass er zurücktritt.", "Gestern Abend", "2022-01-11TEV" },
        { "2022-01-12", "Heute früh meldete die Polizei keine Zwischenfälle.", "Heute früh", "2022-01-12TMO" },
        { "2022-01-12", "Am Wochenende demonstrierten Tausende in München.", "Wochenende", "2022-W01-WE" },
        { "2022-01-12", "Am Wochenende wird in München demonstriert.", "Wochenende", "2022-W02-WE" },
        { "2022-01-15", "Am Wochenende blieb es ruhig.", "Wochenende", "2022-W02-WE" },
        { "2022-01-12", "Am Freitag forderte die Opposition eine Sondersitzung.", "Freitag", "2022-01-07" },
        { "2022-01-12", "Die Nacht zum Freitag verlief ruhig.", "Nacht zum Freitag", "2022-01-06TNI" },
        { "2022-01-12", "In der Nacht zu Mittwoch griffen Hacker Regierungsseiten an.", "Nacht zu Mittwoch", "2022-01-11TNI" },
        { "2022-01-12", "In der Nacht auf Donnerstag soll abgestimmt werden.", "Nacht auf Donnerstag", "2022-01-12TNI" },
        { "2022-01-12", "Am Freitag ist die erste Lesung.", "Freitag", "2022-01-14" },
        // quarters, day and month in figures, decades of the last century, "Vorabend", "kürzlich"
        { "2022-01-12", "Der Umsatz stieg im dritten Quartal 2021 um vier Prozent.", "dritten Quartal 2021", "2021-Q3" },
        { "2022-01-12", "Im 1. Quartal soll der Umsatz wachsen.", "1. Quartal", "2022-Q1" },
        { "2022-01-12", "Das Treffen ist am 24.2. geplant.", "24.2.", "2022-02-24" },
        { "2022-01-12", "Mitte der 90er Jahre begann der Aufbau.", "Mitte der 90er Jahre", "199" },
        { "2022-01-12", "Am 11. Januar stimmte der Rat ab; am Vorabend hatten die Minister beraten.", "Vorabend", "2022-01-10" },
        { "2022-01-12", "Kürzlich hatte die Kommission gewarnt.", "Kürzlich", "PAST_REF" },
        // "seit" puts a date behind whatever the verb; "bis" puts it ahead when the sentence has no tense cue
        { "2022-01-12", "Seit Montag gilt die neue Regel.", "Montag", "2022-01-10" },
        { "2022-01-12", "Seit Freitag gilt die neue Regel.", "Freitag", "2022-01-07" },
        { "2022-01-12", "Bis Dienstag bleibt das Amt geschlossen.", "Dienstag", "2022-01-18" },
        { "2022-01-12", "Bis Dienstag hatte niemand reagiert.", "Dienstag", "2022-01-11" },
        { "2022-01-12", "Am Dienstag brach in der Altstadt ein Feuer aus.", "Dienstag", "2022-01-11" },
        { "2022-01-12", "Laut einer Umfrage vom Wochenende liegt die Union vorn.", "Wochenende", "2022-W01-WE" },
        { "2022-01-12", "Nach Angaben vom Sonntag gibt es drei Verletzte.", "Sonntag", "2022-01-09" },
        // a clock time belongs to the day named before it in the sentence
        { "2022-01-12", "Am Dienstag um 10 Uhr trafen sich die Minister.", "10 Uhr", "2022-01-11T10:00" },
        { "2022-01-12", "Gestern um 10 Uhr trafen sich die Minister.", "10 Uhr", "2022-01-11T10:00" },
        { "2022-01-12", "Die Sitzung beginnt um 14 Uhr.", "14 Uhr", "2022-01-12T14:00" },
        { "2022-01-12", "Die Sitzung beginnt um 14 Uhr am Donnerstag.", "14 Uhr", "2022-01-13T14:00" },
        // a part of a relative period without article; in news, "im Laufe des Tages" is the last named day, else today
        { "2022-01-12", "Die Frist läuft Mitte nächsten Monats ab.", "Mitte nächsten Monats", "2022-02" },
        { "2022-01-12", "Ende vergangenen Jahres hatte die Regierung gewarnt.", "Ende vergangenen Jahres", "2021" },
        { "2022-01-12", "Anfang der Woche tagte der Rat. Im Laufe des Tages werden Details erwartet.", "Laufe des Tages", "2022-01-12" },
        { "2022-01-12", "Am Montag tagte der Rat. Im Laufe des Tages wurden Details bekannt.", "Laufe des Tages", "2022-01-10" },
        // "dieser Sommer" in January is the coming one, "dieser Winter" the one under way; "Wochenbeginn" is the week's
        { "2022-01-12", "In diesem Sommer sollen die Arbeiten beginnen.", "diesem Sommer", "2022-SU" },
        { "2022-01-12", "Dieser Winter war bisher mild.", "Dieser Winter", "2021-WI" },
        { "2022-11-20", "Diesen Winter wird das Gas knapp.", "Diesen Winter", "2022-WI" },
        { "2022-01-12", "Zu Wochenbeginn hatte die Regierung neue Regeln beschlossen.", "Wochenbeginn", "2022-W02" },
        // a weekday of a named week; "vor knapp acht Jahren"; an evening is not that of a day on the other side of the tense
        { "2022-01-19", "Am Donnerstag vergangener Woche hatte es Gespräche gegeben.", "Donnerstag vergangener Woche", "2022-01-13" },
        { "2022-01-19", "Am Montag nächster Woche beginnt der Prozess.", "Montag nächster Woche", "2022-01-24" },
        { "2022-01-19", "Vor knapp acht Jahren annektierte Russland die Krim.", "Vor knapp acht Jahren", "2014" },
        { "2022-01-19", "Die Übungen sollen bis zum 20. Februar dauern. Wie das Ministerium am Abend mitteilte, wurden Soldaten verlegt.", "Abend", "2022-01-19TEV" },
        { "2022-01-19", "Am Montag trafen sich die Minister. Am Abend gab es ein Essen.", "Abend", "2022-01-17TEV" },
        // a year named just before does not anchor a clause whose tense points the other way
        { "2022-01-12", "Kroatien war 2013 beigetreten. Das Parlament stimmt voraussichtlich im März ab.", "März", "2022-03" },
        { "2022-01-12", "Im Jahr 2014 annektierte Russland die Krim. Im März folgten Sanktionen.", "März", "2014-03" },
        // nor one of the paragraph before: a new paragraph goes back to the news
        { "2024-10-03", "Das ist lange her, denn zuletzt kam Präsident Reagan 1985 nach Bonn.\n\nAm Morgen des 11. Oktober begrüßt ihn die Kanzlerin.", "Morgen des 11. Oktober", "2024-10-11TMO" },
        { "2022-01-12", "Zum Monatsende läuft das Mandat aus.", "Monatsende", "2022-01" },
        { "2022-01-12", "Die Gespräche sollen in der zweiten Februarhälfte fortgesetzt werden.", "zweiten Februarhälfte", "2022-02" },
    };

    public static TheoryData<string, string, string, string> English => new()
    {
        { "2022-01-12", "The negotiators met in Geneva on Monday.", "Monday", "2022-01-10" },
        { "2022-01-12", "The council will meet in Brussels on Thursday.", "Thursday", "2022-01-13" },
        { "2022-01-12", "The OSCE is due to convene in Vienna on Thursday.", "Thursday", "2022-01-13" },
        { "2022-01-12", "Ministers talked on Wednesday.", "Wednesday", "2022-01-12" },
        { "2022-01-12", "Russia published its demands last month.", "last month", "2021-12" },
        { "2022-01-12", "Diplomats said last week that nothing had moved.", "last week", "2022-W01" },
        { "2022-01-12", "A new round is planned for next week.", "next week", "2022-W03" },
        { "2022-01-12", "The envoy arrived two days ago.", "two days ago", "2022-01-10" },
        { "2022-01-12", "The presidents spoke yesterday.", "yesterday", "2022-01-11" },
        { "2022-01-12", "Talks resume today.", "today", "2022-01-12" },
        { "2022-01-12", "A decision is expected tomorrow.", "tomorrow", "2022-01-13" },
        { "2022-01-20", "The council met on January 12th.", "January 12th", "2022-01-12" },
        { "2022-03-01", "The council met on 12 January 2022.", "12 January 2022", "2022-01-12" },
        { "2022-03-01", "The council met on Jan. 12, 2022.", "Jan. 12, 2022", "2022-01-12" },
        { "2022-01-12", "Russia began massing troops last spring.", "last spring", "2021-SP" },
        { "2022-01-12", "Russia began massing troops in the fall.", "fall", "2021-FA" },
        { "2022-01-12", "In December, Russia published two draft treaties.", "December", "2021-12" },
        { "2022-01-12", "After a four-hour meeting the ministers left.", "four-hour", "PT4H" },
        { "2022-01-12", "They talked for weeks.", "for weeks", "PXW" },
        { "2022-01-12", "The meeting lasted fifty minutes.", "fifty minutes", "PT50M" },
        { "2022-01-12", "The meeting lasted 2.5 hours.", "2.5 hours", "PT2.5H" },
        { "2022-01-12", "Talks will continue in the coming days.", "the coming days", "FUTURE_REF" },
        { "2022-01-12", "In recent years the alliance has grown.", "recent years", "PAST_REF" },
        { "2022-01-12", "Inspectors visit the site daily.", "daily", "P1D" },
        { "2022-01-12", "The council meets every year.", "every year", "P1Y" },
        { "2022-01-12", "Yesterday morning the minister flew to Vienna.", "Yesterday morning", "2022-01-11TMO" },
        { "2022-01-12", "Over the weekend, protesters gathered in Geneva.", "weekend", "2022-W01-WE" },
        { "2022-01-12", "Protesters plan to gather in Geneva at the weekend.", "weekend", "2022-W02-WE" },
        // "this weekend" told in the past on a working day is the one just gone; on the weekend, or ahead, this one.
        { "2022-01-10", "The minister flew to Geneva this weekend.", "this weekend", "2022-W01-WE" },
        { "2022-01-10", "The minister flies to Geneva this weekend.", "this weekend", "2022-W02-WE" },
        { "2022-01-15", "The minister flew to Geneva this weekend.", "this weekend", "2022-W02-WE" },
        { "2022-01-12", "Sales fell in the third quarter of 2021.", "the third quarter of 2021", "2021-Q3" },
        { "2022-01-12", "The ministers recently met in Geneva.", "recently", "PAST_REF" },
        { "2022-01-12", "Negotiations may resume soon.", "soon", "FUTURE_REF" },
        { "2022-01-12", "Last night, sirens sounded in Kyiv.", "Last night", "2022-01-11TNI" },
        { "2022-01-12", "The president will speak tonight.", "tonight", "2022-01-12TNI" },
        { "2022-01-12", "The team won on Saturday.", "Saturday", "2022-01-08" },
        { "2022-01-12", "The border has been closed since Friday.", "Friday", "2022-01-07" },
        { "2022-01-12", "On Tuesday at 10 a.m. the ministers met.", "10 a.m.", "2022-01-11T10:00" },
        // a past form after "be" is a passive participle: "will be held" speaks of what is to come
        { "2022-01-12", "This year's summit will be held in Madrid in June.", "June", "2022-06" },
        { "2022-01-12", "The treaty is to be signed on Friday.", "Friday", "2022-01-14" },
        { "2022-01-12", "The summit was held in Madrid in June.", "June", "2021-06" },
        // in news an earlier year named in passing still anchors what counts from it
        { "2022-01-12", "Talks are planned for later this month. He was elected in 2019 and took office the following year.", "the following year", "2020" },
        { "2022-01-19", "The envoys met on Tuesday last week.", "Tuesday last week", "2022-01-11" },
        // a clock time takes the day named right after it when none came before
        { "2022-01-12", "The ceasefire took effect at 6 a.m. local time on Sunday.", "6 a.m.", "2022-01-09T06:00" },
        { "2022-01-12", "The ceasefire took effect at 6 a.m. local time on Sunday.", "Sunday", "2022-01-09" },
    };

    /// <summary>Rows for rules the tables above do not reach, so that every rule has an example (see ExtremeDateTests).</summary>
    public static TheoryData<string, string, string, string, string> EveryRule => new()
    {
        { "de", "2015-06-26", "Der Gipfel fand am 25-26/06/2015 statt.", "25-26/06/2015", "2015-06-25" },
        { "de", "2022-01-05", "Die Gespräche finden vom 10. bis 13. Januar statt.", "10. bis 13. Januar", "2022-01-10" },
        { "de", "2012-08-22", "Am 24. und 25.08. trifft der Minister seinen Amtskollegen.", "24. und 25.08.", "2012-08-24" },
        { "de", "2012-08-22", "Die Lage ist ernst. Morgen trifft sich der Minister mit seinem Amtskollegen.", "Morgen", "2012-08-23" },
        { "de", "2023-03-03", "Die Staats- und Regierungschefs kommen am Donnerstag und Freitag zusammen.", "Freitag", "2023-03-10" },
        { "en", "2023-03-03", "The ministers met on Monday and Tuesday.", "Tuesday", "2023-02-28" },
        { "en", "2005-11-20", "Merkel to make France her first trip | DW | 17.11.2005", "17.11.2005", "2005-11-17" },
        { "de", "2015-09-20", "Die Gespräche finden vom 2. bis 3.10.2015 in Wien statt.", "2. bis 3.10.2015", "2015-10-02" },
        { "de", "2022-06-20", "In der Nacht vom 16. auf den 17. Juni blieb es ruhig.", "Nacht vom 16. auf den 17. Juni", "2022-06-16TNI" },
        { "de", "2022-07-01", "Am Morgen des 22. Juni begann der Angriff.", "Morgen des 22. Juni", "2022-06-22TMO" },
        { "de", "2022-07-20", "Am 17. Juli morgens verließ der Graf die Stadt.", "17. Juli morgens", "2022-07-17TMO" },
        { "de", "2018-05-08", "Er stattet am Dienstag, dem 15., und Mittwoch, dem 16. Mai, den Niederlanden einen Besuch ab.", "Dienstag, dem 15., und Mittwoch, dem 16. Mai", "2018-05-15" },
        { "de", "2016-06-30", "Termine\n\n29. Jun\n\nDie Kanzlerin nimmt am Europäischen Rat teil.", "29. Jun", "2016-06-29" },
        { "de", "2022-05-01", "Im Laufe des 18. April wurde verhandelt.", "Im Laufe des 18. April", "2022-04-18" },
        { "de", "2022-01-12", "Die Erklärung trägt das Datum 27/05/2011.", "27/05/2011", "2011-05-27" },
        { "de", "2020-09-14", "Am 3. September d.J. teilte die Botschaft den Termin mit.", "3. September d.J.", "2020-09-03" },
        { "de", "2025-11-03", "Die Ministerin hatte ihre für Ende Oktober geplante Reise nach Japan verschoben.", "Ende Oktober", "2025-10" },
        { "de", "2025-11-05", "Die für Montag geplante Konferenz wird nach Genf verlegt.", "Montag", "2025-11-10" },
        { "de", "2025-11-03", "Der Rat wurde für Ende Januar einberufen.", "Ende Januar", "2026-01" },
        { "de", "2022-01-12", "Die Datei stammt vom 2022-01-10.", "2022-01-10", "2022-01-10" },
        { "de", "2022-01-12", "Gegen Ende Februar 2021 wuchs die Sorge.", "Gegen Ende Februar 2021", "2021-02" },
        { "de", "2022-01-12", "Anfang März 2021 begann die Impfung.", "Anfang März 2021", "2021-03" },
        { "de", "2022-01-12", "Im Jahr 2014 wurde gewählt, im Frühjahr des folgenden Jahres regierte die Koalition.", "Frühjahr des folgenden Jahres", "2015-SP" },
        { "de", "2022-01-12", "Gegen Ende Februar soll entschieden werden.", "Gegen Ende Februar", "2022-02" },
        { "de", "2022-01-12", "Im vergangenen Juli war es heiß.", "vergangenen Juli", "2021-07" },
        { "de", "2022-01-12", "Ende 1989 fiel die Mauer.", "Ende 1989", "1989" },
        { "de", "2022-01-12", "Am 3. März 1990 begann die Sitzung, am selben Abend endete sie.", "selben Abend", "1990-03-03TEV" },
        { "de", "2022-01-12", "Am 3. März 1990 begann die Sitzung, am Morgen danach endete sie.", "Morgen danach", "1990-03-04TMO" },
        { "de", "2022-01-12", "Die Waffenruhe gilt ab Mitternacht.", "Mitternacht", "2022-01-12T24:00" },
        { "de", "2022-01-12", "Im ersten Halbjahr wuchs die Wirtschaft.", "ersten Halbjahr", "2022-H1" },
        { "de", "2022-01-12", "In zwei Wochen wird gewählt.", "In zwei Wochen", "2022-W04" },
        { "de", "2022-01-12", "Drei Tage zuvor hatte er gewarnt.", "Drei Tage zuvor", "2022-01-09" },
        { "de", "2022-01-12", "Nach zwei Tagen endete die Blockade.", "Nach zwei Tagen", "2022-01-14" },
        { "de", "2022-01-12", "Im 19. Jahrhundert wuchs die Stadt.", "19. Jahrhundert", "18" },
        { "de", "2022-01-12", "Im zwanzigsten Jahrhundert gab es zwei Weltkriege.", "zwanzigsten Jahrhundert", "19" },
        { "de", "2022-01-12", "Im Jahr 490 v. Chr. siegten die Athener.", "490 v. Chr.", "BC0490" },
        { "de", "2022-01-12", "Die Sitzung dauerte mehr als drei Stunden.", "mehr als drei Stunden", "PT3H" },
        { "de", "2022-01-12", "Die EU will für die nächsten sechs Monate planen.", "die nächsten sechs Monate", "P6M" },
        { "de", "2022-01-12", "Der Bus fährt jeden zweiten Tag.", "jeden zweiten Tag", "P2D" },
        { "de", "2022-01-12", "Montags ist das Museum geschlossen.", "Montags", "XXXX-WXX-1" },
        { "de", "2022-01-12", "Jeden Freitag demonstrieren Schüler.", "Jeden Freitag", "XXXX-WXX-5" },
        { "en", "2019-05-01", "The forum meets 12-13 May in Nairobi.", "12-13 May", "2019-05-12" },
        { "en", "2019-05-01", "The dialogue takes place on May 7-8.", "May 7-8", "2019-05-07" },
        { "en", "2022-01-20", "The talks ended on Friday, 14 January 2022.", "Friday, 14 January 2022", "2022-01-14" },
        { "en", "2022-01-12", "The file is dated 2022-01-10.", "2022-01-10", "2022-01-10" },
        { "en", "2009-06-24", "The President spoke with him on Tuesday evening, June 23rd.", "Tuesday evening, June 23rd", "2009-06-23TEV" },
        { "en", "2022-01-12", "Talks stalled in early March 2021.", "early March 2021", "2021-03" },
        { "en", "2022-01-12", "The treaty was signed in March 2021.", "March 2021", "2021-03" },
        { "en", "2022-01-12", "Elections are planned for late October.", "late October", "2022-10" },
        { "en", "2010-07-08", "He visited Angola last August.", "last August", "2009-08" },
        { "en", "2022-01-12", "The council meets again in May.", "May", "2022-05" },
        { "en", "2022-01-12", "Prices rose at the end of last year.", "the end of last year", "2021" },
        { "en", "2022-01-12", "The minister arrives this evening.", "this evening", "2022-01-12TEV" },
        { "en", "2022-01-12", "The two leaders met earlier today.", "earlier today", "2022-01-12" },
        { "en", "2022-01-12", "The new rules will apply in seven years.", "in seven years", "2029" },
        { "en", "2022-01-12", "The truce began at midnight.", "at midnight", "2022-01-12T24:00" },
        { "en", "2022-01-12", "Growth slowed in the second half of the year.", "in the second half of the year", "2022-H2" },
        { "en", "2022-01-12", "The envoy returns next Monday.", "next Monday", "2022-01-17" },
        { "en", "2022-01-12", "The war shaped the twentieth century.", "the twentieth century", "19" },
        { "en", "2022-01-12", "Rome was founded in 753 BC.", "753 BC", "BC0753" },
        { "en", "2022-01-12", "The border reopened (1989).", "1989", "1989" },
        { "en", "2022-01-12", "The 2008 summit ended in Japan.", "2008", "2008" },
        { "en", "2022-01-12", "The ceasefire starts at 18:00 GMT.", "18:00 GMT", "2022-01-12T18:00" },
        { "en", "2022-01-12", "Talks have stalled over the past decades.", "the past decades", "PXDE" },
        { "en", "2022-01-12", "It will take weeks to repair the damage.", "weeks", "PXW" },
        { "en", "2022-01-12", "The board meets every Monday.", "every Monday", "XXXX-WXX-1" },
    };

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void Every_rule_resolves_its_example(string language, string dct, string sentence, string expression, string value) =>
        TaggerAssert.Value(language, dct, sentence, expression, value);

    [Theory]
    [MemberData(nameof(German))]
    public void German_expressions_resolve_like_a_reader_would(string dct, string sentence, string expression, string value) =>
        TaggerAssert.Value("de", dct, sentence, expression, value);

    [Theory]
    [MemberData(nameof(English))]
    public void English_expressions_resolve_like_a_reader_would(string dct, string sentence, string expression, string value) =>
        TaggerAssert.Value("en", dct, sentence, expression, value);

    [Theory]
    [InlineData("de", "Vertreter von 57 Ländern kamen zusammen.")]
    [InlineData("de", "Unter den 30 NATO-Mitgliedern herrschte Uneinigkeit.")]
    [InlineData("de", "Verhandlungen in Genf kommen nur zäh voran\n\n10:37\n\nDer Rat tagte.")]
    [InlineData("de", "Die Partie endete 2:1.")]
    [InlineData("de", "Die Reise kostet 2.000 Euro.")]
    [InlineData("de", "Seit dem 3. Augenblick war alles anders.")]
    [InlineData("de", "Das Büro liegt in der Hauptstraße 12.")]
    [InlineData("en", "Talks may resume, officials said.")]
    [InlineData("en", "Troops may march across the border.")]
    [InlineData("en", "Some 100,000 soldiers and 1,200 tanks stand at the border.")]
    public void Counts_scores_prices_and_media_lengths_are_not_dates(string language, string text)
    {
        var result = TemporalTagger.Tag(text, language, new DateOnly(2022, 1, 12));
        Assert.True(result.Timexes.All(t => t.Type == "DURATION" && t.Value.StartsWith('P')) || result.Timexes.Count == 0,
            $"tagged: {string.Join(", ", result.Timexes.Select(t => $"'{t.Text}'={t.Value}"))}");
        Assert.DoesNotContain(result.Timexes, t => t.Type is "DATE" or "TIME");
    }

    [Fact]
    public void A_range_of_days_is_one_expression_with_both_ends()
    {
        var range = Assert.Single(TemporalTagger.Tag("Die Gespräche finden vom 10. bis 13. Januar 2022 statt.", "de", new DateOnly(2022, 1, 5)).Timexes);
        Assert.Equal(("2022-01-10", new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 13)), (range.Value, range.RangeStart, range.RangeEnd));
    }

    [Fact]
    public void Narrative_mode_anchors_on_the_last_mentioned_year()
    {
        var result = TemporalTagger.Tag("Im Jahr 2014 annektierte Russland die Krim. Im März folgten erste Sanktionen.", "de");
        Assert.Equal(TaggerMode.Narrative, result.Mode);
        Assert.Null(result.DocumentDate);
        Assert.Equal(["2014", "2014-03"], result.Timexes.Select(t => t.Value));
    }

    [Fact]
    public void News_background_with_its_own_year_anchors_the_month_after_it()
    {
        var result = TemporalTagger.Tag("Im Jahr 2014 annektierte Russland die Krim. Im März folgten erste Sanktionen.", "de", new DateOnly(2022, 1, 12));
        Assert.Equal("2014-03", result.Timexes.Single(t => t.Text == "März").Value);
    }

    [Theory]
    [InlineData("Im 19. Jahrhundert", "18")]
    [InlineData("In den 1990er Jahren", "199")]
    [InlineData("Im Jahr 490 v. Chr.", "BC0490")]
    public void Centuries_decades_and_years_before_Christ(string text, string value)
    {
        var result = TemporalTagger.Tag(text + " geschah viel.", "de");
        Assert.Contains(result.Timexes, t => t.Value == value);
    }

    [Fact]
    public void In_narrative_text_then_and_soon_are_left_untagged()
    {
        var result = TemporalTagger.Tag("Im Jahr 1914 begann der Krieg. Damals glaubten viele, er sei bald vorbei.", "de", null, TaggerMode.Narrative);
        Assert.Contains(result.Timexes, t => t.Value == "1914");
        Assert.DoesNotContain(result.Timexes, t => t.Text is "Damals" or "bald");
    }

    [Fact]
    public void Without_anchor_a_weekday_stays_underspecified()
    {
        var result = TemporalTagger.Tag("Am Mittwoch tagte der Rat.", "de");
        Assert.Equal("XXXX-WXX-3", result.Timexes.Single().Value);
    }

    [Fact]
    public void Every_expression_explains_its_rule_anchor_and_direction()
    {
        var result = TemporalTagger.Tag("Das Treffen in Wien findet am Donnerstag statt.", "de", new DateOnly(2022, 1, 12));
        var provenance = result.Timexes.Single().Provenance;
        Assert.StartsWith("weekday@", provenance.Rule);
        Assert.Equal(Direction.Future, provenance.Direction);
        Assert.Contains("findet", provenance.Reason);
        Assert.Contains("2022-01-12", provenance.Anchor);
    }

    [Fact]
    public void The_document_date_is_inferred_from_a_dateline()
    {
        var result = TemporalTagger.Tag("BRÜSSEL, 12. Januar 2022 – Am Mittwoch kam der Rat zusammen.", "de");
        Assert.NotNull(result.DocumentDate);
        Assert.Equal(new DateOnly(2022, 1, 12), result.DocumentDate.Value);
        Assert.False(result.DocumentDate.Given);
        Assert.Equal("2022-01-12", result.Timexes.Single(t => t.Text == "Mittwoch").Value);
    }
}

/// <summary>What narrative and anaphoric expressions resolve to, in both languages.</summary>
public sealed class AnaphoraTests
{
    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "de", "Am 1. August 1914 erklärte Deutschland Russland den Krieg. Zwei Tage später folgte die Kriegserklärung an Frankreich.", "Zwei Tage später", "1914-08-03" },
        { "de", "Am 1. August 1914 erklärte Deutschland Russland den Krieg. Am selben Tag ordnete Frankreich die Mobilmachung an.", "selben Tag", "1914-08-01" },
        { "de", "Am 1. August 1914 erklärte Deutschland Russland den Krieg. Am Abend desselben Tages überschritten Truppen die Grenze.", "Abend desselben Tages", "1914-08-01TEV" },
        { "de", "Im Mai 1776 erreichte die Flotte New York. Im März des folgenden Jahres zog sie weiter.", "März des folgenden Jahres", "1777-03" },
        { "de", "Die Unruhen begannen 1789. Zum Jahresende war der König machtlos.", "Jahresende", "1789" },
        { "de", "Im Jahr 1863 kam es zu Kämpfen. Am Neujahrstag 1863 trat die Erklärung in Kraft.", "Neujahrstag 1863", "1863-01-01" },
        { "de", "Die Kämpfe in Juni und Juli 1944 waren schwer.", "Juni", "1944-06" },
        { "de", "Im Winter 1918/19 hatte sie ihre Herrschaft gefestigt.", "19", "1919" },
        { "de", "Von 218–216 v. Chr. dauerte der Feldzug.", "216 v. Chr.", "BC0216" },
        { "en", "Germany declared war on Russia on August 1, 1914. Two days later it declared war on France.", "Two days later", "1914-08-03" },
        { "en", "The treaty was signed on June 28, 1919. The following day the delegations left Paris.", "The following day", "1919-06-29" },
        { "en", "The armistice was signed on November 11, 1918. That evening crowds filled the streets.", "That evening", "1918-11-11TEV" },
        { "en", "The talks were held in 1987. They resumed on New Year's Day.", "New Year's Day", "1987-01-01" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Anaphoric_dates_count_from_the_last_date_the_text_named(string language, string text, string expression, string value)
    {
        var result = TemporalTagger.Tag(text, language, mode: TaggerMode.Narrative);
        var found = result.Timexes.Where(t => t.Text.Equals(expression, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count == 1, $"'{expression}' not tagged; tagged: {string.Join(", ", result.Timexes.Select(t => $"'{t.Text}'={t.Value}"))}");
        Assert.Equal(value, found[0].Value);
    }

    [Fact]
    public void A_heading_that_is_a_year_sets_the_year_of_its_section()
    {
        var text = "1862\n\nStrategische Entwicklung\n\nIm Dezember gelang den Südstaaten ein Sieg. Die Emanzipationserklärung galt ab dem 1. Januar 1863.\n\nIm Oktober griff die Armee an.";
        var result = TemporalTagger.Tag(text, "de", mode: TaggerMode.Narrative);
        Assert.Equal("1862-12", result.Timexes.Single(t => t.Text == "Dezember").Value);
        Assert.Equal("1862-10", result.Timexes.Single(t => t.Text == "Oktober").Value);
    }

    [Fact]
    public void A_bare_year_named_as_an_aside_does_not_move_the_story()
    {
        var result = TemporalTagger.Tag("Am 3. September 1939 erklärte Großbritannien den Krieg, wie schon seit 1871 befürchtet. Am 17. September marschierte die Rote Armee ein.", "de", mode: TaggerMode.Narrative);
        Assert.Equal("1939-09-17", result.Timexes.Single(t => t.Text == "17. September").Value);
    }
}
