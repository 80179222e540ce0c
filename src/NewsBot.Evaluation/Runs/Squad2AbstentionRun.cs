using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// SQuAD 2.0 dev: a not-found answer is right on the 5,945 unanswerable questions and a false abstention on the
/// answerable ones. Optionally sweeps a threshold setting to report precision at recall 0.5.
/// </summary>
internal static class Squad2AbstentionRun
{
    public static Report Run(string path, EvalSettings settings, ThresholdSweep? sweep)
    {
        // [1] Index the v2.0 paragraphs, one passage each.
        var articles = SquadDataset.Load(path);
        using var workspace = EvalWorkspace.CreateTemporary("squad2");
        var questions = new List<(SquadQuestion Question, string GoldPassageId)>();
        using (var core = workspace.OpenCore(settings.CoreSettings))
        {
            for (var a = 0; a < articles.Count; a++)
            {
                var split = SplitArticle.FromParagraphs($"squad2-{a:000}", articles[a].Title.Replace('_', ' '), [.. articles[a].Paragraphs.Select(p => p.Context)]);
                core.Index.Store(split.Article, split.Passages, origin: null);
                for (var p = 0; p < articles[a].Paragraphs.Count && settings.InHalf(a); p++)
                    questions.AddRange(articles[a].Paragraphs[p].Questions.Select(q => (q, split.Passages[p].Id)));
            }
        }
        var asked = settings.Cap(questions);

        // [2] The configured setting, then each swept value.
        var (tally, answerHits) = Ask(workspace, settings.CoreSettings, settings.AnswerK, asked, "squad2");
        var tables = new List<ReportTable>
        {
            new("Abstention (not-found) as a detector of unanswerable questions", ["measure", "value"],
            [
                ["precision of not-found", tally.Precision],
                ["recall of not-found (unanswerable questions declined)", tally.Recall],
                ["false abstentions (answerable questions declined)", tally.FalseAbstentionRate],
                ["answerable: cited sentences contain a gold answer", Ratio.Of(answerHits, tally.Answerable)],
                ["unanswerable questions", tally.Unanswerable],
                ["answerable questions", tally.Answerable],
            ]),
        };
        if (sweep is not null)
        {
            var points = sweep.Values.Select(value =>
            {
                var (point, _) = Ask(workspace, sweep.Apply(settings.CoreSettings, value), settings.AnswerK, asked, $"squad2 {sweep.Key}={value}");
                return new OperatingPoint(value, point.Precision, point.Recall, point.FalseAbstentionRate);
            }).ToArray();
            var best = OperatingPoint.BestAtRecall(points, 0.5);
            tables.Add(new ReportTable($"Sweep of {sweep.Key}", [sweep.Key, "precision", "recall", "false abstentions"],
                [.. points.Select(p => (IReadOnlyList<object?>)[p.Threshold, p.Precision, p.Recall, p.FalseAbstentionRate])]));
            tables.Add(new ReportTable("Precision at recall 0.5 (best swept point reaching it)", ["measure", "value"],
            [
                ["precision at recall ≥ 0.5", best?.Precision],
                [$"at {sweep.Key}", best?.Threshold],
                ["recall there", best?.Recall],
                ["false abstentions there", best?.FalseAbstentionRate],
            ]));
        }

        return new Report("SQuAD 2.0 dev (abstention)", new Dictionary<string, string>
        {
            ["data"] = path,
            ["corpus"] = $"{articles.Count:N0} articles, {articles.Sum(a => a.Paragraphs.Count):N0} passages (one per paragraph)",
            ["questions"] = $"{asked.Count:N0} of {questions.Count:N0} ({asked.Count(q => q.Question.IsImpossible):N0} unanswerable)",
            ["answering"] = $"extractive over the top {settings.AnswerK} passages",
            ["settings"] = settings.Describe(),
        }, tables);
    }

    private static (AbstentionTally Tally, int AnswerHits) Ask(
        EvalWorkspace workspace, IReadOnlyDictionary<string, string?> coreSettings, int answerK, IReadOnlyList<(SquadQuestion Question, string Gold)> asked, string label)
    {
        using var core = workspace.OpenCore(coreSettings);
        var tally = new AbstentionTally();
        var answerHits = 0;
        var progress = new Progress(label, asked.Count);
        foreach (var (question, _) in asked)
        {
            var hits = core.AnswerPassages(question.Text, answerK);
            var reply = core.Answerer.Answer(question.Text, hits);
            tally.Add(question.IsImpossible, reply.Abstained);
            if (!question.IsImpossible && CitedText.Contains(reply, question.Answers))
                answerHits++;
            progress.Step();
        }
        return (tally, answerHits);
    }
}
