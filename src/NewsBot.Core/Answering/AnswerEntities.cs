using System.Text.RegularExpressions;
using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Answering;

/// <summary>
/// The named things of the asked-for kind in a sentence (places after "in"/"at", dates, numbers, names),
/// used to tell whether two sentences give the same answer or different ones.
/// </summary>
public static partial class AnswerEntities
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "outside", "inside", "across", "around", "throughout", "during",
    };

    /// <summary>Words between an entity and a question term beyond which the entity is about something else.</summary>
    public const int Window = 8;

    /// <summary>
    /// The entities of the kind in a sentence that stand within a few words of one of the question's key
    /// terms ("met ... in New Delhi", not "... the war in Ukraine" ten words on), lower-cased, leaving out
    /// words the question itself used.
    /// </summary>
    public static IReadOnlyList<string> Find(string sentence, AnswerKind kind, IReadOnlySet<string> questionWords, IReadOnlyCollection<string> keyTerms) =>
        Locate(sentence, kind, questionWords, keyTerms, Window)
            .Select(e => sentence.Substring(e.Start, e.Length).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Where the entities of the kind stand in the sentence (offsets into it), in order: those within
    /// <paramref name="window"/> words of a key term (any distance when <paramref name="window"/> is negative), leaving
    /// out those made only of the question's own words.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Locate(
        string sentence, AnswerKind kind, IReadOnlySet<string> questionWords, IReadOnlyCollection<string> keyTerms, int window) =>
        [.. LocateAll(sentence, kind, questionWords, keyTerms)
            .Where(e => window < 0 || e.Distance <= window)
            .Select(e => (e.Start, e.Length))];

    /// <summary>
    /// Every entity of the kind in the sentence (leaving out those made only of the question's own words), in order, with
    /// its distance in words to the nearest key term (0 when one stands inside it; <see cref="int.MaxValue"/> when the
    /// sentence has none): one scan serves every window a caller needs.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length, int Distance)> LocateAll(
        string sentence, AnswerKind kind, IReadOnlySet<string> questionWords, IReadOnlyCollection<string> keyTerms)
    {
        if (kind == AnswerKind.Other)
            return [];
        var words = WordPattern().Matches(sentence).ToList();
        var anchors = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (QueryTerms.Tokens(words[i].Value).Any(t => keyTerms.Contains(WordKeys.Of(t))))
                anchors.Add(i);
        }
        var found = kind switch
        {
            AnswerKind.Place => CapitalisedSpans(sentence, words, afterPreposition: true),
            AnswerKind.Name or AnswerKind.Organisation => CapitalisedSpans(sentence, words, afterPreposition: false),
            AnswerKind.Time when AsksClock(questionWords) => Matches(Clock(), sentence, words),
            AnswerKind.Time => Matches(Dates, sentence, words),
            _ => Matches(NumberPattern(), sentence, words),
        };
        if (kind == AnswerKind.Number && AsksCount(questionWords))
            found = found.Where(e => !IsAmountOrShare(sentence, e.Start, e.Text)
                && (CountsTime(questionWords) || Figures.SortOf(sentence, e.Start, e.Text.Length) != FigureSort.Duration));
        // "how old is he": an age as news writes one ("aged 43", "the 43-year-old", "Mr Hague, 43,"), not "25 to 30 seats".
        if (kind == AnswerKind.Number && AsksAge(questionWords))
            found = found.Where(e => IsAge(sentence, e.Start, e.Text.Length));
        // "how many times has the US blocked Iran?" — "blocked its application for the 21st time": the ordinal of the
        // latest time is the count, though ordinals count nothing elsewhere.
        if (kind == AnswerKind.Number && questionWords.Contains("many") && questionWords.Contains(WordKeys.Of("times")))
            found = found.Concat(Matches(OrdinalTime(), sentence, words)).OrderBy(e => e.Start);
        return found
            .Where(e => !MostlyAsked(e.Text, questionWords, kind))
            .Select(e => (e.Start, e.Text.Length,
                anchors.Count == 0 ? int.MaxValue : anchors.Min(a => Math.Max(0, Math.Max(e.FirstWord - a, a - e.LastWord)))))
            .ToList();
    }

    /// <summary>An amount of money in the sentence, not the question's own ("$120m each", "86.7bn Swiss francs").</summary>
    internal static bool HoldsMoney(string sentence, QuestionAnalysis question) =>
        LocateAll(sentence, AnswerKind.Number, question.QuestionWords, question.KeyTerms)
            .Any(e => Figures.SortOf(sentence, e.Start, e.Length) == FigureSort.Money);

    // "how many …" asks for a count: "sell for £339" or "rose 2.1%" gives no count of Mac minis or cars sold, unless the
    // question counts money or shares itself ("how many dollars", "how many percent").
    internal static bool AsksCount(IReadOnlySet<string> questionWords) =>
        questionWords.Contains("many") && !CountedUnits.Any(questionWords.Contains);

    // "how many years/months/days …" counts time, so a duration answers it ("a five-month inquiry" does not say how many
    // parents gave evidence).
    private static bool CountsTime(IReadOnlySet<string> questionWords) => TimeUnits.Any(u => questionWords.Contains(WordKeys.Of(u)));

    private static readonly string[] TimeUnits = ["year", "month", "week", "day", "hour", "minute", "second", "season"];

    private static readonly HashSet<string> DateUnitWords = new(StringComparer.Ordinal)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "ago",
    };

    private static readonly string[] CountedUnits = ["dollar", "pound", "euro", "yen", "percent", "cent"];

    private static bool IsAmountOrShare(string sentence, int start, string figure) =>
        Figures.HasCurrencySign(sentence, start) || Figures.IsShare(figure);

    // "what time does the final start": a time of day ("1930 GMT", "3pm", "noon", "in the evening"), not a date ("starts
    // on 17 January"); not "when was the last time …".
    private static bool AsksClock(IReadOnlySet<string> questionWords) =>
        questionWords.Contains(WordKeys.Of("time")) && questionWords.Contains("what") && !questionWords.Contains("when")
        && !NotClock.Any(w => questionWords.Contains(WordKeys.Of(w)));

    // "what time of year", "what time period", "what time frame", "what time zone": not a time of day.
    private static readonly string[] NotClock = ["year", "season", "period", "frame", "zone", "era", "span", "century", "during"];

    [GeneratedRegex(@"\b(?:\d{1,2}[:.]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?(?:\s?(?:GMT|BST|UTC|CET|ET|EST|PST))?|\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|[0-2]\d[0-5]\d\s?(?:GMT|BST|UTC|CET)|noon|midnight|midday|morning|afternoon|evening|night|dawn|dusk|\d{1,2} o'clock)(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    // "how old …", "ages: …", "what age …"; not "how many goals at old trafford" (a count) nor "people aged over 75".
    private static bool AsksAge(IReadOnlySet<string> questionWords) =>
        (questionWords.Contains("how") && questionWords.Contains("old") && !questionWords.Contains("many") && !questionWords.Contains("much"))
        || questionWords.Contains(WordKeys.Of("age")) || questionWords.Contains(WordKeys.Of("ages"));

    private static bool IsAge(string sentence, int start, int length) =>
        AgeBefore().IsMatch(sentence.AsSpan(0, start))
        || AgeAfter().IsMatch(sentence.AsSpan(start + length))
        || (CommaBefore().IsMatch(sentence.AsSpan(0, start)) && sentence.AsSpan(start + length).TrimStart().StartsWith(","));

    [GeneratedRegex(@"\b(?:aged|age of|ages of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"^(?:-years?-old|\s+years?\s+old)", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+,\s*$")]
    private static partial Regex CommaBefore();

    // An entity the question itself names ("June's Isle of Wight" for "who's headlining isle of wight", "Andrew Murray"
    // for "who's murray partnering"): half or more of its words are the question's, so it is the topic, not the answer.
    // A date's unit words say what kind of fact it is, not which: "a year ago" answers "what year did the war start".
    private static bool MostlyAsked(string entity, IReadOnlySet<string> questionWords, AnswerKind kind)
    {
        var tokens = QueryTerms.Tokens(entity)
            .Where(t => !Stopwords.Contains(t) && !(kind == AnswerKind.Time && DateUnitWords.Contains(t)))
            .ToList();
        if (tokens.Count == 0)
            return QueryTerms.Tokens(entity).All(t => questionWords.Contains(WordKeys.Of(t)));
        return tokens.Count(t => questionWords.Contains(WordKeys.Of(t))) * 2 >= tokens.Count;
    }

    /// <summary>
    /// The question's key terms that stand within <paramref name="words"/> words of an entity of the kind ("the war began
    /// a year ago": "begin"): two reports whose facts sit beside the same term state the same thing.
    /// </summary>
    public static IReadOnlySet<string> TermsBeside(
        string sentence, AnswerKind kind, IReadOnlySet<string> questionWords, IReadOnlyCollection<string> keyTerms, int words)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (kind == AnswerKind.Other)
            return terms;
        var tokens = WordPattern().Matches(sentence).ToList();
        foreach (var (start, length, _) in LocateAll(sentence, kind, questionWords, keyTerms))
        {
            var first = tokens.Count(w => w.Index + w.Length <= start);
            var last = Math.Max(first, tokens.Count(w => w.Index < start + length) - 1);
            for (var i = Math.Max(0, first - words); i <= Math.Min(tokens.Count - 1, last + words); i++)
            {
                if (i >= first && i <= last)
                    continue;
                terms.UnionWith(QueryTerms.Tokens(tokens[i].Value).Select(WordKeys.Of).Where(keyTerms.Contains));
            }
        }
        return terms;
    }

    /// <summary>
    /// True when the number at <paramref name="start"/> counts time ("10 minutes", "three years"): for "how long" a
    /// duration is the answer wherever it stands in the sentence, as a person is for "who".
    /// </summary>
    public static bool IsDuration(string sentence, int start, int length) => UnitLength(sentence, start, length) > 0;

    /// <summary>
    /// The number at <paramref name="start"/> with the unit of time after it ("10" → "10 minutes"), or null when it
    /// counts no time: one regex match serves both the check and the span.
    /// </summary>
    public static (int Start, int Length)? Duration(string sentence, int start, int length) =>
        UnitLength(sentence, start, length) is > 0 and var unit ? (start, length + unit) : null;

    private static int UnitLength(string sentence, int start, int length)
    {
        foreach (var unit in DurationUnit().EnumerateMatches(sentence.AsSpan(start + length)))
            return unit.Length;
        return 0;
    }

    [GeneratedRegex(@"\b(?:\d{1,4}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?=\s+time\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalTime();

    [GeneratedRegex(@"^\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationUnit();

    /// <summary>True when two entity lists share a word ("new delhi" and "delhi" agree; "mumbai" does not).</summary>
    public static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // "the United Kingdom" and "British" name one country.
        var words = a.Select(PlaceAliases.Fold).SelectMany(QueryTerms.Tokens).Where(t => !Stopwords.Contains(t)).ToHashSet(StringComparer.Ordinal);
        return b.Select(PlaceAliases.Fold).SelectMany(QueryTerms.Tokens).Any(words.Contains);
    }

    // Runs of capitalised words ("New Delhi", "Antony Blinken", "Secretary of State"); for places only those
    // right after a place preposition. A lone capitalised first word of the sentence is just a sentence start.
    private static IEnumerable<(string Text, int Start, int FirstWord, int LastWord)> Matches(Regex pattern, string sentence, List<Match> words)
    {
        foreach (Match match in pattern.Matches(sentence))
        {
            var first = words.Count(w => w.Index + w.Length <= match.Index);
            var last = Math.Max(first, words.Count(w => w.Index < match.Index + match.Length) - 1);
            yield return (match.Value, match.Index, first, last);
        }
    }

    private static IEnumerable<(string Text, int Start, int FirstWord, int LastWord)> CapitalisedSpans(string sentence, List<Match> words, bool afterPreposition)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCapitalised(words[i].Value))
                continue;
            // "The MDA IV is …", "But Brando, who …": a capitalised small word opening the sentence starts no name.
            if (i == 0 && Stopwords.Contains(words[i].Value.ToLowerInvariant()))
                continue;
            var end = i;
            while (end + 1 < words.Count && (IsCapitalised(words[end + 1].Value)
                || (words[end + 1].Value is "of" or "de" or "al" && end + 2 < words.Count && IsCapitalised(words[end + 2].Value))))
                end++;
            // "in Delhi", and "during the Delhi meeting", "at the Cannes ceremony": a name the place preposition's "the" leads.
            var preceded = i > 0 && (PlacePrepositions.Contains(words[i - 1].Value)
                || (i > 1 && words[i - 1].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && PlacePrepositions.Contains(words[i - 2].Value)));
            // An acronym opening the sentence is a name ("REM will headline …").
            var lone = end == i && i == 0 && !IsAcronym(words[i].Value);
            var first = words[i].Value.ToLowerInvariant();
            if ((afterPreposition ? preceded : !lone) && !(end == i && Stopwords.Contains(first)))
                yield return (sentence[words[i].Index..(words[end].Index + words[end].Length)], words[i].Index, i, end);
            i = end;
        }
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-’'.]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex WordPattern();

    // Month names come from the question classifier's list, so "when" questions and date answers agree on what a month is.
    internal static readonly string MonthAlternatives = Alternatives(AnswerTypeHint.MonthNames);

    /// <summary>Weekday names, lower-cased, Monday first: the calendar of the date pattern, of figures and of story names.</summary>
    internal static readonly IReadOnlyList<string> WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    internal static readonly string WeekdayAlternatives = Alternatives(WeekdayNames);

    /// <summary>A year as news writes it: "2004", "1980s".</summary>
    internal const string YearText = @"(?:1[5-9]|20)\d{2}s?";

    // "january|…" → "January|…", as dates are written.
    private static string Alternatives(IEnumerable<string> names) => string.Join('|', names.Select(m => char.ToUpperInvariant(m[0]) + m[1..]));

    private static readonly Regex Dates = new(
        $@"\b(?:(?:{MonthAlternatives}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
        + $@"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MonthAlternatives})(?:\s+\d{{4}})?"
        + $@"|(?:{WeekdayAlternatives})|{YearText}|yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)"
        + @"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|weeks?|days?) ago)\b",
        RegexOptions.Compiled);

    // A figure as news writes it: "1.06 million", "12.1%", "$48m", "£1.33bn", "10,000m", "1980s"; or a number word. An
    // ordinal ("his 50th birthday", "the 28th film", "the 2,271st star") counts nothing, so it is no answer to "how
    // many/much"; nor is "one" as a determiner ("One manager who …", "one of the highlights").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d(?:[\d,.]*\d)?(?:bn|m|k|p|s)?(?![\p{L}\p{N}]|[.,]\d)(?:\s*(?:%|(?:percent|per cent|million|billion|trillion|thousand|hundred)\b))?"
        + @"|\b(?:(?<!^\s*)one(?!\s+of\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
