
namespace NewsBot.Core.Language;

/// <summary>
/// What kind of fact a question asks for ("what year …" → a time, "how many …" → a number, "where" → a place): the one
/// classifier behind both retrieval and the extractive answerer (<c>Answering.QuestionAnalysis</c>). SQuAD shows why
/// retrieval wants it: "In what year was Tesla born?" is answered by "Tesla was born on 10 July 1856", so a sentence
/// holding the question's terms and a token of the asked-for kind counts for more (r@1 +0.3 points on SQuAD dev).
/// Only times and numbers can be checked on a lower-cased token; places and names are found by the answerer
/// (<c>Answering.AnswerEntities</c>). Down-weighting the kind's word ("year") itself was measured and moved nothing.
/// </summary>
internal sealed record AnswerTypeHint(AnswerKind Kind)
{
    public static readonly AnswerTypeHint Unknown = new(AnswerKind.Other);

    /// <summary>Month names, lower-cased, January first (also the answerer's date pattern).</summary>
    public static readonly IReadOnlyList<string> MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "year", "years", "day", "date", "month", "century", "decade", "era", "season", "time",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "percentage", "percent", "number", "amount", "population", "temperature",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "city", "country", "place", "town", "state", "venue", "location",
    };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "company", "firm", "team", "club", "side", "party", "group", "band", "bank", "airline", "network", "channel",
        "newspaper", "paper", "label", "brand", "studio", "carrier", "organisation", "organization", "agency",
        // Works are named like bodies: "what film won …" is answered by a capitalised title ("Toy Story 4").
        "film", "movie", "song", "single", "album", "book", "novel", "show", "programme", "series", "musical", "game",
    };

    private static readonly HashSet<string> Months = new(MonthNames, StringComparer.Ordinal);

    private static readonly HashSet<string> Numerals = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
    };

    /// <summary>
    /// The kind a question's first wh-phrase asks for: "when"/"what year" → time; "how many/much/long/old/far"/"what
    /// percentage" → number; "where"/"what city" → place; "who/whom/whose" → name; "which company/team" → organisation;
    /// a few keywords ending on such a noun ("super bowl 2021 location") → its kind; anything else → other.
    /// </summary>
    public static AnswerTypeHint Of(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            var kind = tokens[i] switch
            {
                "when" => AnswerKind.Time,
                "where" => AnswerKind.Place,
                "who" or "whom" or "whose" or "whos" => AnswerKind.Name,
                "how" when next is "many" or "much" or "long" or "old" or "far" => AnswerKind.Number,
                "what" or "whats" or "which" => HeadKind(tokens, i).Kind,
                // Chat style drops the wh-word's apostrophe ("whens the vote", "wheres it held").
                "whens" => AnswerKind.Time,
                "wheres" => AnswerKind.Place,
                _ => AnswerKind.Other,
            };
            if (kind != AnswerKind.Other)
                return new AnswerTypeHint(kind);
            // "which school was he at when he said …": the first "which/what" with its own noun is the question; a later
            // "when" or "where" belongs to a clause.
            if (tokens[i] is "what" or "whats" or "which" && next.Length > 0 && !Stopwords.Contains(next))
                return Unknown;
        }
        return Keywords(tokens) is { Kind: not AnswerKind.Other } tail ? new AnswerTypeHint(tail.Kind) : Unknown;
    }

    // A few keywords and no question word, ending on the noun of what is wanted: "super bowl 2021 location", "new start
    // expiry year", "g20 share of world output percentage".
    private static (AnswerKind Kind, string Word) Keywords(IReadOnlyList<string> tokens)
    {
        if (tokens.Count is < 2 or > KeywordQuestionWords || tokens.Any(WhWords.Contains))
            return (AnswerKind.Other, "");
        // A closing "company" or "show" names the topic more often than what is wanted ("glastonbury show").
        var last = tokens[^1];
        return NounKind(last) is var kind and not (AnswerKind.Organisation or AnswerKind.Other) ? (kind, last) : (AnswerKind.Other, "");
    }

    // The kind a noun says is wanted ("year" → time, "percentage" → number, "city" → place, "team" → organisation).
    private static AnswerKind NounKind(string word)
    {
        if (TimeWords.Contains(word))
            return AnswerKind.Time;
        if (NumberWords.Contains(word))
            return AnswerKind.Number;
        if (PlaceWords.Contains(word))
            return AnswerKind.Place;
        return OrganisationWords.Contains(word) ? AnswerKind.Organisation : AnswerKind.Other;
    }

    private const int KeywordQuestionWords = 6;

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "which", "who", "whos", "whom", "whose", "when", "whens", "where", "wheres", "why", "how",
    };

    /// <summary>
    /// The words that only say what kind of answer is wanted: the noun after "what/which" ("which city", "what year") or
    /// ending a few keywords ("super bowl 2021 location"), and, with "how long", the verb of duration ("last", "take").
    /// The answer sentence need not repeat them.
    /// </summary>
    public static IReadOnlySet<string> KindWords(IReadOnlyList<string> tokens)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var next = tokens[i + 1];
            if (tokens[i] is "what" or "whats" or "which" && HeadKind(tokens, i) is { Kind: AnswerKind.Time or AnswerKind.Number or AnswerKind.Place } head)
                words.Add(head.Word);
            // "how long did the conversation last?" is answered by "the conversation … was over in less than 10 minutes".
            if (tokens[i] == "how" && next == "long")
                words.UnionWith(tokens.Where(DurationVerbs.Contains));
        }
        if (Keywords(tokens) is { Kind: not AnswerKind.Other } tail)
            words.Add(tail.Word);
        return words;
    }

    // The kind the noun after "what/which" names, and that noun: the first of its words ("what year"), or one later in
    // its phrase ("what london venue did …", "which chinese city was …", "which us team"), up to the verb; after "what
    // is the" too ("what is the premiere date of …", "whats the date of the vote").
    private static (AnswerKind Kind, string Word) HeadKind(IReadOnlyList<string> tokens, int at)
    {
        var from = at + 1;
        var copula = tokens[at] is "what" && from < tokens.Count && tokens[from] is "is" or "was" or "s" or "are" or "were";
        if (copula)
            from++;
        // "what was kelly holmes' time" asks for her time in the race, not for a date: only "the" opens the phrase.
        if (tokens[at] is "what" or "whats" && from < tokens.Count && tokens[from] is "the" or "a" or "an")
            from++;
        else if (copula)
            return (AnswerKind.Other, "");
        for (var i = from; i < tokens.Count && i < from + PhraseWords; i++)
        {
            var word = tokens[i];
            if (NounKind(word) is var kind and not AnswerKind.Other)
                return (kind, word);
            if (Stopwords.Contains(word) && word is not ("us" or "uk"))
                break;
        }
        return (AnswerKind.Other, "");
    }

    private const int PhraseWords = 3;

    private static readonly HashSet<string> DurationVerbs = new(StringComparer.Ordinal) { "last", "lasted", "lasts", "take", "took", "takes" };

    /// <summary>True when a lower-cased word token could be (part of) an answer of this kind (times and numbers only).</summary>
    public bool Accepts(ReadOnlySpan<char> token) => Kind switch
    {
        AnswerKind.Time => IsYear(token) || Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token),
        AnswerKind.Number => (token.Length > 0 && char.IsAsciiDigit(token[0])) || Numerals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token),
        _ => false,
    };

    private static bool IsYear(ReadOnlySpan<char> token) =>
        token.Length is 3 or 4 && int.TryParse(token, out var year) && year is >= 100 and <= 2199;
}
