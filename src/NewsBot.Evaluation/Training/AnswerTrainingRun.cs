using System.Globalization;
using NewsBot.Core.Answering;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Training;

/// <summary>
/// <c>newsbot eval train-answerer</c>: trains the answer-sentence model on the even-numbered (training) articles of
/// SQuAD v1.1 and 2.0 dev. Articles numbered 0 mod 4 fit the weights; those numbered 2 mod 4 choose the decline
/// threshold. Deterministic: the same data and features give the same file.
/// </summary>
internal static class AnswerTrainingRun
{
    /// <summary>Weight of an unanswerable question when choosing the threshold (1 in 5 chat questions vs 1 in 2 in SQuAD 2.0).</summary>
    private const double UnanswerableWeight = 0.3;

    /// <summary>How much more a chat question counts in the fit than a SQuAD one (there are ~110 of them to ~6,000).</summary>
    public const float ChatWeight = 10;

    public static async Task<Report> RunAsync(
        string squadPath, string squad2Path, IReadOnlyList<string> chatPaths, string corpusFolder, string outPath, int? maxQuestions, CancellationToken cancellationToken,
        bool trees = false, string? examplesPath = null, float chatWeight = ChatWeight, bool rank = false, string? logisticFrom = null, bool keepWithEncoder = true,
        float linearChatWeight = ChatWeight)
    {
        // [1] Examples from the training half of each file: SQuAD articles 0 mod 4 fit, 2 mod 4 tune; the chat dev
        //     half both fits (weighted up: it is how people ask here) and, with the SQuAD tuning questions, tunes.
        //     The cache holds the SQuAD questions (the slow part); the chat questions are asked anew each run (a minute), so
        //     a chat file added or edited needs no new cache.
        var examples = examplesPath is null ? null : ExampleCache.TryLoad(examplesPath);
        if (examples is null)
        {
            var asked = new List<AnswerExample>();
            asked.AddRange(await AnswerExamples.FromSquadAsync(squadPath, "squad", maxQuestions, cancellationToken));
            asked.AddRange(await AnswerExamples.FromSquadAsync(squad2Path, "squad2", maxQuestions, cancellationToken));
            examples = asked;
            if (examplesPath is not null)
                ExampleCache.Save(examplesPath, examples);
        }
        var chat = chatPaths.Count > 0 ? await AnswerExamples.FromChatAsync(chatPaths, corpusFolder, cancellationToken) : [];
        var fit = examples.Where(e => e.Number % 4 == 0).Concat(chat).ToList();
        var tune = examples.Where(e => e.Number % 4 == 2).ToList();
        var encoder = examples.Count > 0 && examples[0].Similarity;
        // A cache written with the encoder beside chat questions asked without it (or the other way round) would mix two
        // kinds of rows in one fit.
        if (examples.Concat(chat).Any(e => e.Similarity != encoder))
            throw new InvalidDataException("the cached SQuAD questions and the chat questions were scored with and without the sentence encoder: delete the --examples file or run both the same way");

        // [2] Fit with and without the encoder's features; choose each threshold on the tuning questions. With
        //     --logistic-from, the logistic weights and thresholds of that file are kept and only the ranker is fitted (with
        //     keepWithEncoder false, only those without the encoder: the with-encoder ones are fitted and chosen anew).
        var keptModel = logisticFrom is null ? null : AnswerModel.Load(logisticFrom);
        float FitWeight(AnswerExample e) => e.Source == "chat" ? linearChatWeight : 1;
        var sets = new Dictionary<bool, AnswerWeights>();
        var rows = new List<IReadOnlyList<object?>>();
        var chatRows = new List<IReadOnlyList<object?>>();
        foreach (var withSimilarity in new[] { true, false })
        {
            var kept = withSimilarity && !keepWithEncoder ? null : keptModel?.For(withSimilarity);
            var (bias, weights) = kept is null
                ? LogisticFit.Fit(fit, withSimilarity && encoder, FitWeight)
                : (kept.Bias, kept.Weights.ToArray());
            // The trees can learn the few chat questions by heart, so they weigh them as the option says.
            var model = new AnswerWeights(Math.Round(bias, 6), [.. weights.Select(w => Math.Round(w, 6))], Threshold: 0)
            {
                Trees = trees ? TreeFit.Fit(fit, withSimilarity && encoder, e => e.Source == "chat" ? chatWeight : 1) : null,
                Ranker = rank ? [.. RankFit.Fit(fit, withSimilarity && encoder, FitWeight).Select(w => Math.Round(w, 6))] : null,
            };
            var scored = tune.Select(e => Best(e, model, withSimilarity && encoder)).ToList();
            // Trees learn the chat questions they are fitted on by heart, so their threshold is chosen on chat questions
            // scored by trees fitted without them: two folds of the dev half, each scored by trees fitted on the other.
            var chatScored = trees
                ? CrossFitted(fit, chat, model, withSimilarity && encoder, chatWeight)
                : [.. chat.Select(e => Best(e, model, withSimilarity && encoder))];
            var choice = (chat.Count > 0, kept) switch
            {
                (true, null) => ThresholdChoice.Choose(chatScored, ChatUnanswerableWeight(chat)),
                (false, null) => ThresholdChoice.Choose(scored, UnanswerableWeight),
                (true, _) => ThresholdChoice.At(chatScored, kept.Threshold, ChatUnanswerableWeight(chat)),
                (false, _) => ThresholdChoice.At(scored, kept.Threshold, UnanswerableWeight),
            };
            sets[withSimilarity] = model with { Threshold = Math.Round(choice.Threshold, 4) };
            var answerable = scored.Where(s => s.Answerable).ToList();
            var squadAtThreshold = ThresholdChoice.At(scored, choice.Threshold, UnanswerableWeight);
            rows.Add([withSimilarity ? "with encoder" : "without encoder", choice.Threshold,
                Ratio.Of(answerable.Count(s => s.Right), answerable.Count), squadAtThreshold.AnswerableRight, squadAtThreshold.UnanswerableDeclined, squadAtThreshold.Declined]);
            var chatAnswerable = chatScored.Where(s => s.Answerable).ToList();
            chatRows.Add([withSimilarity ? "with encoder" : "without encoder", choice.Threshold,
                Ratio.Of(chatAnswerable.Count(s => s.Right), chatAnswerable.Count), choice.AnswerableRight, choice.UnanswerableDeclined, choice.Declined]);
        }

        // [3] Save.
        var file = new AnswerModelFile(AnswerFeatures.Names, sets[true], sets[false],
            string.Create(CultureInfo.InvariantCulture,
                $"{(trees ? $"FastTree (100 trees, 16 leaves, chat weight {chatWeight}) with the logistic weights kept for the record" : rank ? $"ranker (conditional logit) picks the sentence, the logistic probability of its pick decides declining{(logisticFrom is null ? "" : $" (logistic weights and thresholds {(keepWithEncoder ? "" : "without the encoder ")}kept from {Path.GetFileName(logisticFrom)})")}" : "logistic")}; SQuAD v1.1 + 2.0 dev, even-numbered articles: {fit.Count - chat.Count} questions fit (articles 0 mod 4), {tune.Count} tune (2 mod 4); chat dev half (even ids): {chat.Count} questions fit (weight {linearChatWeight}) and choose the threshold; encoder {(encoder ? "on" : "off")}"));
        AnswerModel.Save(file, outPath);

        return new Report("Answer model training", new Dictionary<string, string>
        {
            ["data"] = $"{squadPath}; {squad2Path} (even-numbered articles only)",
            ["questions"] = $"{fit.Count:N0} fit ({chat.Count} of them chat), {tune.Count:N0} SQuAD tune ({tune.Count(e => !e.Answerable):N0} unanswerable)",
            ["sentences"] = $"{fit.Sum(e => e.Labels.Count):N0} fit ({fit.Sum(e => e.Labels.Count(l => l)):N0} hold a gold answer)",
            ["written"] = outPath,
        },
        [
            new ReportTable("SQuAD tuning questions (not fitted on)", ["model", "threshold", "best sentence holds the answer (answerable)", "answered right at threshold", "unanswerable declined", "declined"], rows),
            new ReportTable("Chat dev half (fitted on; chooses the threshold)", ["model", "threshold", "best sentence holds the answer (answerable)", "answered right at threshold", "unanswerable declined", "declined"], chatRows),
            new ReportTable("Weights (raw feature units)", ["feature", "with encoder", "without encoder"],
                [.. AnswerFeatures.Names.Select((name, i) => (IReadOnlyList<object?>)[name, sets[true].Weights[i], sets[false].Weights[i]])]),
        ]);
    }

