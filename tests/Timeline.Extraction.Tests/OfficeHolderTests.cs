using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Extraction.Tests;

/// <summary>
/// The people table (Resources/shared/people.tsv) and the look-ups that tell office holders apart by the years they
/// served: its rows are well formed and cover the offices it claims to, full names resolve, names of one word resolve
/// only to someone in office at the date, and German spellings name the same people.
/// </summary>
public sealed partial class OfficeHolderTests
{
    private static readonly Gazetteer.Gazetteer G = Gazetteer.Gazetteer.Default;

    private static readonly IReadOnlyList<Actor> People = G.Actors.Where(a => a.Kind == ActorKind.Person).ToList();

    private static DateOnly On(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static string? Holder(string name, string date) => G.OfficeHolder(name, On(date))?.Id;

    [Fact]
    public void Every_row_is_well_formed()
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rows = GazetteerData.Rows("shared/people.tsv", 6).ToList();
        Assert.True(rows.Count >= 900, $"{rows.Count} rows");
        foreach (var c in rows)
        {
            var (id, name, variants, role, affiliation, years) = (c[0], c[1], c[2].Split('|', StringSplitOptions.TrimEntries), c[3], c[4], c[5]);
            void Problem(string what) => problems.Add($"{id}: {what}");
            if (!IdPattern().IsMatch(id))
                Problem("the id is not a lower-case slug");
            if (!ids.Add(id))
                Problem("the id is not unique");
            if (name.Length == 0 || role.Length == 0)
                Problem("no name or no office");
            if (G.ActorById(affiliation) is not { Kind: ActorKind.Country or ActorKind.Organisation })
                Problem($"affiliation '{affiliation}' is not a country or organisation the gazetteer knows");
            var plain = variants.Select(v => v.Trim('[', ']')).ToList();
            if (plain.Any(v => v.Length == 0) || plain.Count != plain.Distinct(StringComparer.Ordinal).Count())
                Problem("an empty or repeated variant");
            if (variants.Any(v => v.Contains('[') != v.StartsWith('[') || v.Contains(']') != v.EndsWith(']')))
                Problem("brackets that do not enclose a whole variant");
            if (!plain.Contains(name))
                Problem("the name is not among its variants");
            try
            {
                var terms = TermOfOffice.ParseList(years);
                if (terms.Count == 0 || terms[0].From < 1950 || terms.Any(t => t.To > 2026))
                    Problem($"years '{years}' outside 1950 to 2026");
            }
            catch (FormatException e)
            {
                Problem(e.Message);
            }
        }
        Assert.Empty(problems);
    }

    /// <summary>
    /// Rows that share a name are one person when their ids say so ("dmitry-medvedev-prime-minister" extends
    /// "dmitry-medvedev"); two people with one name (Latvia had two presidents and prime ministers called Andris
    /// Bērziņš) keep ids of their own.
    /// </summary>
    [Theory]
    [InlineData("dmitry-medvedev-prime-minister", "dmitry-medvedev")]
    [InlineData("vladimir-putin-prime-minister", "vladimir-putin")]
    [InlineData("mark-rutte-prime-minister", "mark-rutte")]
    [InlineData("romano-prodi-prime-minister", "romano-prodi")]
    [InlineData("john-kerry-senator", "john-kerry")]
    [InlineData("vladimir-putin", "vladimir-putin")]
    [InlineData("andris-berzins-president", "andris-berzins-president")]
    [InlineData("andris-berzins-prime-minister", "andris-berzins-prime-minister")]
    [InlineData("george-w-bush", "george-w-bush")]
    public void Rows_of_one_person_share_a_person_id(string id, string person) =>
        Assert.Equal(person, G.ActorById(id)?.PersonId);

    /// <summary>
    /// Two different people may share a name only where the look-up tells them apart: a name of one word in a year both
    /// served names nobody; two people with the same full name in office in the same year would be a mistake.
    /// </summary>
    [Fact]
    public void No_name_is_shared_by_two_people_in_one_year_unless_the_lookup_declines_it()
    {
        var problems = new List<string>();
        foreach (var byName in People.SelectMany(p => p.Names.Append(p.Name).Select(n => (Key: Gazetteer.Gazetteer.Key(n), Name: n, Person: p)))
                     .GroupBy(x => x.Key))
        {
            var rows = byName.Select(x => x.Person).Distinct().ToList();
            if (rows.Select(r => r.PersonId).Distinct().Count() < 2)
                continue;
            for (var year = 1950; year <= 2030; year++)
            {
                var serving = rows.Where(r => r.InOffice(year)).Select(r => r.PersonId).Distinct().ToList();
                if (serving.Count < 2)
                    continue;
                var name = byName.First().Name;
                if (byName.Key.Contains(' '))
                    problems.Add($"'{name}' is the full name of {string.Join(" and ", serving)} in {year}");
                else if (G.OfficeHolder(name, new DateOnly(year, 6, 1)) is { } who)
                    problems.Add($"'{name}' in {year} resolves to {who.Id}, though {string.Join(" and ", serving)} were in office");
            }
        }
        Assert.Empty(problems);
    }

