using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Answering;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// The child side of <c>bench cold</c>, run in a fresh process: open an existing index, answer the first question
/// (search + extractive answer, the product's AnswerService), print <c>FIRST</c> at once so the parent can time it from
/// process start, then answer more questions and report this process's peak RSS.
/// </summary>
internal static class ColdProbe
{
    public const string FirstMarker = "FIRST";
    public const string DoneMarker = "DONE ";

    public static async Task RunAsync(string indexPath, IReadOnlyList<string> questions, int more, CancellationToken cancellationToken)
    {
        // [1] Open: the core over an existing file (nothing is built or synced), its start-up work begun as the host
        //     begins it (the encoder loads in the background while the index opens).
        var clock = Stopwatch.StartNew();
        using var core = CoreServices.Open(indexPath);
        foreach (var service in core.Services.GetServices<IHostedService>())
            await service.StartAsync(cancellationToken);
        var answers = core.Services.GetService(typeof(AnswerService)) as AnswerService
            ?? throw new InvalidOperationException("AnswerService is not registered.");
        _ = core.Index.ArticleCount;
        var openMs = clock.Elapsed.TotalMilliseconds;

        // [2] The first answer.
        var first = await answers.AskAsync(questions[0], null, cancellationToken);
        var firstMs = clock.Elapsed.TotalMilliseconds - openMs;
        Console.Out.WriteLine(FirstMarker);
        Console.Out.Flush();

        // [3] Keep answering: latency and the memory it takes to answer at this size.
        var latency = new LatencyTally();
        for (var i = 1; i <= more; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await answers.AskAsync(questions[i % questions.Count], null, cancellationToken);
            latency.AddSince(started);
        }
        var result = new ColdProbeResult(openMs, firstMs, first.Abstained, latency.Count, latency.Percentile(50), latency.Percentile(99), PeakMemory.Megabytes());
        Console.Out.WriteLine(DoneMarker + JsonSerializer.Serialize(result));
    }
}
