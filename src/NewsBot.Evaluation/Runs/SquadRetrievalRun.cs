using System.Diagnostics;
using NewsBot.Core.Answering;
using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// SQuAD v1.1 dev: every paragraph is one passage of its article; the gold passage is the question's paragraph.
/// Measures retrieval recall@1/5/10 and MRR@10, and (extractive mode) whether the cited sentences of the answer
/// built from the top passages hold a gold answer string.
/// </summary>
internal static class SquadRetrievalRun
{
    public static Report Run(string path, EvalSettings settings)
    {
        // [1] Load and index: one article per SQuAD title, one passage per paragraph, exact offsets.
        var articles = SquadDataset.Load(path);
        using var workspace = EvalWorkspace.CreateTemporary("squad");
        using var core = workspace.OpenCore(settings.CoreSettings);
        var questions = new List<(SquadQuestion Question, string GoldPassageId)>();
        var indexing = Stopwatch.StartNew();
        for (var a = 0; a < articles.Count; a++)
        {
            var id = $"squad-{a:000}";
            var split = SplitArticle.FromParagraphs(id, articles[a].Title.Replace('_', ' '), [.. articles[a].Paragraphs.Select(p => p.Context)]);
            core.Index.Store(split.Article, split.Passages, origin: null);
            for (var p = 0; p < articles[a].Paragraphs.Count && settings.InHalf(a); p++)
                questions.AddRange(articles[a].Paragraphs[p].Questions.Select(q => (q, split.Passages[p].Id)));
        }
        indexing.Stop();

        // [2] Ask every question: rank of the gold paragraph, then the extractive answer over the top passages.
        var ranks = new RankTally();
        var latency = new LatencyTally();
        var asked = settings.Cap(questions);
        var progress = new Progress("squad", asked.Count);
        using var misses = new MissLog(settings.MissesPath, missedBeyond: 5);
        int answered = 0, cited = 0, goldCited = 0, answerHit = 0, abstained = 0, differ = 0;
        foreach (var (question, gold) in asked)
        {
            var started = Stopwatch.GetTimestamp();
            var hits = core.Index.Search(question.Text, settings.SearchK);
            latency.AddSince(started);
            var rank = RankTally.RankOf(hits, h => h.Passage.Id == gold);
            ranks.Add(rank);
            misses.Add(question.Text, [gold], rank, hits);
            if (settings.Extractive)
            {
                var reply = core.Answerer.Answer(question.Text, core.AnswerPassages(question.Text, settings.AnswerK));
                answered++;
                abstained += reply.Abstained ? 1 : 0;
                differ += reply.SourcesDiffer ? 1 : 0;
                cited += reply.Citations.Count > 0 ? 1 : 0;
                goldCited += reply.Citations.Any(c => c.PassageId == gold) ? 1 : 0;
                answerHit += CitedText.Contains(reply, question.Answers) ? 1 : 0;
            }
            progress.Step();
        }

        // [3] Report.
        var paragraphs = articles.Sum(a => a.Paragraphs.Count);
        var retrieval = new ReportTable("Retrieval (gold = the question's paragraph)", ["measure", "value"],
        [
            ["recall@1", ranks.RecallAt(1)],
            ["recall@5", ranks.RecallAt(5)],
            ["recall@10", ranks.RecallAt(10)],
            ["MRR@10", ranks.MrrAt(10)],
            ["search p50 ms", latency.Percentile(50)],
            ["search p99 ms", latency.Percentile(99)],
        ]);
        var tables = new List<ReportTable> { retrieval };
        if (settings.Extractive)
        {
            tables.Add(new ReportTable($"Extractive answers over the top {settings.AnswerK} passages", ["measure", "value"],
            [
                ["cited sentences contain a gold answer", Ratio.Of(answerHit, answered)],
                ["gold paragraph among the citations", Ratio.Of(goldCited, answered)],
                ["answered with citations", Ratio.Of(cited, answered)],
                ["abstained (not found)", Ratio.Of(abstained, answered)],
                ["shown as \"sources differ\" (every one false: one question, one gold paragraph)", Ratio.Of(differ, answered)],
            ]));
        }
        return new Report("SQuAD v1.1 dev", new Dictionary<string, string>
        {
            ["data"] = path,
            ["corpus"] = $"{articles.Count:N0} articles, {paragraphs:N0} passages (one per paragraph), indexed in {indexing.Elapsed.TotalSeconds:0.0} s",
            ["questions"] = $"{asked.Count:N0} of {questions.Count:N0}",
            ["retrieval"] = $"top {settings.SearchK} passages, pure ranking (PassageIndex.Search; no per-article cap)",
            ["settings"] = settings.Describe(),
        }, tables);
    }
}