    /// <summary>The countries and bodies the table covers have a head of state or government and a foreign minister in every year from 2000 to 2025.</summary>
    [Theory]
    [InlineData("AR")]
    [InlineData("AU")]
    [InlineData("BR")]
    [InlineData("CA")]
    [InlineData("CN")]
    [InlineData("FR")]
    [InlineData("DE")]
    [InlineData("IN")]
    [InlineData("ID")]
    [InlineData("IT")]
    [InlineData("JP")]
    [InlineData("MX")]
    [InlineData("RU")]
    [InlineData("SA")]
    [InlineData("ZA")]
    [InlineData("KR")]
    [InlineData("TR")]
    [InlineData("GB")]
    [InlineData("US")]
    [InlineData("UA")]
    [InlineData("IR")]
    [InlineData("IL")]
    [InlineData("QA")]
    [InlineData("EG")]
    [InlineData("PL")]
    [InlineData("AT")]
    [InlineData("CH")]
    [InlineData("NL")]
    [InlineData("BE")]
    [InlineData("SE")]
    [InlineData("NO")]
    [InlineData("DK")]
    [InlineData("FI")]
    [InlineData("EE")]
    [InlineData("LV")]
    [InlineData("LT")]
    [InlineData("HU")]
    [InlineData("GR")]
    [InlineData("ES")]
    [InlineData("KE")]
    [InlineData("ET")]
    [InlineData("NG")]
    [InlineData("PK")]
    [InlineData("MY")]
    [InlineData("SG")]
    [InlineData("VN")]
    [InlineData("KP")]
    [InlineData("NZ")]
    public void Every_country_has_a_leader_and_a_foreign_minister_every_year(string country)
    {
        var rows = People.Where(p => p.Affiliation == country).ToList();
        var missing = Enumerable.Range(2000, 26)
            .SelectMany(year => new[]
            {
                rows.Any(r => r.InOffice(year) && LeaderRole().IsMatch(r.Role!)) ? null : $"no head of state or government in {year}",
                rows.Any(r => r.InOffice(year) && ForeignMinisterRole().IsMatch(r.Role!)) ? null : $"no foreign minister in {year}",
            })
            .OfType<string>()
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("UN", "Secretary-General")]
    [InlineData("NATO", "Secretary General")]
    [InlineData("EU", "President of the European Commission")]
    [InlineData("EU", "High Representative")]
    public void Every_organisation_has_its_head_every_year(string organisation, string office)
    {
        var rows = People.Where(p => p.Affiliation == organisation && p.Role!.Contains(office, StringComparison.Ordinal)).ToList();
        var vacant = Enumerable.Range(2000, 26).Where(year => !rows.Any(r => r.InOffice(year))).ToList();
        Assert.True(vacant.Count == 0, $"{organisation} {office}: nobody in {string.Join(", ", vacant)}");
    }

