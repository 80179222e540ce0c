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
    /// <summary>Analyses a question.</summary>
    public static QuestionAnalysis Of(string question)
    {
        var tokens = QueryTerms.Tokens(question).Take(QueryTerms.MaxScannedTokens).ToList();
        // "how long/old/far" asks for a measure: "long" is the question, not a term the answer repeats.
        var measure = tokens.Where((t, i) => i > 0 && tokens[i - 1] == "how").ToHashSet(StringComparer.Ordinal);
        measure.UnionWith(AnswerTypeHint.KindWords(tokens));
        var keys = QueryTerms.KeyTerms(tokens, QueryTerms.NamedStopwords(question)).Where(t => !measure.Contains(t))
            .Select(WordKeys.Of).Distinct(StringComparer.Ordinal).ToList();
        var kind = AnswerTypeHint.Of(tokens).Kind;
        // "what % …" asks for a share: the sign is not a word token.
        if (kind == AnswerKind.Other && question.Contains('%', StringComparison.Ordinal))
            kind = AnswerKind.Number;
        return new QuestionAnalysis(keys, kind, tokens.Select(WordKeys.Of).ToHashSet(StringComparer.Ordinal), tokens);
    }
}
