using Microsoft.Data.Sqlite;
using NewsBot.Evaluation.Metrics;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// <c>bench query</c>: grows one temporary index from the scale corpus through each requested size and, at each,
/// measures top-10 search latency on one thread and throughput on several, with real news questions. With
/// <c>--index</c> it measures an existing index instead (a kept 1M index is built once, then reused while tuning).
/// </summary>
internal static class QueryBench
{
    public const string ProductEngine = "NewsBot";
    public const string PlainLuceneEngine = "plain Lucene.Net";

    private static readonly string[] Columns =
        ["passages", "articles", "build passages/s", "index MB", "p50 ms", "p99 ms", "queries", "q/s", "p50 ms (N threads)", "p99 ms (N threads)", "peak RSS MB"];

    public static Report Run(BenchPaths paths, IReadOnlyList<long> sizes, int threads, QueryLoad load, string? keepFolder,
        IReadOnlyDictionary<string, string?> settings, QueryBaseline baseline = QueryBaseline.None, int k = 10)
    {
        // The news articles (the questions come with the load).
        var news = NewsCorpus.Load(paths.Bbc, paths.Gcs, paths.RealTimeQa);
        var corpusText = $"{news.Count:N0} news articles (BBC + RealTimeQA GCS by URL) split by the product's passage splitter, "
            + "then copies with every k-th word dropped (k = 3..12 per copy) until the size is reached";
        return Run(new ScaleCorpus(news), corpusText, sizes, threads, load, keepFolder, settings, baseline, k);
    }

    /// <summary>The same on any corpus (tests bring a handful of articles).</summary>
    internal static Report Run(ScaleCorpus corpus, string corpusText, IReadOnlyList<long> sizes, int threads, QueryLoad load, string? keepFolder,
        IReadOnlyDictionary<string, string?> settings, QueryBaseline baseline = QueryBaseline.None, int k = 10)
    {
        // [1] The product's index, noting which passages it is given when a baseline is to index the same.
        using var workspace = keepFolder is null ? EvalWorkspace.CreateTemporary("bench-query") : EvalWorkspace.Keep(keepFolder);
        if (File.Exists(workspace.IndexPath))
            throw new IOException($"{workspace.IndexPath} already exists; --keep needs a new folder (or measure it with --index).");
        using var core = workspace.OpenCore(settings);
        var selection = baseline == QueryBaseline.PlainLucene ? new CorpusSelection() : null;
        using var scale = new ScaleIndex(core.Index, corpus, selection);
        using var plain = selection is null ? null : new PlainLuceneBaseline(corpus, selection);

        // [2] Each size: grow, warm, measure; then the baseline on the same passages.
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var size in sizes.Order())
        {
            var before = scale.Passages;
            var build = scale.GrowTo(size);
            var row = Measure(core, workspace.IndexPath, scale.Passages, scale.Articles, (scale.Passages - before) / build.TotalSeconds, threads, load, k);
            if (plain is null)
            {
                rows.Add(row);
                continue;
            }
            rows.Add([ProductEngine, .. row]);
            var index = plain.Build();
            void AskPlain(string question) => index.Search(question, k);
            rows.Add([PlainLuceneEngine, .. Measure(AskPlain, $"{PlainLuceneEngine}: ", index.Documents, selection!.Articles,
                index.Documents / index.BuildTime.TotalSeconds, () => index.SizeMb, threads, load)]);
        }

