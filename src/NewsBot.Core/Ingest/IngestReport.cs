namespace NewsBot.Core.Ingest;

/// <summary>What one ingest run did; every input is counted once.</summary>
public sealed record IngestReport(
    int Added,
    int Updated,
    int Unchanged,
    int Removed,
    IReadOnlyList<string> Duplicates,
    IReadOnlyList<IngestProblem> Problems);
