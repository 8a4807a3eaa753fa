using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Timeline.Extraction.Language;

/// <summary>
/// Everything the language-agnostic engines know about one language, read from the files under
/// Resources/{code}/. Loaded once per language and shared: profiles are immutable.
/// </summary>
public sealed partial class LanguageProfile
{
    private static readonly ConcurrentDictionary<string, LanguageProfile> Cache = new(StringComparer.OrdinalIgnoreCase);

    public string Code { get; }
    public ResourceFile Dates { get; }
    public ResourceFile Tense { get; }
    public ResourceFile Text { get; }
    public ResourceFile Events { get; }

    public IReadOnlyDictionary<string, int> Months { get; }
    public IReadOnlyDictionary<string, int> Weekdays { get; }
    public IReadOnlyDictionary<string, string> Seasons { get; }
    public IReadOnlyDictionary<string, string> Parts { get; }
    public IReadOnlyDictionary<string, string> Units { get; }
    public IReadOnlyDictionary<string, string> DurationAdjectives { get; }
    public IReadOnlyDictionary<string, string> VagueDurations { get; }
    public IReadOnlyDictionary<string, int> Relative { get; }
    public IReadOnlyDictionary<string, string> RelativeWords { get; }
    public IReadOnlyDictionary<string, string> Present { get; }

    /// <summary>"täglich", "every year": the TIMEX3 value of the set they name.</summary>
    public IReadOnlyDictionary<string, string> SetUnits { get; }
    public IReadOnlyDictionary<string, string> Numbers { get; }
    public IReadOnlyDictionary<string, string> Eras { get; }
    public IReadOnlyDictionary<string, int> Anaphoric { get; }
    public IReadOnlyDictionary<string, string> DayParts { get; }
    public IReadOnlyDictionary<string, string> Zones { get; }
    public IReadOnlySet<string> AsidePrepositions { get; }
    public IReadOnlyDictionary<string, string> AnaphoricWords { get; }
    public IReadOnlyDictionary<string, string> Halves { get; }

    /// <summary>"dritten", "third": the quarter of a year they name (Q1 to Q4).</summary>
    public IReadOnlyDictionary<string, string> Quarters { get; }
    public IReadOnlyDictionary<string, string> Midnight { get; }
    public IReadOnlyDictionary<string, string> Holidays { get; }

    /// <summary>"achtziger", "sixties": the decade of a century they name (8, 6).</summary>
    public IReadOnlyDictionary<string, int> DecadeWords { get; }

    /// <summary>"dritten", "third": the number of an ordinal word.</summary>
    public IReadOnlyDictionary<string, int> Ordinals { get; }

    /// <summary>"heutige", "gestrige": adjectives of a day, whose noun tells whether they mean the day or the present.</summary>
    public IReadOnlySet<string> RelativeAdjectives { get; }

    /// <summary>Nouns of what happens on a day ("Treffen", "meeting"): "das heutige Treffen" is the day's.</summary>
    public IReadOnlySet<string> DayNouns { get; }

    /// <summary>Phrases that make "heute" or "today" in their clause mean the present ("als je zuvor", "than ever").</summary>
    public IReadOnlyList<string> GenericPresentCues { get; }

    /// <summary>Words right before "heute" that make it the present ("die Welt von heute").</summary>
    public IReadOnlySet<string> GenericPresentBefore { get; }

    /// <summary>Words for the occasion a text speaks of ("diesmal"), left untagged in narrative text.</summary>
    public IReadOnlySet<string> OccasionWords { get; }

    /// <summary>Words for now that in a story told in the past mean the date the story has reached ("jetzt").</summary>
    public IReadOnlySet<string> StoryNow { get; }

    /// <summary>Words before a number of years that make it an age ("im Alter von 83 Jahren").</summary>
    public IReadOnlyList<string> AgeOpenings { get; }

    /// <summary>Words that join two lengths into one ("fünf Jahre und sieben Monate").</summary>
    public IReadOnlySet<string> LengthJoiners { get; }

    /// <summary>Words that join two weekdays into consecutive days ("Donnerstag und Freitag", "Monday to Wednesday").</summary>
    public IReadOnlySet<string> WeekdayJoiners { get; }

