using System.Globalization;
using NewsBot.Core.Answering;
using NewsBot.Host.Evaluation.Metrics;

namespace NewsBot.Host.Evaluation.Training;

/// <summary>
/// <c>newsbot eval train-answerer</c>: trains the answer-sentence model on the even-numbered (training) articles of
/// SQuAD v1.1 and 2.0 dev. Articles numbered 0 mod 4 fit the weights; those numbered 2 mod 4 choose the decline
/// threshold. Deterministic: the same data and features give the same file.
/// </summary>
internal static class AnswerTrainingRun
{
    /// <summary>Weight of an unanswerable question when choosing the threshold (1 in 5 chat questions vs 1 in 2 in SQuAD 2.0).</summary>
    private const double UnanswerableWeight = 0.3;

    public static async Task<Report> RunAsync(string squadPath, string squad2Path, string outPath, int? maxQuestions, CancellationToken cancellationToken)
    {
        // [1] Examples from the training half of each file.
        var examples = new List<AnswerExample>();
        examples.AddRange(await AnswerExamples.FromSquadAsync(squadPath, "squad", maxQuestions, cancellationToken));
        examples.AddRange(await AnswerExamples.FromSquadAsync(squad2Path, "squad2", maxQuestions, cancellationToken));
        var fit = examples.Where(e => ArticleNumber(e) % 4 == 0).ToList();
        var tune = examples.Where(e => ArticleNumber(e) % 4 == 2).ToList();
        var encoder = examples.Count > 0 && examples[0].Similarity;

        // [2] Fit with and without the encoder's features; choose each threshold on the tuning questions.
        var sets = new Dictionary<bool, AnswerWeights>();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var withSimilarity in new[] { true, false })
        {
            var (bias, weights) = LogisticFit.Fit(fit, withSimilarity && encoder);
            var scored = tune.Select(e => Best(e, bias, weights, withSimilarity && encoder)).ToList();
            var choice = ThresholdChoice.Choose(scored, UnanswerableWeight);
            sets[withSimilarity] = new AnswerWeights(Math.Round(bias, 6), [.. weights.Select(w => Math.Round(w, 6))], Math.Round(choice.Threshold, 4));
            var answerable = scored.Where(s => s.Answerable).ToList();
            rows.Add([withSimilarity ? "with encoder" : "without encoder", choice.Threshold,
                Ratio.Of(answerable.Count(s => s.Right), answerable.Count), choice.AnswerableRight, choice.UnanswerableDeclined, choice.Declined]);
        }

        // [3] Save.
        var file = new AnswerModelFile(AnswerFeatures.Names, sets[true], sets[false],
            string.Create(CultureInfo.InvariantCulture,
                $"SQuAD v1.1 + 2.0 dev, even-numbered articles: {fit.Count} questions fit (articles 0 mod 4), {tune.Count} tune the threshold (2 mod 4); encoder {(encoder ? "on" : "off")}"));
        AnswerModel.Save(file, outPath);

        return new Report("Answer model training", new Dictionary<string, string>
        {
            ["data"] = $"{squadPath}; {squad2Path} (even-numbered articles only)",
            ["questions"] = $"{fit.Count:N0} fit, {tune.Count:N0} tune ({tune.Count(e => !e.Answerable):N0} unanswerable)",
            ["sentences"] = $"{fit.Sum(e => e.Labels.Count):N0} fit ({fit.Sum(e => e.Labels.Count(l => l)):N0} hold a gold answer)",
            ["written"] = outPath,
        },
        [
            new ReportTable("Tuning questions (not fitted on)", ["model", "threshold", "best sentence holds the answer (answerable)", "answered right at threshold", "unanswerable declined", "declined"], rows),
            new ReportTable("Weights (raw feature units)", ["feature", "with encoder", "without encoder"],
                [.. AnswerFeatures.Names.Select((name, i) => (IReadOnlyList<object?>)[name, sets[true].Weights[i], sets[false].Weights[i]])]),
        ]);
    }

    private static int ArticleNumber(AnswerExample example) =>
        int.Parse(example.Source.AsSpan(example.Source.LastIndexOf('-') + 1), CultureInfo.InvariantCulture);

    private static (double Best, bool Right, bool Answerable) Best(AnswerExample example, double bias, double[] weights, bool withSimilarity)
    {
        var best = double.NegativeInfinity;
        var right = false;
        for (var i = 0; i < example.Features.Count; i++)
        {
            var z = bias;
            for (var j = 0; j < weights.Length; j++)
                z += weights[j] * (withSimilarity || !AnswerFeatures.Names[j].Contains("similarity", StringComparison.Ordinal) ? example.Features[i][j] : 0);
            var p = 1 / (1 + Math.Exp(-z));
            if (p > best)
                (best, right) = (p, example.Labels[i]);
        }
        return (example.Features.Count == 0 ? 0 : best, right, example.Answerable);
    }
}
