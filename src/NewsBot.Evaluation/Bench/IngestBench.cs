using System.Diagnostics;
using NewsBot.Core.Index;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// <c>bench ingest</c>: the product's ingester (files → parse → split → batched store) on the raw dataset folders,
/// each case into a fresh temporary index: BBC alone, then BBC + the RealTimeQA GCS search results.
/// </summary>
internal static class IngestBench
{
    public static async Task<Report> RunAsync(BenchPaths paths, CancellationToken cancellationToken)
    {
        var cases = new (string Name, string[] Folders)[]
        {
            ("BBC", [Path.Combine(paths.Bbc, "bbc")]),
            ("BBC + RealTimeQA GCS", [Path.Combine(paths.Bbc, "bbc"), paths.Gcs]),
        };
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (name, folders) in cases)
        {
            // [1] Fresh index; the input size is what the ingester reads from disk.
            using var workspace = EvalWorkspace.CreateTemporary("bench-ingest");
            using var core = workspace.OpenCore();
            var megabytes = folders.Sum(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length)) / (1024.0 * 1024.0);

            // [2] Time the ingest alone.
            var clock = Stopwatch.StartNew();
            var report = await core.Ingester.IngestAsync(folders, sync: false, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;

            // [3] Count what was stored.
            var (articles, passages) = Count(core.Index);
            var inputs = report.Added + report.Updated + report.Unchanged + report.Duplicates.Count + report.Problems.Count;
            rows.Add([name, inputs, articles, passages, megabytes, seconds, inputs / seconds, articles / seconds, megabytes / seconds, passages / seconds,
                QueryBench.IndexSizeMb(workspace.IndexPath)]);
            Progress.Note($"{name}: {report.Added:N0} added, {report.Updated:N0} updated, {report.Unchanged:N0} unchanged, "
                + $"{report.Duplicates.Count:N0} duplicates, {report.Problems.Count:N0} problems in {seconds:0.0} s");
        }
        var setup = new Dictionary<string, string>(MachineInfo.Describe())
        {
            ["input"] = $"{Path.Combine(paths.Bbc, "bbc")} (2,225 .txt + README) and {paths.Gcs} (22 .jsonl files, 4,493 search results)",
            ["what is timed"] = "ArticleIngester.IngestAsync over the folders into a fresh temporary index (parse, split, dedupe, store)",
        };
        return new Report("Ingest throughput", setup,
        [
            new ReportTable("Ingest", ["corpus", "records read", "articles stored", "passages", "input MB", "seconds", "records/s", "articles/s", "MB/s", "passages/s", "index MB"], rows),
        ]);
    }

    /// <summary>Stored articles and their passages, through the public listing API.</summary>
    public static (int Articles, long Passages) Count(PassageIndex index)
    {
        var articles = 0;
        long passages = 0;
        for (var page = 1; ; page++)
        {
            var listing = index.ListArticles(page, 100, filter: null);
            if (listing.Items.Count == 0)
                break;
            foreach (var item in listing.Items)
            {
                articles++;
                passages += index.FindArticle(item.Id)?.PassageCount ?? 0;
            }
        }
        return (articles, passages);
    }
}
