using NewsBot.Core.Language;

namespace NewsBot.Core.Answering;

/// <summary>
/// Scores every sentence of the retrieved passages for "this sentence answers the question": the signals of
/// <see cref="AnswerFeatures"/> combined by the trained <see cref="AnswerModel"/> into a probability.
/// </summary>
public static class SentenceScorer
{
    /// <summary>What is left of the probability of a sentence without a fact of the asked-for date, number or money kind.</summary>
    private const double WithoutFactShare = 0.3;

    /// <summary>The same for the ranker's order: log(0.3), as the ranker's score is a log-odds among the sentences.</summary>
    private const double WithoutFactPenalty = 1.2;

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
        return Rank(question, sentences, rows, model, similarities is not null);
    }

    /// <summary>
    /// The sentences ordered by the model (its ranker when it has one, else its probability) over features already
    /// computed (rows of <see cref="AnswerFeatures.Compute"/>, in the order of <paramref name="sentences"/>), best first;
    /// each one's <see cref="CandidateSentence.Score"/> is the probability that it answers, which decides declining.
    /// </summary>
    public static IReadOnlyList<CandidateSentence> Rank(
        QuestionAnalysis question, IReadOnlyList<AnswerSentence> sentences, IReadOnlyList<AnswerFeatures.Row> rows, AnswerModel model, bool withSimilarity)
    {
        var scored = new List<(CandidateSentence Sentence, double Order)>(sentences.Count);
        var weights = model.For(withSimilarity);
        var scores = weights.ScoreAll([.. rows.Select(r => (IReadOnlyList<double>)r.Values)]);
        var needsFact = question.Kind is AnswerKind.Time or AnswerKind.Number;
        var asksCount = question.Kind == AnswerKind.Number && AnswerEntities.AsksCount(question.QuestionWords);
        var asksMoney = question.AsksMoney;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (s, row) = (sentences[i], rows[i]);
            var (probability, order) = scores[i];
            // "when …?" and "how many …?" are answered by a date or a number: a sentence holding none (besides the
            // question's own) cannot be the answer, however well it repeats the question. Not so "where …?": news and
            // SQuAD write many places without a capital after a preposition ("on the south bank of the river"), and
            // requiring one cost the SQuAD training half a point.
            // A year is no count either: "the treaty, signed in 2010, limits the number of warheads" says not how many.
            // Nor is "about 500 planes over the next 20 years" what one costs.
            if (needsFact && (row.Values[AnswerFeatures.EntityAny] == 0 || asksCount && row.Entities.Count > 0 && row.Entities.All(Figures.IsYear)
                || asksMoney && !AnswerEntities.HoldsMoney(s.Text, question)))
            {
                probability *= WithoutFactShare;
                order = weights.Ranker is null ? probability : order - WithoutFactPenalty;
            }
            scored.Add((new CandidateSentence(s.Hit, s.Start, s.End, s.Text, row.Covered, row.Coverage, row.Entities, probability, row.Values), order));
        }
        return scored.OrderByDescending(s => s.Order)
            .ThenBy(s => s.Sentence.Hit.Passage.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Sentence.Start)
            .Select(s => s.Sentence)
            .ToList();
    }
}
