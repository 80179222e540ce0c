using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// QuAIL v1.3 dev, news domain (30 VOA articles, 540 questions), all 30 articles in one index. A question is
/// checkable when its correct option occurs in the article text; it is answered correctly when the answer's
/// cited sentences contain that option. The 60 Unanswerable questions score abstention.
/// </summary>
internal static class QuailRun
{
    public static async Task<Report> RunAsync(string path, EvalSettings settings, CancellationToken cancellationToken)
    {
        // [1] Ingest the news texts through the real pipeline.
        var texts = QuailDataset.Load(path);
        using var workspace = EvalWorkspace.CreateTemporary("quail");
        using var core = workspace.OpenCore(settings.CoreSettings);
        var ingest = await workspace.IngestAsync(core,
            texts.Select(t => new NewsBot.Core.Articles.Article($"quail-{t.Id}", t.Title, t.Body, t.Url, Source: "VOA")), cancellationToken);

        // [2] Ask each question; score by type.
        var byType = new SortedDictionary<string, TypeScore>(StringComparer.Ordinal);
        var abstention = new AbstentionTally();
        var asked = settings.Cap(settings.Halve(texts).SelectMany(t => t.Questions.Select(q => (Text: t, Question: q))));
        var progress = new Progress("quail", asked.Count);
        var differ = 0;
        foreach (var (text, question) in asked)
        {
            var hits = core.AnswerPassages(question.Text, settings.AnswerK);
            var reply = core.Answerer.Answer(question.Text, hits);
            var score = byType.TryGetValue(question.Type, out var s) ? s : byType[question.Type] = new TypeScore();
            score.Questions++;
            score.Abstained += reply.Abstained ? 1 : 0;
            score.GoldArticleCited += reply.Citations.Any(c => c.ArticleId == $"quail-{text.Id}") ? 1 : 0;
            if (!question.IsUnanswerable && AnswerText.ContainsAny(text.Body, [question.CorrectOption]))
            {
                score.Checkable++;
                score.Correct += CitedText.Contains(reply, [question.CorrectOption]) ? 1 : 0;
            }
            abstention.Add(question.IsUnanswerable, reply.Abstained);
            differ += reply.SourcesDiffer ? 1 : 0;
            progress.Step();
        }

        // [3] Report.
        var rows = byType.Select(t => (IReadOnlyList<object?>)
        [
            t.Key, t.Value.Questions, t.Value.Checkable, Ratio.Of(t.Value.Correct, t.Value.Checkable),
            Ratio.Of(t.Value.GoldArticleCited, t.Value.Questions), Ratio.Of(t.Value.Abstained, t.Value.Questions),
        ]).ToList();
        var all = byType.Values.Aggregate(new TypeScore(), (sum, t) => sum.Add(t));
        rows.Add(["all", all.Questions, all.Checkable, Ratio.Of(all.Correct, all.Checkable), Ratio.Of(all.GoldArticleCited, all.Questions), Ratio.Of(all.Abstained, all.Questions)]);
        return new Report("QuAIL v1.3 dev, news domain", new Dictionary<string, string>
        {
            ["data"] = path,
            ["corpus"] = $"{texts.Count} VOA articles ingested through the real pipeline ({ingest.Added} added)",
            ["questions"] = $"{asked.Count:N0}",
            ["checkable"] = "the correct option occurs verbatim (normalised) in the article; correct = it occurs in the cited sentences",
            ["answering"] = $"extractive over the top {settings.AnswerK} passages",
            ["sources differ"] = $"{differ} of {asked.Count:N0} replies say the sources differ (one article answers each question: each is a false disagreement)",
            ["settings"] = settings.Describe(),
        },
        [
            new ReportTable("By question type", ["type", "questions", "checkable", "correct (of checkable)", "gold article cited", "abstained"], rows),
            new ReportTable("Abstention on the Unanswerable questions", ["measure", "value"],
            [
                ["unanswerable questions declined (recall)", abstention.Recall],
                ["precision of not-found", abstention.Precision],
                ["false abstentions on answerable questions", abstention.FalseAbstentionRate],
            ]),
        ]);
    }

    private sealed class TypeScore
    {
        public int Questions { get; set; }
        public int Checkable { get; set; }
        public int Correct { get; set; }
        public int Abstained { get; set; }
        public int GoldArticleCited { get; set; }

        public TypeScore Add(TypeScore other)
        {
            Questions += other.Questions;
            Checkable += other.Checkable;
            Correct += other.Correct;
            Abstained += other.Abstained;
            GoldArticleCited += other.GoldArticleCited;
            return this;
        }
    }
}
