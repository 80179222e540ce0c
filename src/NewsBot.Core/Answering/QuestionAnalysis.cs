using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Answering;

/// <summary>A question reduced to what the answer must contain: its key terms (as word keys) and the kind of fact asked for.</summary>
/// <param name="KeyTerms">The topic terms, as word keys.</param>
/// <param name="Kind">The asked-for kind.</param>
/// <param name="QuestionWords">The keys of every word of the question.</param>
/// <param name="Tokens">Every word of the question, lower-cased, in order.</param>
public sealed record QuestionAnalysis(IReadOnlyList<string> KeyTerms, AnswerKind Kind, IReadOnlySet<string> QuestionWords, IReadOnlyList<string> Tokens)
{
    /// <summary>"how long …": the asked-for number is a duration ("10 minutes", "three years").</summary>
    public bool AsksDuration => Kind == AnswerKind.Number && Tokens.Where((t, i) => t == "long" && i > 0 && Tokens[i - 1] == "how").Any();

    /// <summary>
    /// "how much did halloween gross", "how much is jal paying per plane", "what did lenovo pay for ibm's pc business", "how
    /// much is britain giving …", "how much did she donate": an amount of money, which news writes with a currency ("$60m",
    /// "£1.8m", "120.7m euros"). Not "how much did sales rise" (a share may answer), "how much is it raising its dividend
    /// by" nor "what stake did it buy".
    /// </summary>
    public bool AsksMoney => Kind == AnswerKind.Number
        && (Tokens.Where((t, i) => t == "much" && i > 0 && Tokens[i - 1] == "how").Any()
            || (Tokens.Count > 2 && Tokens[0] is "what" or "whats" && !NotMoney.Contains(Tokens[1]) && !Tokens.Contains("many")))
        && (Tokens.Any(MoneyWords.Contains) || (Tokens.Any(RaiseWords.Contains) && !Tokens.Contains("by")));

