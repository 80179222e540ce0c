using System.Diagnostics;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// Drives an operation with real questions: a warm-up, then single-thread latency, then throughput with several
/// threads asking concurrently. Each phase stops at a question count or a time budget, whichever comes first.
/// </summary>
internal sealed record QueryLoad(IReadOnlyList<string> Questions, int WarmUp, int MaxQueries, TimeSpan Budget)
{
    public void Warm(Action<string> ask)
    {
        for (var i = 0; i < Math.Min(WarmUp, Questions.Count); i++)
            ask(Questions[i]);
    }

    /// <summary>Latency of one caller asking back to back (questions after the warm-up ones).</summary>
    public LatencyTally SingleThread(Action<string> ask)
    {
        var latency = new LatencyTally();
        var clock = Stopwatch.StartNew();
        for (var i = 0; latency.Count < MaxQueries && (clock.Elapsed < Budget || latency.Count < 20); i++)
        {
            var started = Stopwatch.GetTimestamp();
            ask(Question(WarmUp + i));
            latency.AddSince(started);
        }
        return latency;
    }

    /// <summary>Questions per second with <paramref name="threads"/> callers, each walking its own stretch of questions.</summary>
    public (double PerSecond, LatencyTally Latency) Throughput(Action<string> ask, int threads)
    {
        var perThread = new LatencyTally[threads];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var latency = perThread[t] = new LatencyTally();
            for (var i = 0; latency.Count < MaxQueries / threads && (clock.Elapsed < Budget || latency.Count < 10); i++)
            {
                var started = Stopwatch.GetTimestamp();
                ask(Question(WarmUp + t * 7919 + i));
                latency.AddSince(started);
            }
        })).ToArray();
        foreach (var worker in workers)
            worker.Start();
        foreach (var worker in workers)
            worker.Join();
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = new LatencyTally();
        foreach (var tally in perThread)
            all.AddRange(tally);
        return (all.Count / elapsed, all);
    }

    private string Question(int i) => Questions[i % Questions.Count];
}
