using NewsBot.Core.Index;

namespace NewsBot.Core.Ingest;

/// <summary>Counts one ingest run as it goes and becomes its <see cref="IngestReport"/>. Used by one thread at a time.</summary>
internal sealed class IngestTally
{
    private readonly List<string> _duplicates = [];
    private readonly List<IngestProblem> _problems = [];
    private readonly HashSet<string> _unreadIds = new(StringComparer.Ordinal);
    private readonly List<string> _unreadPrefixes = [];
    private readonly HashSet<string> _keptOrigins = new(StringComparer.Ordinal);
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
    /// Marks ids whose files exist but could not be read this time (the id, and ids under it as a prefix),
    /// so a folder sync does not mistake them for deleted files.
    /// </summary>
    public void NotRead(string defaultId)
    {
        _unreadIds.Add(defaultId);
        _unreadPrefixes.Add(defaultId.Length == 0 ? "" : defaultId + "/");
    }

    /// <summary>
    /// Marks a file that failed to read or had a bad record: every article stored from it stays in a folder sync,
    /// whatever its id (a front-matter id, a JSON record id, a feed item's slug), until the file reads cleanly again.
    /// </summary>
    public void KeepFromOrigin(string? origin)
    {
        if (IndexBatch.NormaliseOrigin(origin) is { } file)
            _keptOrigins.Add(file);
    }

    public bool IsKept(string origin) => _keptOrigins.Contains(origin);

    public bool WasNotRead(string articleId)
    {
        if (_unreadIds.Contains(articleId))
            return true;
        foreach (var prefix in _unreadPrefixes)
        {
            if (articleId.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public IngestReport ToReport() =>
        new(_added, _updated, _unchanged, _removed, [.. _duplicates], [.. _problems], _skipped, _files, _passages);
}