    /// <summary>A full name always names its person: the office held that year, else the one nearest in time.</summary>
    [Theory]
    [InlineData("Donald Trump", "2018-06-12", "donald-trump")]
    [InlineData("Donald J. Trump", "2025-03-01", "donald-trump")]
    [InlineData("Donald Trump", "2023-03-01", "donald-trump")]
    [InlineData("Joe Biden", "2022-01-10", "joe-biden")]
    [InlineData("Angela Merkel", "2010-05-01", "angela-merkel")]
    [InlineData("Angela Merkel", "2023-05-01", "angela-merkel")]
    [InlineData("Boris Johnson", "2017-03-01", "boris-johnson-foreign-secretary")]
    [InlineData("Boris Johnson", "2020-03-01", "boris-johnson")]
    [InlineData("Boris Johnson", "2024-03-01", "boris-johnson")]
    [InlineData("Vladimir Putin", "2010-03-01", "vladimir-putin-prime-minister")]
    [InlineData("Vladimir Putin", "2022-01-12", "vladimir-putin")]
    [InlineData("John Kerry", "2015-03-01", "john-kerry")]
    [InlineData("John Kerry", "2022-03-01", "john-kerry-climate-envoy")]
    [InlineData("John Kerry", "2005-03-01", "john-kerry-senator")]
    [InlineData("John Kerry", "2013-03-01", "john-kerry")]
    [InlineData("Frank-Walter Steinmeier", "2015-03-01", "frank-walter-steinmeier-foreign-minister")]
    [InlineData("Frank-Walter Steinmeier", "2017-03-01", "frank-walter-steinmeier")]
    [InlineData("Recep Tayyip Erdogan", "2010-03-01", "recep-tayyip-erdogan-prime-minister")]
    [InlineData("Mark Rutte", "2020-03-01", "mark-rutte-prime-minister")]
    [InlineData("Mark Rutte", "2025-03-01", "mark-rutte")]
    [InlineData("Mark Rutte", "2024-03-01", "mark-rutte")]
    [InlineData("Donald Tusk", "2016-03-01", "donald-tusk")]
    [InlineData("Donald Tusk", "2024-03-01", "donald-tusk-prime-minister")]
    [InlineData("Ban Ki-moon", "2005-03-01", "ban-ki-moon-foreign-minister")]
    [InlineData("Ban Ki-moon", "2010-03-01", "ban-ki-moon")]
    [InlineData("George Bush", "1990-03-01", "george-h-w-bush")]
    [InlineData("George Bush", "2005-03-01", "george-w-bush")]
    [InlineData("George Bush", "1995-03-01", "george-h-w-bush")]
    [InlineData("George H. W. Bush", "2005-03-01", "george-h-w-bush")]
    [InlineData("Andris Bērziņš", "2001-03-01", "andris-berzins-prime-minister")]
    [InlineData("Andris Berzins", "2013-03-01", "andris-berzins-president")]
    [InlineData("Kim Jong-un", "2011-12-30", "kim-jong-un")]
    [InlineData("Kim Jong Il", "2011-03-01", "kim-jong-il")]
    [InlineData("Theresa May", "2017-03-01", "theresa-may")]
    [InlineData("Mohammed bin Salman", "2022-03-01", "mohammed-bin-salman")]
    [InlineData("Lula da Silva", "2015-03-01", "lula-da-silva")]
    public void Full_names_resolve(string name, string date, string id) => Assert.Equal(id, Holder(name, date));

    /// <summary>A name of one word names only someone in office in the date's year, and nobody where several people were.</summary>
    [Theory]
    [InlineData("Bush", "1990-08-02", "george-h-w-bush")]
    [InlineData("Bush", "2005-06-01", "george-w-bush")]
    [InlineData("Bush", "1997-06-01", null)]
    [InlineData("Johnson", "2020-01-31", "boris-johnson")]
    [InlineData("Johnson", "2017-06-01", "boris-johnson-foreign-secretary")]
    [InlineData("Johnson", "1965-06-01", null)]
    [InlineData("Clinton", "1998-06-01", "bill-clinton")]
    [InlineData("Clinton", "2011-06-01", "hillary-clinton")]
    [InlineData("Clinton", "2005-06-01", null)]
    [InlineData("Kim", "2018-04-27", "kim-jong-un")]
    [InlineData("Kim", "2007-06-01", "kim-jong-il")]
    [InlineData("Kim", "2011-06-01", null)]
    [InlineData("Kim", "2001-06-01", null)]
    [InlineData("Abe", "2015-06-01", "shinzo-abe")]
    [InlineData("Abe", "2009-06-01", null)]
    [InlineData("Rasmussen", "2012-06-01", "anders-fogh-rasmussen")]
    [InlineData("Rasmussen", "2016-06-01", "lars-lokke-rasmussen")]
    [InlineData("Rasmussen", "2023-06-01", "lars-lokke-rasmussen-foreign-minister")]
    [InlineData("Rasmussen", "2010-06-01", null)]
    [InlineData("Medwedew", "2010-06-01", "dmitry-medvedev")]
    [InlineData("Medwedjew", "2015-06-01", "dmitry-medvedev-prime-minister")]
    [InlineData("Medvedev", "2012-06-01", "dmitry-medvedev")]
    [InlineData("Putin", "2010-06-01", "vladimir-putin-prime-minister")]
    [InlineData("Kaczyński", "2006-09-01", null)]
    [InlineData("Kaczynski", "2009-06-01", "lech-kaczynski")]
    [InlineData("Sharif", "2015-06-01", "nawaz-sharif")]
    [InlineData("Sharif", "2023-06-01", "shehbaz-sharif")]
    [InlineData("Kono", "2000-06-01", "yohei-kono")]
    [InlineData("Kōno", "2018-06-01", "taro-kono")]
    [InlineData("Fischer", "2003-06-01", "joschka-fischer")]
    [InlineData("Fischer", "2005-06-01", null)]
    [InlineData("May", "2017-06-01", "theresa-may")]
    [InlineData("Merkel", "2023-06-01", null)]
    [InlineData("Lula", "2015-06-01", null)]
    [InlineData("Trump", "2023-06-01", null)]
    [InlineData("Trump", "2025-06-01", "donald-trump")]
    [InlineData("Selenskyj", "2015-06-01", null)]
    public void One_word_names_resolve_by_date(string name, string date, string? id) => Assert.Equal(id, Holder(name, date));

