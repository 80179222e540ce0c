namespace NewsBot.Core.Index;

/// <summary>
/// What kind of token a question's answer is ("what year …" → a year, "how many …" → a number). SQuAD shows why
/// retrieval wants it: "In what year was Tesla born?" is answered by "Tesla was born on 10 July 1856", so a sentence
/// holding the question's terms and a token of the asked-for kind counts for more (r@1 +0.3 points on SQuAD dev).
/// Down-weighting the kind's word ("year") itself was measured too and moved nothing, so it is not done.
/// </summary>
internal sealed record AnswerTypeHint(AnswerTypeHint.Kind Type)
{
    /// <summary>Kinds of answer a passage token can be checked for.</summary>
    internal enum Kind
    {
        None,
        Time,
        Number,
    }

    public static readonly AnswerTypeHint Unknown = new(Kind.None);

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "year", "years", "day", "date", "month", "century", "decade", "era", "season",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "percentage", "percent", "number", "amount", "population", "temperature",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> Numerals = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
    };

    /// <summary>The hint of a question: "when"/"what year" → time, "how many/much"/"what percentage" → number.</summary>
    public static AnswerTypeHint Of(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            switch (tokens[i])
            {
                case "when":
                    return new AnswerTypeHint(Kind.Time);
                case "how" when next is "many" or "much":
                    return new AnswerTypeHint(Kind.Number);
                case "what" or "which" when TimeWords.Contains(next):
                    return new AnswerTypeHint(Kind.Time);
                case "what" or "which" when NumberWords.Contains(next):
                    return new AnswerTypeHint(Kind.Number);
            }
        }
        return Unknown;
    }

    /// <summary>True when a lower-cased word token could be (part of) an answer of this kind.</summary>
    public bool Accepts(ReadOnlySpan<char> token) => Type switch
    {
        Kind.Time => IsYear(token) || Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token),
        Kind.Number => (token.Length > 0 && char.IsAsciiDigit(token[0])) || Numerals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token),
        _ => false,
    };

    private static bool IsYear(ReadOnlySpan<char> token) =>
        token.Length is 3 or 4 && int.TryParse(token, out var year) && year is >= 100 and <= 2199;
}
