using System.CommandLine;
using System.Globalization;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Bench;

namespace NewsBot.Host.Cli;

/// <summary>Options the <c>bench</c> subcommands share: where the datasets are, sizes, load shape, JSON output.</summary>
internal sealed class BenchOptions
{
    public Option<string> Datasets { get; } = new("--datasets")
    {
        Description = "Folder holding bbc_news_fulltext, realtimeqa_gcs_2022 and realtimeqa",
        DefaultValueFactory = _ => BenchPaths.DefaultDatasets,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the report as JSON on stdout (the table goes to stderr)" };

    public Option<string> Passages { get; } = new("--passages")
    {
        Description = "Index sizes in passages, comma-separated (10k, 1M accepted)",
        DefaultValueFactory = _ => "10000,100000,1000000",
    };

    public Option<int> Threads { get; } = new("--threads") { Description = "Concurrent callers for throughput", DefaultValueFactory = _ => 2 };

    public Option<int> Queries { get; } = new("--queries") { Description = "Most questions per measured phase", DefaultValueFactory = _ => 1000 };

    public Option<int> Seconds { get; } = new("--seconds") { Description = "Time budget per measured phase", DefaultValueFactory = _ => 60 };

    public Option<int> WarmUp { get; } = new("--warmup") { Description = "Questions asked before measuring", DefaultValueFactory = _ => 100 };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a core setting for this run, e.g. --set Index:Search:RowBudget=2000 (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public BenchPaths Paths(ParseResult parse) => new(parse.GetValue(Datasets) ?? BenchPaths.DefaultDatasets);

    public QueryLoad Load(ParseResult parse, IReadOnlyList<string> questions) =>
        new(questions, parse.GetValue(WarmUp), parse.GetValue(Queries), TimeSpan.FromSeconds(parse.GetValue(Seconds)));

    public void Print(ParseResult parse, Report report) => ReportWriter.Print(report, parse.GetValue(Json));

    /// <summary>"10000,100k,1M" → 10,000, 100,000, 1,000,000.</summary>
    public static IReadOnlyList<long> ParseSizes(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseSize)];

    private static long ParseSize(string size)
    {
        var (digits, factor) = char.ToLowerInvariant(size[^1]) switch
        {
            'k' => (size[..^1], 1_000L),
            'm' => (size[..^1], 1_000_000L),
            _ => (size, 1L),
        };
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? (long)(value * factor)
            : throw new FormatException($"'{size}' is not a passage count (e.g. 10000, 100k, 1M).");
    }
}