    /// <summary>German spellings and transliterations, and any case or diacritics, name the same people.</summary>
    [Theory]
    [InlineData("Wladimir Putin", "2022-01-12", "vladimir-putin")]
    [InlineData("Sergej Lawrow", "2022-01-12", "sergei-lavrov")]
    [InlineData("Lawrow", "2022-01-12", "sergei-lavrov")]
    [InlineData("Selenskyj", "2022-03-01", "volodymyr-zelensky")]
    [InlineData("Wolodymyr Selenskyj", "2022-03-01", "volodymyr-zelensky")]
    [InlineData("Dmitri Medwedew", "2009-03-01", "dmitry-medvedev")]
    [InlineData("Dmitrij Medwedjew", "2009-03-01", "dmitry-medvedev")]
    [InlineData("Michail Mischustin", "2021-03-01", "mikhail-mishustin")]
    [InlineData("Boris Jelzin", "1995-03-01", "boris-yeltsin")]
    [InlineData("Netanjahu", "2019-03-01", "benjamin-netanyahu")]
    [InlineData("Ariel Scharon", "2003-03-01", "ariel-sharon")]
    [InlineData("Schimon Peres", "2010-03-01", "shimon-peres")]
    [InlineData("Mahmud Ahmadinedschad", "2008-03-01", "mahmoud-ahmadinejad")]
    [InlineData("Ajatollah Ali Chamenei", "2020-03-01", "ali-khamenei")]
    [InlineData("Hassan Ruhani", "2015-03-01", "hassan-rouhani")]
    [InlineData("Mohammed Dschawad Sarif", "2015-03-01", "mohammad-javad-zarif")]
    [InlineData("Kim Dschong Un", "2018-03-01", "kim-jong-un")]
    [InlineData("Julija Tymoschenko", "2008-03-01", "yulia-tymoshenko")]
    [InlineData("Janukowitsch", "2012-03-01", "viktor-yanukovych")]
    [InlineData("Petro Poroschenko", "2015-03-01", "petro-poroshenko")]
    [InlineData("Husni Mubarak", "2005-03-01", "hosni-mubarak")]
    [InlineData("Mohammed Mursi", "2012-09-01", "mohamed-morsi")]
    [InlineData("Königin Elisabeth", "2010-03-01", "elizabeth-ii")]
    [InlineData("Recep Tayyip Erdoğan", "2020-03-01", "recep-tayyip-erdogan")]
    [InlineData("erdogan", "2020-03-01", "recep-tayyip-erdogan")]
    [InlineData("ERDOĞAN", "2020-03-01", "recep-tayyip-erdogan")]
    [InlineData("sergej lawrow", "2022-01-12", "sergei-lavrov")]
    [InlineData("Mevlut Cavusoglu", "2016-03-01", "mevlut-cavusoglu")]
    [InlineData("Kwaśniewski", "2003-03-01", "aleksander-kwasniewski")]
    [InlineData("Kwasniewski", "2003-03-01", "aleksander-kwasniewski")]
    [InlineData("Jonas Gahr Støre", "2022-03-01", "jonas-gahr-store")]
    [InlineData("Gahr Store", "2010-03-01", "jonas-gahr-store-foreign-minister")]
    public void German_spellings_resolve(string name, string date, string id) => Assert.Equal(id, Holder(name, date));

    private static Actor? PersonIn(string text, string name, DateOnly? date) =>
        Assert.Single(G.Find(text, 0, text.Length, date), m => m.Text == name && m.Actor?.Kind == ActorKind.Person).Actor;

    private static bool NoPersonIn(string text, string name, DateOnly? date) =>
        !G.Find(text, 0, text.Length, date).Any(m => m.Text.Contains(name, StringComparison.Ordinal) && m.Actor?.Kind == ActorKind.Person);

