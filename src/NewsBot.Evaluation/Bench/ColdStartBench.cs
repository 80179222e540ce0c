using System.Diagnostics;
using System.Text.Json;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// <c>bench cold</c>: start a fresh <c>newsbot</c> process on an existing index and time it to the first answer
/// (process start included), then let it answer more questions and report its peak RSS. Builds the scale index
/// first when none is given. The OS file cache is whatever it is (warm after a build); it is not dropped.
/// </summary>
internal static class ColdStartBench
{
    public static async Task<Report> RunAsync(BenchPaths paths, string? indexPath, long passages, int runs, int more, CancellationToken cancellationToken)
    {
        // [1] The index: given, or built now from the scale corpus.
        using var workspace = EvalWorkspace.CreateTemporary("bench-cold");
        var index = indexPath ?? workspace.IndexPath;
        if (indexPath is null)
        {
            using var core = workspace.OpenCore();
            using var scale = new ScaleIndex(core.Index, new ScaleCorpus(NewsCorpus.Load(paths.Bbc, paths.Gcs, paths.RealTimeQa)));
            scale.GrowTo(passages);
        }
        else if (!File.Exists(indexPath))
        {
            throw new FileNotFoundException($"Index {indexPath} not found.", indexPath);
        }
        var questions = BenchQuestions.Load(paths.RealTimeQa);

        // [2] Fresh processes, each asked a different first question.
        var rows = new List<IReadOnlyList<object?>>();
        for (var run = 0; run < runs; run++)
        {
            var info = SelfProcess.StartInfo(["bench", "cold-probe", "--index", index, "--datasets", paths.Datasets,
                "--skip", (run * 101).ToString(System.Globalization.CultureInfo.InvariantCulture), "--more", more.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            var clock = Stopwatch.StartNew();
            using var child = Process.Start(info) ?? throw new InvalidOperationException("Could not start the probe process.");
            double? firstWallMs = null;
            ColdProbeResult? result = null;
            while (await child.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line == ColdProbe.FirstMarker)
                    firstWallMs = clock.Elapsed.TotalMilliseconds;
                else if (line.StartsWith(ColdProbe.DoneMarker, StringComparison.Ordinal))
                    result = JsonSerializer.Deserialize<ColdProbeResult>(line[ColdProbe.DoneMarker.Length..]);
            }
            await child.WaitForExitAsync(cancellationToken);
            if (child.ExitCode != 0 || result is null || firstWallMs is null)
                throw new InvalidOperationException($"The probe process failed (exit code {child.ExitCode}); see its output above.");
            rows.Add([run + 1, firstWallMs, result.OpenMs, result.FirstAnswerMs, result.FirstAbstained ? "not found" : "answered",
                result.Answered, result.AnswerP50Ms, result.AnswerP99Ms, result.PeakRssMb]);
            Progress.Note($"cold run {run + 1}: first answer {firstWallMs:0} ms after process start; peak RSS {result.PeakRssMb:0} MB");
        }

        var setup = new Dictionary<string, string>(MachineInfo.Describe())
        {
            ["index"] = indexPath is null ? $"scale corpus, {passages:N0} passages, built for this run" : indexPath,
            ["index MB"] = QueryBench.IndexSizeMb(index).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            ["first answer"] = "wall time from starting `newsbot bench cold-probe` to its first extractive answer (AnswerService.AskAsync), .NET start-up included",
            ["then"] = $"{more} more questions answered in the same process; peak RSS = VmHWM of that process",
            ["questions"] = "RealTimeQA quiz questions (shuffled, seed 42), a different first question per run",
        };
        return new Report("Cold start and memory", setup,
        [
            new ReportTable("Fresh process on an existing index",
                ["run", "first answer ms (from process start)", "open index ms", "first answer ms (after open)", "first reply", "more answers", "answer p50 ms", "answer p99 ms", "peak RSS MB"], rows),
        ]);
    }
}
