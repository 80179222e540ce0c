using System.Text.Json;
using NewsBot.Evaluation.Datasets;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// Real news questions for the speed benchmarks: every RealTimeQA quiz question (2020–2026, all files under the
/// folder), deduplicated, in a fixed shuffled order so that each run asks the same questions in the same order.
/// </summary>
internal static class BenchQuestions
{
    public const int Seed = 42;

    public static IReadOnlyList<string> Load(string realtimeQaFolder)
    {
        var questions = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(DatasetFile.RequireFolder(realtimeQaFolder), "*_qa.jsonl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var line in DatasetFile.Lines(file))
            {
                using var row = JsonDocument.Parse(line);
                if (row.RootElement.TryGetProperty("question_sentence", out var q) && q.GetString() is { Length: > 0 } text)
                    questions.Add(text.Trim());
            }
        }
        var ordered = questions.Order(StringComparer.Ordinal).ToArray();
        new Random(Seed).Shuffle(ordered);
        return ordered;
    }
}
