namespace NewsBot.Core.Ingest;

/// <summary>A file, feed or URL that could not be ingested, and why.</summary>
public sealed record IngestProblem(string Path, string Reason);
