namespace NewsBot.Core.Ingest;

/// <summary>What one ingest run did; every input is counted once.</summary>
/// <param name="Added">New articles stored.</param>
/// <param name="Updated">Articles whose changed content replaced their passages.</param>
/// <param name="Unchanged">Articles already stored with the same content (nothing written).</param>
/// <param name="Removed">Articles removed by a folder sync because their files are gone.</param>
/// <param name="Duplicates">Articles not stored because the same text is already stored, e.g. <c>b (same text as a)</c>.</param>
/// <param name="Problems">Files, URLs and records that could not be ingested, each with the reason.</param>
/// <param name="Skipped">Files left out on purpose while walking a folder: unknown extensions, README/LICENSE-style and hidden files.</param>
/// <param name="Files">Files and URLs read.</param>
/// <param name="Passages">Passages written (for added and updated articles).</param>
public sealed record IngestReport(
    int Added,
    int Updated,
    int Unchanged,
    int Removed,
    IReadOnlyList<string> Duplicates,
    IReadOnlyList<IngestProblem> Problems,
    int Skipped = 0,
    int Files = 0,
    int Passages = 0);
