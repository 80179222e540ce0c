using NewsBot.Core.Answering;

namespace NewsBot.Evaluation.Training;

/// <summary>
/// Fits the answer model's ranker: the pick and the decline are two questions, and a per-sentence classifier answers
/// the first one poorly (it learns "opening sentences rarely answer" rather than "of these sentences, this one
/// answers"). A conditional logit over the sentences of each answerable question maximises the softmax share of those
/// holding a gold answer: linear score, L2, features standardised, full-batch Adam for a fixed number of steps (the
/// same data gives the same weights). Signals that are the same for every sentence of a question cannot order them and
/// get no weight; the logistic model keeps deciding whether to decline.
/// </summary>
internal static class RankFit
{
    private const int Steps = 400;

    // Where a sentence stands says more about the training data than about answers: SQuAD's answers seldom sit in an
    // article's first sentence, a news story's lead often holds its who, where and when. The ranker leaves place to
    // the logistic model (which weighs it for declining) and orders by what the sentence says.
    private static readonly HashSet<string> NotRanked = new(StringComparer.Ordinal) { "lead", "position", "passage_rank" };
    private const double LearningRate = 0.05;
    private const double L2 = 1e-3;

    public static double[] Fit(IReadOnlyList<AnswerExample> rank, bool withSimilarity, Func<AnswerExample, float> weight)
    {
        var n = AnswerFeatures.Count;
        double Value(double[] features, int j) => SentenceRow.Seen(features, j, withSimilarity);

        // [1] Which features are the same for every sentence of a question (the ranker cannot see them), and the
        //     standardisation of the others.
        var questionLevel = Enumerable.Range(0, n).Where(j => rank.All(e =>
            e.Features.Count == 0 || e.Features.All(f => Math.Abs(Value(f, j) - Value(e.Features[0], j)) < 1e-12))).ToHashSet();
        var groups = rank.Where(e => e.Answerable && e.Labels.Any(l => l) && e.Labels.Any(l => !l)).ToList();
        if (groups.Count == 0)
            throw new InvalidDataException("The ranker needs questions with both answering and non-answering sentences.");
        var all = groups.SelectMany(e => e.Features).ToList();
        var mean = new double[n];
        var scale = new double[n];
        for (var j = 0; j < n; j++)
        {
            mean[j] = all.Average(f => Value(f, j));
            var sd = Math.Sqrt(all.Average(f => Math.Pow(Value(f, j) - mean[j], 2)));
            scale[j] = sd > 1e-9 && !questionLevel.Contains(j) && !NotRanked.Contains(AnswerFeatures.Names[j]) ? sd : 0;
        }
        var x = groups.Select(e => e.Features.Select(f => Enumerable.Range(0, n)
            .Select(j => scale[j] == 0 ? 0 : (Value(f, j) - mean[j]) / scale[j]).ToArray()).ToArray()).ToArray();
        var groupWeight = groups.Select(e => (double)weight(e)).ToArray();
        var totalWeight = groupWeight.Sum();

        // [2] Conditional logit by full-batch Adam.
        var w = new double[n];
        var (m, v) = (new double[n], new double[n]);
        for (var step = 1; step <= Steps; step++)
        {
            var gradient = new double[n];
            for (var g = 0; g < x.Length; g++)
            {
                var scores = x[g].Select(f => Dot(w, f)).ToArray();
                var max = scores.Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                var sumAll = exp.Sum();
                var sumPositive = exp.Where((_, i) => groups[g].Labels[i]).Sum();
                for (var i = 0; i < scores.Length; i++)
                {
                    // d/dw of −log(Σpos e^s / Σall e^s) = Σall p_i x_i − Σpos q_i x_i
                    var coefficient = exp[i] / sumAll - (groups[g].Labels[i] ? exp[i] / sumPositive : 0);
                    for (var j = 0; j < n; j++)
                        gradient[j] += groupWeight[g] * coefficient * x[g][i][j];
                }
            }
            for (var j = 0; j < n; j++)
            {
                var gj = gradient[j] / totalWeight + L2 * w[j];
                m[j] = 0.9 * m[j] + 0.1 * gj;
                v[j] = 0.999 * v[j] + 0.001 * gj * gj;
                var mHat = m[j] / (1 - Math.Pow(0.9, step));
                var vHat = v[j] / (1 - Math.Pow(0.999, step));
                w[j] -= LearningRate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }
        // Back to raw feature units (a constant per question does not change the order, so the means are dropped).
        return [.. Enumerable.Range(0, n).Select(j => scale[j] == 0 ? 0 : w[j] / scale[j])];
    }

    private static double Dot(double[] w, double[] f)
    {
        var sum = 0.0;
        for (var j = 0; j < w.Length; j++)
            sum += w[j] * f[j];
        return sum;
    }
}
