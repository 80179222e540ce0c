using System.Diagnostics;
using NewsBot.Core.Articles;
using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// RealTimeQA 2022: the GCS search results (deduplicated by URL) plus the quizzes' gold articles, optionally with
/// the BBC corpus as extra news, ingested through the real pipeline. A question scores at k when any of the top k
/// passages belongs to its gold article.
/// </summary>
internal static class RealTimeQaRun
{
    public static async Task<Report> RunAsync(
        string gcsFolder, string questionsFolder, string? bbcFolder, RealTimeQaSetup setup, EvalSettings settings, CancellationToken cancellationToken)
    {
        // [1] Load and ingest: the RealTimeQA pool, and BBC as distractors when given.
        var data = RealTimeQaDataset.Load(gcsFolder, questionsFolder, setup);
        IReadOnlyList<Article> bbc = bbcFolder is null ? [] : BbcCorpus.Load(bbcFolder);
        using var workspace = EvalWorkspace.CreateTemporary("realtimeqa");
        using var core = workspace.OpenCore(settings.CoreSettings);
        var ingesting = Stopwatch.StartNew();
        var ingest = await workspace.IngestAsync(core, data.Articles.Concat(bbc), cancellationToken);
        ingesting.Stop();
        Progress.Note($"realtimeqa: ingested {ingest.Added:N0} articles ({ingest.Duplicates.Count:N0} duplicates, {ingest.Problems.Count} problems) in {ingesting.Elapsed.TotalSeconds:0.0} s");

        // [2] Ask each question; rank of the first passage from a gold article.
        var all = new RankTally();
        var inSearch = new RankTally();
        var asked = settings.Cap(settings.Halve(data.Questions));
        var progress = new Progress("realtimeqa", asked.Count);
        using var misses = new MissLog(settings.MissesPath, missedBeyond: 5);
        int answered = 0, declined = 0, differ = 0;
        foreach (var question in asked)
        {
            var gold = question.GoldArticleIds.ToHashSet(StringComparer.Ordinal);
            var hits = core.AnswerPassages(question.Text, settings.SearchK);
            var rank = RankTally.RankOf(hits, h => gold.Contains(h.Passage.ArticleId));
            all.Add(rank);
            misses.Add(question.Text, question.GoldArticleIds, rank, hits);
            if (question.GoldInSearchResults)
                inSearch.Add(rank);
            // Each question has one true answer: a reply saying the sources differ is almost always a false disagreement.
            if (settings.Extractive)
            {
                var reply = core.Answerer.Answer(question.Text, core.AnswerPassages(question.Text));
                answered++;
                declined += reply.Abstained ? 1 : 0;
                differ += reply.SourcesDiffer ? 1 : 0;
            }
            progress.Step();
        }

        // [3] Report.
        return new Report("RealTimeQA 2022 (gold-article retrieval)", new Dictionary<string, string>
        {
            ["data"] = $"{gcsFolder} (articles) + {questionsFolder} (questions, gold)" + (bbcFolder is null ? "" : $" + {bbcFolder}"),
            ["corpus"] = $"{data.SearchResults:N0} search results → {data.Articles.Count:N0} articles by URL"
                + (data.GoldArticlesAdded > 0 ? $" (incl. {data.GoldArticlesAdded} gold articles the search missed)" : "")
                + (bbc.Count > 0 ? $" + {bbc.Count:N0} BBC" : "") + $"; {ingest.Added:N0} stored, {ingest.Duplicates.Count:N0} duplicate texts",
            ["setup"] = setup == RealTimeQaSetup.Reference
                ? "reference (as in the issue): gold = the search result whose URL matches the quiz's link (no scheme/www./edition./index.html/trailing slash), whatever text the crawl got"
                : "gold-text: the gold file's article text replaces the matching search result's (often a cookie banner) or is added when the search missed it",
            ["questions"] = $"{asked.Count:N0} 2022 questions whose gold article is in the pool ({asked.Count(q => q.GoldInSearchResults):N0} of them with the gold URL among the search results)",
            ["retrieval"] = $"top {settings.SearchK} passages as the answer path retrieves them (at most Answering:MaxPassagesPerArticle from one article while others match); a hit = a passage of the gold article",
            ["settings"] = settings.Describe(),
        },
        [
            new ReportTable("Gold-article recall", ["questions", "n", "recall@1", "recall@5", "recall@10", "MRR@10"],
                inSearch.Count == all.Count
                    ? [Row("all with a gold article", all)]
                    : [Row("all with a gold article", all), Row("gold URL among the search results", inSearch)]),
            .. settings.Extractive
                ? new[] { new ReportTable("Extractive answers (the answer path's passages)", ["measure", "value"],
                    [["answered", Ratio.Of(answered - declined, answered)], ["shown as \"sources differ\" (one true answer per question: nearly always false)", Ratio.Of(differ, answered)], ["\"sources differ\" replies", differ]]) }
                : [],
        ]);
    }

    private static IReadOnlyList<object?> Row(string name, RankTally ranks) =>
        [name, ranks.Count, ranks.RecallAt(1), ranks.RecallAt(5), ranks.RecallAt(10), ranks.MrrAt(10)];
}