        // [3] Report.
        var indexText = keepFolder is null ? "temporary, deleted after the run" : $"kept at {workspace.IndexPath}";
        return Describe(corpusText, indexText, threads, load, settings, k, rows, "peak RSS incl. build", plain);
    }

    /// <summary>Measures an existing index file as it is (nothing is built or added).</summary>
    public static Report RunOn(string indexPath, int threads, QueryLoad load, IReadOnlyDictionary<string, string?> settings, int k = 10)
    {
        if (!File.Exists(indexPath))
            throw new FileNotFoundException($"Index {indexPath} not found (build one with bench query --keep FOLDER).", indexPath);
        // The core first: the index opens SQLite before anything else in the process does (its set-up must come first).
        using var core = CoreServices.Open(indexPath, settings);
        var passages = StoredPassages(indexPath);
        var row = Measure(core, indexPath, passages, core.Index.ArticleCount, null, threads, load, k);
        return Describe("an existing index", indexPath, threads, load, settings, k, [row], "peak RSS while answering");
    }

    private static IReadOnlyList<object?> Measure(CoreServices core, string indexPath, long passages, long articles, double? buildPerSecond,
        int threads, QueryLoad load, int k)
    {
        void Ask(string question) => core.Index.Search(question, k);
        return Measure(Ask, "", passages, articles, buildPerSecond, () => IndexSizeMb(indexPath), threads, load);
    }

    private static IReadOnlyList<object?> Measure(Action<string> ask, string engine, long passages, long articles, double? buildPerSecond,
        Func<double> indexMb, int threads, QueryLoad load)
    {
        load.Warm(ask);
        var single = load.SingleThread(ask);
        var (perSecond, loaded) = load.Throughput(ask, threads);
        Progress.Note($"{engine}{passages:N0} passages: p50 {single.Percentile(50):0.0} ms, p99 {single.Percentile(99):0.0} ms, {perSecond:0.0} q/s on {threads} threads, "
            + $"peak RSS {PeakMemory.Megabytes():0} MB");
        return [passages, articles, buildPerSecond, indexMb(), single.Percentile(50), single.Percentile(99), single.Count, perSecond,
            loaded.Percentile(50), loaded.Percentile(99), PeakMemory.Megabytes()];
    }

    private static Report Describe(string corpus, string index, int threads, QueryLoad load, IReadOnlyDictionary<string, string?> settings, int k,
        List<IReadOnlyList<object?>> rows, string rss, PlainLuceneBaseline? plain = null)
    {
        var setup = new Dictionary<string, string>(MachineInfo.Describe())
        {
            ["corpus"] = corpus,
            ["questions"] = $"{load.Questions.Count:N0} RealTimeQA quiz questions (2020–2026), shuffled with seed {BenchQuestions.Seed}; {load.WarmUp} warm-up",
            ["search"] = $"PassageIndex.Search(question, {k}), the product's query path",
            ["index"] = index,
            ["settings"] = settings.Count == 0 ? "defaults" : string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}")),
        };
        foreach (var (key, value) in plain?.Setup(k) ?? [])
            setup[key] = value;
        var columns = Columns.Select(c => c.Replace("N threads", $"{threads} threads", StringComparison.Ordinal))
            .Select(c => c == "q/s" ? $"q/s ({threads} threads)" : c == "peak RSS MB" ? $"peak RSS MB ({rss})" : c).ToList();
        if (plain is not null)
            columns.Insert(0, "engine");
        return new Report("Query latency and throughput", setup, [new ReportTable($"Search latency (1 thread) and throughput ({threads} threads)", columns, rows)]);
    }

    /// <summary>Passages in an index file, from its statistics row (the bench reads the file it measures).</summary>
    private static long StoredPassages(string indexPath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = indexPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM index_stats WHERE name = 'passages'";
        return command.ExecuteScalar() is long passages ? passages : 0;
    }

    /// <summary>Everything the index takes on disk: the catalog file, its write-ahead log and the Lucene folder beside it.</summary>
    public static double IndexSizeMb(string indexPath)
    {
        var lucene = NewsBot.Core.Index.IndexOptions.LuceneFolder(indexPath);
        var files = new[] { indexPath, indexPath + "-wal" }.Where(File.Exists).Select(f => new FileInfo(f))
            .Concat(Directory.Exists(lucene) ? new DirectoryInfo(lucene).EnumerateFiles() : []);
        return files.Sum(f => f.Length) / (1024.0 * 1024.0);
    }
}