    /// <summary>Phrases after a length that add a half to it ("a year and a half").</summary>
    public IReadOnlyList<string> HalfAfter { get; }

    /// <summary>"first", "highest": a few words before them, "in seven years" is a span, not a date seven years on.</summary>
    public IReadOnlySet<string> Superlatives { get; }

    /// <summary>Verbs of saying, which tie a quote to the day its speaker spoke.</summary>
    public IReadOnlySet<string> SpeechVerbs { get; }
    public IReadOnlyList<DateRule> Rules => rules;

    private readonly DateRule[] rules;

    /// <summary>Words that open a sentence (the language's commonest words), for telling "am 15. Die ..." from "am 15. Juli".</summary>
    public IReadOnlySet<string> SentenceOpeners { get; }

    /// <summary>Words that introduce a text published again with its date ("Nachfolgend veröffentlichen wir ... vom 15. Oktober 2014").</summary>
    public IReadOnlyList<string> RepublicationIntroductions { get; }

    /// <summary>Whether a full stop after a small number ends a sentence in this language (English: yes; German: it marks an ordinal).</summary>
    public bool OrdinalsEndSentences { get; }

    /// <summary>Which key word lists occur in a text, for skipping rules that cannot match there.</summary>
    public KeywordIndex Keywords { get; }

    /// <summary>Matches, right after a date, a coordinated date with its year: " und Juli 1944", "/Juni 1940".</summary>
    public Regex CoordinatedYear { get; }