    // Unanswerable questions weighted to one in five, as in the reviewers' chat sets (ours has about one in eight).
    private static double ChatUnanswerableWeight(IReadOnlyList<AnswerExample> chat)
    {
        var unanswerable = chat.Count(e => !e.Answerable);
        return unanswerable == 0 ? 1 : 0.25 * chat.Count(e => e.Answerable) / unanswerable;
    }

    private static List<(double Best, bool Right, bool Answerable)> CrossFitted(
        IReadOnlyList<AnswerExample> fit, IReadOnlyList<AnswerExample> chat, AnswerWeights model, bool withSimilarity, float chatWeight)
    {
        var scored = new List<(double Best, bool Right, bool Answerable)>();
        foreach (var fold in new[] { 0, 1 })
        {
            var outOfFold = fit.Where(e => e.Source != "chat" || Fold(e) != fold).ToList();
            var foldModel = model with { Trees = TreeFit.Fit(outOfFold, withSimilarity, e => e.Source == "chat" ? chatWeight : 1) };
            scored.AddRange(chat.Where(e => Fold(e) == fold).Select(e => Best(e, foldModel, withSimilarity)));
        }
        return scored;
    }

    // Dev ids are even: every other one in each fold.
    private static int Fold(AnswerExample example) => example.Number / 2 % 2;

    private static (double Best, bool Right, bool Answerable) Best(AnswerExample example, AnswerWeights model, bool withSimilarity)
    {
        // Without the encoder its features are 0 in the product; the examples hold them, so they are left out here.
        Func<int, bool>? isUsed = withSimilarity ? null : i => !AnswerFeatures.EncoderFeatures.Contains(i);
        // The ranker (or the probability) picks; the probability of the pick decides declining.
        if (example.Features.Count == 0)
            return (0, false, example.Answerable);
        var scores = model.ScoreAll([.. example.Features.Select(f => (IReadOnlyList<double>)f)], isUsed);
        var pick = Enumerable.Range(0, scores.Count).MaxBy(i => scores[i].Order);
        return (scores[pick].Probability, example.Labels[pick], example.Answerable);
    }
}
