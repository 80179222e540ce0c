using System.CommandLine;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Host.Cli;

/// <summary>Options shared by the <c>eval</c> datasets: output, a question cap for quick runs, and core setting overrides.</summary>
internal sealed class EvalOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Print the report as JSON on stdout (the table goes to stderr)" };

    public Option<int?> MaxQuestions { get; } = new("--max-questions") { Description = "Ask only N questions, spread evenly over the dataset (quick runs while tuning)" };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a core setting for this run, e.g. --set Answering:TopK=8 (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Misses { get; } = new("--misses") { Description = "Write the questions retrieval missed at 5 (eval chat: the wrong replies), with the top hits, to this JSON Lines file" };

    public Option<string> Half { get; } = new("--half")
    {
        Description = "Ask only the questions of one half of the file: train (even-numbered articles/records, where the answer model is tuned) or test (odd-numbered, where quality is reported)",
        DefaultValueFactory = _ => "all",
    };

    public Option<bool> NoAnswers { get; } = new("--retrieval-only") { Description = "Skip the extractive answers (SQuAD: retrieval figures only)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(MaxQuestions);
        command.Options.Add(Set);
        command.Options.Add(Misses);
        Half.AcceptOnlyFromAmong("all", "train", "test");
        command.Options.Add(Half);
    }

    public EvalSettings Settings(ParseResult parse) => new(
        MaxQuestions: parse.GetValue(MaxQuestions),
        Extractive: !parse.GetValue(NoAnswers),
        Overrides: ParseSettings(parse.GetValue(Set) ?? []),
        MissesPath: parse.GetValue(Misses),
        Half: parse.GetValue(Half) switch { "train" => DatasetHalf.Train, "test" => DatasetHalf.Test, _ => DatasetHalf.All });

    public void Print(ParseResult parse, Report report) => ReportWriter.Print(report, parse.GetValue(Json));

    public static IReadOnlyDictionary<string, string?> ParseSettings(IEnumerable<string> pairs)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Trim().Length == 0)
                throw new FormatException($"--set takes Key=Value (e.g. Answering:TopK=8), not '{pair}'.");
            settings[parts[0].Trim()] = parts[1].Trim();
        }
        return settings;
    }
}