    // "what stake did it buy", "what share of the market": not an amount of money.
    private static readonly HashSet<string> NotMoney = new(StringComparer.Ordinal)
    {
        "stake", "share", "shares", "percent", "percentage", "proportion", "rate", "score", "age",
    };

    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "pay", "pays", "paid", "paying", "cost", "costs", "costing", "worth", "spend", "spends", "spent", "spending", "fee",
        "fees", "price", "priced", "gross", "grossed", "fetch", "fetched", "salary", "fine", "fined", "owe", "owes", "owed",
        "bid", "offer", "offered", "offering", "sell", "sold", "buy", "bought", "money", "earn", "earned", "make", "made",
        "give", "gives", "giving", "gave", "given", "donate", "donated", "donating", "pledge", "pledged", "pledging",
        "invest", "invested", "investing", "charge", "charged", "charging", "award", "awarded", "grant", "granted",
    };

    private static readonly HashSet<string> RaiseWords = new(StringComparer.Ordinal) { "raise", "raises", "raised", "raising" };

    /// <summary>
    /// "what did blinken say about putin", "what did jobs call the mac mini": words someone said are asked for, which a
    /// sentence reporting speech gives (a quotation, "he continued", "she told").
    /// </summary>
    public bool AsksWhatWasSaid =>
        Kind == AnswerKind.Other && Tokens.Count > 3 && Tokens[0] == "what" && Tokens[1] is "did" or "does" or "do" or "has" or "have"
        && Tokens.Skip(3).Any(SpeechVerbs.Contains);

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "said", "tell", "told", "call", "urge", "warn", "claim", "describe",
    };

    /// <summary>The keys of the verbs of saying a question may ask with ("say", "tell", "call" …).</summary>
    public static IReadOnlySet<string> SpeechKeys { get; } = SpeechVerbs.Select(WordKeys.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>Analyses a question.</summary>
    public static QuestionAnalysis Of(string question)
    {
        var tokens = QueryTerms.QuestionTokens(question);
        // "how long/old/far" asks for a measure: "long" is the question, not a term the answer repeats.
        var measure = tokens.Where((t, i) => i > 0 && tokens[i - 1] == "how").ToHashSet(StringComparer.Ordinal);
        // "since when has the war been going on" asks when, as "since" does not say what the answer repeats; nor does
        // "going" ("the war began a year ago").
        if (tokens.Where((t, i) => t == "since" && i + 1 < tokens.Count && tokens[i + 1] == "when").Any())
            measure.UnionWith(["since", "going"]);
        measure.UnionWith(AnswerTypeHint.KindWords(tokens));
        var kind = AnswerTypeHint.Of(tokens).Kind;
        // "what % …" asks for a share: the sign is not a word token.
        if (kind == AnswerKind.Other && question.Contains('%', StringComparison.Ordinal))
            kind = AnswerKind.Number;
        if (kind == AnswerKind.Other)
            kind = NamedKind(tokens);
        if (kind == AnswerKind.Other)
            kind = MeasuredKind(tokens);
        // "which city hosted the meeting?" is answered by "the meeting in Delhi": for a place, "hosted" or "located"
        // only says that a place is wanted, like "last" after "how long".
        if (kind == AnswerKind.Place)
            measure.UnionWith(tokens.Where(PlaceVerbs.Contains));
        var keys = QueryTerms.KeyTerms(tokens, QueryTerms.NamedStopwords(question)).Where(t => !measure.Contains(t))
            .Select(WordKeys.Of).Distinct(StringComparer.Ordinal).ToList();
        return new QuestionAnalysis(keys, kind, tokens.Select(WordKeys.Of).ToHashSet(StringComparer.Ordinal), tokens);
    }

    // "how big were us imports", "nortel's restated 2003 profit", "what's the painting expected to fetch": a size or an
    // amount of money is asked for, which news gives as a figure ("$155.8bn", "£1.8m").
    private static AnswerKind MeasuredKind(IReadOnlyList<string> tokens)
    {
        var wh = tokens.FirstOrDefault(t => t is "what" or "whats" or "which" or "why" or "how" or "when" or "where" or "who");
        if (wh is "why")
            return AnswerKind.Other;
        if (tokens.Where((t, i) => t == "how" && i + 1 < tokens.Count && SizeWords.Contains(tokens[i + 1])).Any())
            return AnswerKind.Number;
        return wh is "how" || !tokens.Any(AmountWords.Contains) ? AnswerKind.Other : AnswerKind.Number;
    }

    private static readonly HashSet<string> SizeWords = new(StringComparer.Ordinal)
    {
        "big", "large", "high", "low", "tall", "heavy", "fast", "deep", "wide", "small", "expensive", "costly", "rich",
    };

    private static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal)
    {
        "profit", "profits", "revenue", "revenues", "turnover", "sales", "price", "prices", "cost", "costs", "fetch",
        "fetched", "gross", "grossed", "earn", "earned", "earnings", "worth", "valued", "salary", "fee", "fees", "budget",
        "deficit", "debt", "debts", "loss", "losses", "rate", "rates", "stake", "bid", "offer", "paid", "pay", "paying",
        "spend", "spent", "raise", "raised", "fine", "fined", "tax", "dividend", "income", "wage", "wages", "score",
        "age", "ages", "aged",
    };

    private static readonly HashSet<string> PlaceVerbs = new(StringComparer.Ordinal) { "host", "hosts", "hosted", "hosting", "located", "based" };

    // Chat questions that ask for a name without "who": "eurotunnel ceo?", "which may exec quit", "which school
    // complained", "what's google's tv search thing called". In news the answer to "which X" is a proper name: a person
    // when X is a role, else an organisation, place or title (the capitalised spans the organisation kind finds).
    private static AnswerKind NamedKind(IReadOnlyList<string> tokens)
    {
        var wh = tokens.FirstOrDefault(t => t is "what" or "whats" or "which" or "why" or "how" or "when" or "where" or "who");
        if (wh is "why" or "how")
            return AnswerKind.Other;
        var asksWhich = tokens.Select((t, i) => (t, i)).Where(x => x.t == "which").Select(x => x.i).ToList();
        foreach (var at in asksWhich)
        {
            var noun = tokens.Skip(at + 1).Take(2).ToList();
            if (noun.Any(PersonCues.IsRole))
                return AnswerKind.Name;
            if (noun.Count > 0 && !Stopwords.Contains(noun[0]))
                return AnswerKind.Organisation;
        }
        if (wh is "what" or "whats" && tokens.Count > 2 && tokens[^1] is "called" or "named")
            return AnswerKind.Organisation;
        // "whats the name of argentina's economy minister", "whats morquendi's real name": a proper name, a person's
        // when a role is named.
        if (wh is "what" or "whats" && tokens.Count > 2 && tokens.Skip(1).Any(t => t is "name" or "nickname" or "called" or "named"))
            return tokens.Any(PersonCues.IsRole) ? AnswerKind.Name : AnswerKind.Organisation;
        // No wh-word at all, ending on a role: "eurotunnel ceo?", "fa chief executive".
        if (wh is null && tokens.Count is > 1 and <= 6 && PersonCues.IsRole(tokens[^1]))
            return AnswerKind.Name;
        return AnswerKind.Other;
    }
}