    /// <summary>In running text, the document date decides which office holder a name of one word means.</summary>
    [Theory]
    [InlineData("Präsident Bush traf am Montag in Washington ein.", "Bush", "1990-08-02", "george-h-w-bush")]
    [InlineData("Präsident Bush traf am Montag in Washington ein.", "Bush", "2005-06-01", "george-w-bush")]
    [InlineData("Prime Minister Johnson spoke with President Macron.", "Johnson", "2020-01-31", "boris-johnson")]
    [InlineData("Prime Minister Johnson spoke with President Macron.", "Macron", "2020-01-31", "emmanuel-macron")]
    [InlineData("Kim met Moon at Panmunjom.", "Kim", "2018-04-27", "kim-jong-un")]
    [InlineData("Kim met Moon at Panmunjom.", "Moon", "2018-04-27", "moon-jae-in")]
    [InlineData("Medwedew empfing Lawrow im Kreml.", "Medwedew", "2010-06-01", "dmitry-medvedev")]
    [InlineData("Medwedew empfing Lawrow im Kreml.", "Medwedew", "2015-06-01", "dmitry-medvedev-prime-minister")]
    [InlineData("Rasmussen sagte in Brüssel, die Allianz stehe bereit.", "Rasmussen", "2012-06-01", "anders-fogh-rasmussen")]
    [InlineData("Talks between Donald Trump and Xi Jinping ended.", "Donald Trump", "2019-06-01", "donald-trump")]
    public void Find_tells_office_holders_apart_by_the_document_date(string text, string name, string date, string id) =>
        Assert.Equal(id, PersonIn(text, name, On(date))?.Id);

    /// <summary>A name of one word that names nobody in office at the date, or an ordinary word, is not reported as a person.</summary>
    [Theory]
    [InlineData("Prime Minister Johnson spoke with the press.", "Johnson", "1965-06-01")]
    [InlineData("Kim traf am Montag Vertreter aus Seoul.", "Kim", "2011-06-01")]
    [InlineData("Merkel gave a lecture in Harvard.", "Merkel", "2024-05-30")]
    [InlineData("The summit in May ended with a communiqué.", "May", "2017-06-01")]
    [InlineData("Kurz darauf trafen sich die Minister.", "Kurz", "2018-06-01")]
    [InlineData("Die Partei stand vor einem Kern der Probleme.", "Kern", "2016-06-01")]
    [InlineData("Brown envelopes were handed out.", "Brown", "2008-06-01")]
    [InlineData("They met in The Hague.", "Hague", "2012-06-01")]
    public void Names_without_an_office_holder_at_the_date_are_not_people(string text, string name, string date) =>
        Assert.True(NoPersonIn(text, name, On(date)));

    /// <summary>Without a date, the matcher keeps what it did: a name of one person resolves, a name several people share does not.</summary>
    [Theory]
    [InlineData("Putin und Lawrow sprachen in Moskau.", "Putin", "vladimir-putin")]
    [InlineData("Putin und Lawrow sprachen in Moskau.", "Lawrow", "sergei-lavrov")]
    [InlineData("Medwedew empfing ihn.", "Medwedew", "dmitry-medvedev")]
    [InlineData("Stoltenberg sagte, die NATO stehe bereit.", "Stoltenberg", "jens-stoltenberg")]
    [InlineData("Talks between George Bush and Putin.", "George Bush", "george-w-bush")]
    [InlineData("Talks with Donald Trump.", "Donald Trump", "donald-trump")]
    [InlineData("EU-Ratspräsident Donald Tusk reiste nach Tokio.", "Donald Tusk", "donald-tusk")]
    public void Without_a_date_a_name_of_one_person_still_resolves(string text, string name, string id)
    {
        Assert.Equal(id, PersonIn(text, name, null)?.Id);
        Assert.Equal(id, Assert.Single(G.Find(text, 0, text.Length), m => m.Text == name).Actor?.Id);
    }

    [Theory]
    [InlineData("Bush sagte am Montag, die Gespräche gingen weiter.", "Bush")]
    [InlineData("Kim traf am Montag Vertreter aus Seoul.", "Kim")]
    [InlineData("Rasmussen sagte in Brüssel, die Allianz stehe bereit.", "Rasmussen")]
    public void Without_a_date_a_name_several_people_share_is_nobody(string text, string name) =>
        Assert.True(NoPersonIn(text, name, null));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\b(President|Prime Minister|Chancellor|Premier|King|Queen|Emperor|Emir|Leader|General Secretary|Chairman|Chief Executive)\b")]
    private static partial Regex LeaderRole();

    [GeneratedRegex(@"^(?!.*Deputy).*\b(Foreign Minister|Foreign Secretary|Secretary of State|External Affairs Minister|Adviser to the Prime Minister on Foreign Affairs)$")]
    private static partial Regex ForeignMinisterRole();
}
