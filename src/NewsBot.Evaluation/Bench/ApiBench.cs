using System.Net.Http.Json;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// <c>bench api</c>: <c>POST /api/ask</c> end to end (HTTP, JSON, retrieval, extractive answer) against the real host
/// serving a scale-corpus index: latency on one connection, throughput on several.
/// </summary>
internal static class ApiBench
{
    public static async Task<Report> RunAsync(BenchPaths paths, long passages, int threads, QueryLoad load, CancellationToken cancellationToken)
    {
        // [1] The index, built here and closed before the host opens it.
        using var workspace = EvalWorkspace.CreateTemporary("bench-api");
        using (var core = workspace.OpenCore())
        using (var scale = new ScaleIndex(core.Index, new ScaleCorpus(NewsCorpus.Load(paths.Bbc, paths.Gcs, paths.RealTimeQa))))
            scale.GrowTo(passages);

        // [2] The host; [3] measure.
        using var host = await ServedHost.StartAsync(workspace, cancellationToken);
        var measured = Measure(host, threads, load);
        Progress.Note($"/api/ask at {passages:N0} passages: p50 {measured.Single.Percentile(50):0.0} ms, p99 {measured.Single.Percentile(99):0.0} ms, {measured.PerSecond:0.0} q/s");

        var setup = new Dictionary<string, string>(MachineInfo.Describe())
        {
            ["host"] = "`newsbot serve --urls http://127.0.0.1:0` in a child process, extractive answers (no chat model configured)",
            ["index"] = $"scale corpus, {passages:N0} passages",
            ["questions"] = $"RealTimeQA quiz questions (shuffled, seed {BenchQuestions.Seed}); {load.WarmUp} warm-up",
            ["client"] = "HttpClient on the same machine, POST /api/ask {\"question\": …}, reply read in full",
        };
        return new Report("/api/ask end to end", setup,
        [
            new ReportTable("POST /api/ask",
                ["passages", "p50 ms (1 client)", "p99 ms (1 client)", "requests", $"req/s ({threads} clients)", $"p50 ms ({threads} clients)", $"p99 ms ({threads} clients)", "not-found replies", "host peak RSS MB"],
                [[passages, measured.Single.Percentile(50), measured.Single.Percentile(99), measured.Single.Count, measured.PerSecond,
                  measured.Loaded.Percentile(50), measured.Loaded.Percentile(99), measured.NotFound, host.PeakRssMb()]]),
        ]);
    }

    /// <summary>
    /// <c>POST /api/ask</c> against a running host through one shared HTTP client (as a load generator would): warm-up,
    /// then latency on one connection and throughput on <paramref name="threads"/>.
    /// </summary>
    public static AskLoadResult Measure(ServedHost host, int threads, QueryLoad load)
    {
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var abstained = 0;
        var answered = 0;
        void Ask(string question)
        {
            using var response = http.Send(new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = JsonContent.Create(new { question }) });
            response.EnsureSuccessStatusCode();
            var reply = response.Content.ReadFromJsonAsync<AskReply>().GetAwaiter().GetResult();
            Interlocked.Increment(ref reply?.Abstained == true ? ref abstained : ref answered);
        }

        load.Warm(Ask);
        var single = load.SingleThread(Ask);
        var (perSecond, loaded) = load.Throughput(Ask, threads);
        return new AskLoadResult(single, perSecond, loaded, Metrics.Ratio.Of(abstained, abstained + answered));
    }

    private sealed record AskReply(bool Abstained);
}
