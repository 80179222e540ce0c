using System.Diagnostics;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// <c>bench scale-out</c> (issue 14): the same scale corpus and questions on the embedded SQLite catalog and on a
/// PostgreSQL one, in one run: the build's pace (catalog written and the index searchable), <c>POST /api/ask</c> on a
/// host serving each; then, with a join size, the PostgreSQL collection grown to it and a second host started with no
/// index of its own, timed until <c>/healthz</c> says its index holds the whole catalog (0 changes behind).
/// </summary>
internal static class ScaleOutBench
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(30);

    public static async Task<Report> RunAsync(BenchPaths paths, long passages, long? joinPassages, int threads, QueryLoad load,
        string serverConnectionString, CancellationToken cancellationToken)
    {
        var news = NewsCorpus.Load(paths.Bbc, paths.Gcs, paths.RealTimeQa);
        var rows = new List<IReadOnlyList<object?>>();

        // [1] SQLite: build, serve, ask (as bench api).
        using (var workspace = EvalWorkspace.CreateTemporary("bench-scale-sqlite"))
        {
            double built;
            using (var core = workspace.OpenCore())
            using (var scale = new ScaleIndex(core.Index, new ScaleCorpus(news)))
                built = passages / scale.GrowTo(passages).TotalSeconds;
            using var host = await ServedHost.StartAsync(workspace, cancellationToken);
            await host.WaitUntilReadyAsync(ReadyTimeout, cancellationToken);
            rows.Add(Row("SQLite (embedded)", passages, built, ApiBench.Measure(host, threads, load), host));
        }

        // [2] PostgreSQL: a database of its own; the bench's core writes the catalog, each host keeps its own index.
        await using var database = await BenchDatabase.CreateAsync(serverConnectionString, cancellationToken);
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = database.ConnectionString };
        var environment = new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = database.ConnectionString };
        using var writer = EvalWorkspace.CreateTemporary("bench-scale-pg");
        using var pgCore = writer.OpenCore(settings);
        using var pgScale = new ScaleIndex(pgCore.Index, new ScaleCorpus(news));
        var pgBuilt = passages / pgScale.GrowTo(passages).TotalSeconds;
        await database.SettleAsync(cancellationToken);
        using (var hostFolder = EvalWorkspace.CreateTemporary("bench-scale-host-a"))
        using (var host = await ServedHost.StartAsync(hostFolder, cancellationToken, environment))
        {
            await host.WaitUntilReadyAsync(ReadyTimeout, cancellationToken);
            rows.Add(Row("PostgreSQL", passages, pgBuilt, ApiBench.Measure(host, threads, load), host));
        }

        // [3] A second host joining a large collection: grown by the same writer, then a host with an empty index folder.
        var tables = new List<ReportTable>
        {
            new("POST /api/ask, SQLite against PostgreSQL",
                ["storage", "passages", "build passages/s", "p50 ms (1 client)", "p99 ms (1 client)", $"req/s ({threads} clients)", "not-found replies", "host peak RSS MB"],
                rows),
        };
        if (joinPassages is { } join && join > passages)
        {
            var before = pgScale.Passages;
            var took = pgScale.GrowTo(join);
            var grown = (pgScale.Passages - before) / took.TotalSeconds;
            await database.SettleAsync(cancellationToken);
            using var hostFolder = EvalWorkspace.CreateTemporary("bench-scale-host-b");
            var clock = Stopwatch.StartNew();
            using var host = await ServedHost.StartAsync(hostFolder, cancellationToken, environment);
            await host.WaitUntilReadyAsync(ReadyTimeout, cancellationToken);
            var ready = clock.Elapsed;
            Progress.Note($"second host ready on {pgScale.Passages:N0} passages in {ready.TotalSeconds:0.0} s");
            tables.Add(new ReportTable("A second host joins the PostgreSQL collection",
                ["passages", "build passages/s (growing to it)", "ready s (start → index built, 0 changes behind)", "host peak RSS MB"],
                [[pgScale.Passages, grown, ready.TotalSeconds, host.PeakRssMb()]]));
        }

        var setup = new Dictionary<string, string>(MachineInfo.Describe())
        {
            ["hosts"] = "`newsbot serve --urls http://127.0.0.1:0` in child processes, extractive answers; with PostgreSQL each host builds its own Lucene index from the catalog before it is ready",
            ["PostgreSQL"] = "the server Storage__ConnectionString names, a new database made for the run and dropped after it",
            ["corpus"] = "scale corpus (BBC + RealTimeQA GCS news, then copies with words dropped), as bench query",
            ["questions"] = $"RealTimeQA quiz questions (shuffled, seed {BenchQuestions.Seed}); {load.WarmUp} warm-up",
        };
        return new Report("Several hosts, one collection", setup, tables);
    }

    private static IReadOnlyList<object?> Row(string storage, long passages, double built, AskLoadResult measured, ServedHost host)
    {
        Progress.Note($"{storage}: build {built:N0} passages/s; /api/ask p50 {measured.Single.Percentile(50):0.0} ms, p99 {measured.Single.Percentile(99):0.0} ms");
        return [storage, passages, built, measured.Single.Percentile(50), measured.Single.Percentile(99), measured.PerSecond, measured.NotFound, host.PeakRssMb()];
    }
}
