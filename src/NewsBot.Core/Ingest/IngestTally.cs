using NewsBot.Core.Index;

namespace NewsBot.Core.Ingest;

/// <summary>Counts one ingest run as it goes and becomes its <see cref="IngestReport"/>. Used by one thread at a time.</summary>
internal sealed class IngestTally
{
    private readonly List<string> _duplicates = [];
    private readonly List<IngestProblem> _problems = [];
    private readonly HashSet<string> _keptFiles = new(StringComparer.Ordinal);
    private readonly List<string> _keptFolders = [];
    private int _added, _updated, _unchanged, _removed, _skipped, _files, _passages;

    public int ProblemCount => _problems.Count;

    public void Problem(string location, string reason) => _problems.Add(new IngestProblem(location, reason));

    public void Skip() => _skipped++;

    public void FileRead() => _files++;

    public void Duplicate(string description) => _duplicates.Add(description);

    public void Removed(int count) => _removed += count;

    public void Stored(StoreOutcome outcome, string articleId, int passages)
    {
        switch (outcome.Kind)
        {
            case StoreKind.Added:
                _added++;
                _passages += passages;
                break;
            case StoreKind.Updated:
                _updated++;
                _passages += passages;
                break;
            case StoreKind.Unchanged:
                _unchanged++;
                break;
            case StoreKind.Duplicate:
                _duplicates.Add($"{articleId} (same text as {outcome.DuplicateOf})");
                break;
        }
    }

    /// <summary>
    /// Marks a file that failed to read or had a bad record: every article stored from it stays in a folder sync,
    /// whatever its id (a front-matter id, a JSON record id, a feed item's slug), until the file reads cleanly again.
    /// </summary>
    public void KeepFromOrigin(string? origin)
    {
        if (IndexBatch.NormaliseOrigin(origin) is { } file)
            _keptFiles.Add(file);
    }

    /// <summary>Marks a folder that could not be listed: every article stored from a file under it stays in a folder sync.</summary>
    public void KeepUnder(string folder) => _keptFolders.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar);

    /// <summary>True when a sync must keep the article stored from <paramref name="origin"/> although this run did not see it.</summary>
    public bool IsKept(string origin) =>
        _keptFiles.Contains(origin) || _keptFolders.Exists(folder => origin.StartsWith(folder, StringComparison.Ordinal));

    public IngestReport ToReport() =>
        new(_added, _updated, _unchanged, _removed, [.. _duplicates], [.. _problems], _skipped, _files, _passages);
}
