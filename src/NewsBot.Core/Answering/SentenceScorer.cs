namespace NewsBot.Core.Answering;

/// <summary>
/// Scores every sentence of the retrieved passages for "this sentence answers the question": the signals of
/// <see cref="AnswerFeatures"/> combined by the trained <see cref="AnswerModel"/> into a probability.
/// </summary>
public static class SentenceScorer
{
    /// <summary>All sentences of the hits, most probable answer first.</summary>
    /// <param name="question">The analysed question.</param>
    /// <param name="sentences">The sentences of the retrieved passages (<see cref="AnswerSentence.Of"/>).</param>
    /// <param name="model">The answer model.</param>
    /// <param name="indexIdf">Each key term's rarity across the whole index, when known.</param>
    /// <param name="similarities">The question's similarity to each sentence, or null without an encoder.</param>
    public static IReadOnlyList<CandidateSentence> Score(
        QuestionAnalysis question,
        IReadOnlyList<AnswerSentence> sentences,
        AnswerModel model,
        IReadOnlyDictionary<string, double>? indexIdf = null,
        IReadOnlyList<float>? similarities = null)
    {
        if (sentences.Count == 0 || question.KeyTerms.Count == 0)
            return [];
        var rows = AnswerFeatures.Compute(question, sentences, indexIdf);
        if (similarities is not null)
            AnswerFeatures.AddSimilarities(rows, similarities);
        return Rank(sentences, rows, model, similarities is not null);
    }

    /// <summary>
    /// The sentences ranked by the model's probability over features already computed (rows of
    /// <see cref="AnswerFeatures.Compute"/>, in the order of <paramref name="sentences"/>), most probable first.
    /// </summary>
    public static IReadOnlyList<CandidateSentence> Rank(
        IReadOnlyList<AnswerSentence> sentences, IReadOnlyList<AnswerFeatures.Row> rows, AnswerModel model, bool withSimilarity)
    {
        var scored = new List<CandidateSentence>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (s, row) = (sentences[i], rows[i]);
            var probability = model.Probability(row.Values, withSimilarity);
            scored.Add(new CandidateSentence(s.Hit, s.Start, s.End, s.Text, row.Covered, row.Coverage, row.Entities, probability, row.Values));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Hit.Passage.Id, StringComparer.Ordinal).ThenBy(s => s.Start).ToList();
    }
}
