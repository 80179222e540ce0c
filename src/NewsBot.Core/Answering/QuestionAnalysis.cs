using NewsBot.Core.Index;

namespace NewsBot.Core.Answering;

/// <summary>A question reduced to what the answer must contain: its key terms (as word keys) and the kind of fact asked for.</summary>
public sealed record QuestionAnalysis(IReadOnlyList<string> KeyTerms, AnswerKind Kind, IReadOnlySet<string> QuestionWords)
{
    /// <summary>Analyses a question.</summary>
    public static QuestionAnalysis Of(string question)
    {
        var tokens = QueryTerms.Tokens(question).ToList();
        // "how long/old/far" asks for a measure: "long" is the question, not a term the answer repeats.
        var measure = tokens.Where((t, i) => i > 0 && tokens[i - 1] == "how").ToHashSet(StringComparer.Ordinal);
        var keys = QueryTerms.KeyTerms(question).Where(t => !measure.Contains(t))
            .Select(WordKeys.Of).Distinct(StringComparer.Ordinal).ToList();
        return new QuestionAnalysis(keys, KindOf(tokens), tokens.Select(WordKeys.Of).ToHashSet(StringComparer.Ordinal));
    }

    private static AnswerKind KindOf(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            switch (tokens[i])
            {
                case "where":
                    return AnswerKind.Place;
                case "when":
                    return AnswerKind.Time;
                case "who" or "whom" or "whose":
                    return AnswerKind.Name;
                case "how" when next is "many" or "much" or "long" or "old" or "far":
                    return AnswerKind.Number;
                case "what" or "which" when next is "year" or "date" or "day" or "month" or "time":
                    return AnswerKind.Time;
                case "what" or "which" when next is "city" or "country" or "place" or "town" or "state" or "venue":
                    return AnswerKind.Place;
            }
        }
        return AnswerKind.Other;
    }
}
