using NewsBot.Host.Evaluation.Metrics;
using NewsBot.Host.Evaluation.Runs;

namespace NewsBot.Host.Evaluation.Bench;

/// <summary>
/// <c>bench query</c>: grows one temporary index from the scale corpus through each requested size and, at each,
/// measures top-10 search latency on one thread and throughput on several, with real news questions.
/// </summary>
internal static class QueryBench
{
    public static Report Run(BenchPaths paths, IReadOnlyList<long> sizes, int threads, QueryLoad load, string? keepFolder, int k = 10)
    {
        // [1] The news articles and the questions.
        var corpus = new ScaleCorpus(NewsCorpus.Load(paths.Bbc, paths.Gcs, paths.RealTimeQa));
        using var workspace = keepFolder is null ? EvalWorkspace.CreateTemporary("bench-query") : EvalWorkspace.Keep(keepFolder);
        if (File.Exists(workspace.IndexPath))
            throw new IOException($"{workspace.IndexPath} already exists; --keep needs a new folder.");
        using var core = workspace.OpenCore();
        using var scale = new ScaleIndex(core.Index, corpus);

        // [2] Each size: grow, warm, measure.
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var size in sizes.Order())
        {
            var before = scale.Passages;
            var build = scale.GrowTo(size);
            void Ask(string question) => core.Index.Search(question, k);
            load.Warm(Ask);
            var single = load.SingleThread(Ask);
            var (perSecond, loaded) = load.Throughput(Ask, threads);
            var sizeMb = IndexSizeMb(workspace.IndexPath);
            rows.Add([scale.Passages, scale.Articles, (scale.Passages - before) / build.TotalSeconds, sizeMb,
                single.Percentile(50), single.Percentile(99), single.Count, perSecond, loaded.Percentile(50), loaded.Percentile(99), PeakMemory.Megabytes()]);
            Progress.Note($"{scale.Passages:N0} passages: p50 {single.Percentile(50):0.0} ms, p99 {single.Percentile(99):0.0} ms, {perSecond:0.0} q/s on {threads} threads");
        }

        // [3] Report.
        var setup = new Dictionary<string, string>(MachineInfo.Describe())
        {
            ["corpus"] = $"{corpus.News.Count:N0} news articles (BBC + RealTimeQA GCS by URL) split by the product's passage splitter, "
                + "then copies with every k-th word dropped (k = 3..12 per copy) until the size is reached",
            ["questions"] = $"{load.Questions.Count:N0} RealTimeQA quiz questions (2020–2026), shuffled with seed {BenchQuestions.Seed}; {load.WarmUp} warm-up",
            ["search"] = $"PassageIndex.Search(question, {k}), the product's query path",
            ["index"] = keepFolder is null ? "temporary, deleted after the run" : $"kept at {workspace.IndexPath}",
        };
        return new Report("Query latency and throughput", setup,
        [
            new ReportTable($"Search latency (1 thread) and throughput ({threads} threads)",
                ["passages", "articles", "build passages/s", "index MB", "p50 ms", "p99 ms", "queries", $"q/s ({threads} threads)",
                 $"p50 ms ({threads} threads)", $"p99 ms ({threads} threads)", "peak RSS MB (incl. build)"], rows),
        ]);
    }

    /// <summary>The index file and its write-ahead log.</summary>
    public static double IndexSizeMb(string indexPath) =>
        new[] { indexPath, indexPath + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0);
}
