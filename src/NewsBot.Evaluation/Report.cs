namespace NewsBot.Evaluation;

/// <summary>What an eval or bench run measured: its name, how it was set up (corpus, questions, machine), and tables.</summary>
internal sealed record Report(string Name, IReadOnlyDictionary<string, string> Setup, IReadOnlyList<ReportTable> Tables);