    private LanguageProfile(string code)
    {
        Code = code;
        Dates = ResourceFile.Load($"{code}/dates.txt");
        Tense = ResourceFile.Load($"{code}/tense.txt");
        Text = ResourceFile.Load($"{code}/text.txt");
        Events = ResourceFile.Load($"{code}/events.txt");

        Months = Lookup(Dates, "months", int.Parse, Dates.Section("month-abbreviations"));
        SentenceOpeners = new HashSet<string>(Text.Words("stopwords"), StringComparer.OrdinalIgnoreCase);
        RepublicationIntroductions = Text.Words("republication-introductions");
        OrdinalsEndSentences = !Text.Section("settings").Any(e => e.Key == "ordinal-full-stop" && e.Values[0] == "yes");
        Weekdays = Lookup(Dates, "weekdays", int.Parse);
        Seasons = Lookup(Dates, "seasons", k => k);
        Parts = Lookup(Dates, "parts", k => k);
        Units = Lookup(Dates, "units", k => k);
        DurationAdjectives = Lookup(Dates, "duration-adjectives", k => k);
        VagueDurations = Lookup(Dates, "vague-durations", k => k, Dates.Section("vague-plurals"));
        SetUnits = Lookup(Dates, "set-units", k => k, Dates.Section("set-adjectives"));
        Relative = Lookup(Dates, "relative", int.Parse);
        RelativeWords = Lookup(Dates, "relative-words", k => k, Dates.Section("relative-words-lowercase").Concat(Dates.Section("relative-day-words"))
            .Concat(Dates.Section("relative-adjectives")));
        RelativeAdjectives = new HashSet<string>(Dates.Words("relative-adjectives"), StringComparer.OrdinalIgnoreCase);
        DayNouns = new HashSet<string>(Dates.Words("day-nouns"), StringComparer.OrdinalIgnoreCase);
        GenericPresentCues = Dates.Words("generic-present-cues");
        GenericPresentBefore = new HashSet<string>(Dates.Words("generic-present-before"), StringComparer.OrdinalIgnoreCase);
        SpeechVerbs = new HashSet<string>(Dates.Words("speech-verbs"), StringComparer.OrdinalIgnoreCase);
        OccasionWords = new HashSet<string>(Dates.Words("occasion-words"), StringComparer.OrdinalIgnoreCase);
        StoryNow = new HashSet<string>(Dates.Words("story-now"), StringComparer.OrdinalIgnoreCase);
        AgeOpenings = Dates.Words("age-openings");
        LengthJoiners = new HashSet<string>(Dates.Words("length-joiners"), StringComparer.OrdinalIgnoreCase);
        WeekdayJoiners = new HashSet<string>(Dates.Words("weekday-joiners"), StringComparer.OrdinalIgnoreCase);
        HalfAfter = Dates.Words("half-after");
        Superlatives = new HashSet<string>(Dates.Words("superlatives"), StringComparer.OrdinalIgnoreCase);
        Present = Lookup(Dates, "present", k => k);
        var numbers = new Dictionary<string, string>(Lookup(Dates, "numbers", k => k), StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in Lookup(Dates, "few", k => k))
            numbers[word] = value;
        Numbers = numbers;
        Eras = Lookup(Dates, "era", k => k);
        Anaphoric = Lookup(Dates, "anaphoric", int.Parse);
        DayParts = Lookup(Dates, "dayparts", k => k);
        Zones = Lookup(Dates, "zones", k => k);
        AsidePrepositions = new HashSet<string>(Dates.Words("aside-prepositions"), StringComparer.OrdinalIgnoreCase);
        AnaphoricWords = Lookup(Dates, "anaphoric-words", k => k);
        Halves = Lookup(Dates, "halves", k => k);
        Quarters = Lookup(Dates, "quarters", k => k);
        Midnight = Lookup(Dates, "midnight", k => k);
        Holidays = Lookup(Dates, "holidays", k => k);
        DecadeWords = Lookup(Dates, "decade-words", int.Parse);
        Ordinals = Lookup(Dates, "ordinals", int.Parse);
        rules = [.. Dates.Section("rules").Select(e => DateRule.Compile(e, Dates))];
        var keyLists = Rules.SelectMany(r => r.Keys).Where(k => k != KeywordIndex.Digits).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(k => k, k => Dates.Words(k.TrimStart(KeywordIndex.Anywhere)) is { Count: > 0 } words ? words : throw new FormatException($"{code}/dates.txt: key list '{k}' has no words."),
                StringComparer.OrdinalIgnoreCase);
        Keywords = new KeywordIndex(keyLists);
        foreach (var rule in Rules)
            rule.KeyMasks = [.. rule.KeyGroups.Select(Keywords.Mask)];
        var coordinators = Dates.Words("coordinators");
        var fillers = Dates.Words("coordinator-fillers");
        var monthNames = Dates.Words("months");
        var filler = fillers.Count == 0 ? "" : @"(?:(?:" + string.Join('|', fillers.Select(Regex.Escape)) + @")\s+)?";
        CoordinatedYear = coordinators.Count == 0
            ? new Regex("(?!)")
            : RuleRegexes.Create(@"\G\s*(?:" + string.Join('|', coordinators.Select(Regex.Escape)) + @")\s*" + filler + @"(?:[0-3]?\d\.?\s*)?(?:" +
                string.Join('|', monthNames.OrderByDescending(m => m.Length).Select(Regex.Escape)) + @")\s+(?<year>\d{4})\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static IReadOnlyList<string> Supported { get; } = ["de", "en"];

    public static LanguageProfile For(string code)
    {
        if (Cache.TryGetValue(code, out var known))
            return known;
        if (!Supported.Contains(code, StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"Language '{code}' is not supported; supported: {string.Join(", ", Supported)}.", nameof(code));
        return Cache.GetOrAdd(code.ToLowerInvariant(), c => new LanguageProfile(c));
    }

    private static Dictionary<string, T> Lookup<T>(ResourceFile file, string section, Func<string, T> key, IEnumerable<ResourceEntry>? extra = null)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in file.Section(section).Concat(extra ?? []))
            foreach (var word in entry.Values)
                map[Normalize(word)] = key(entry.Key);
        return map;
    }

    /// <summary>Folds the white space inside a matched phrase so it finds its entry.</summary>
    public static string Normalize(string phrase)
    {
        var trimmed = phrase.AsSpan().Trim();
        // Most phrases are one word, or words with single spaces: nothing to fold, nothing to allocate.
        var folded = true;
        for (var i = 0; i < trimmed.Length && folded; i++)
            folded = !char.IsWhiteSpace(trimmed[i]) || (trimmed[i] == ' ' && !char.IsWhiteSpace(trimmed[i + 1]));
        if (folded)
            return trimmed.Length == phrase.Length ? phrase : trimmed.ToString();
        return WhiteSpace().Replace(trimmed.ToString(), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
