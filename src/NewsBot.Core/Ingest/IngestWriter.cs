using NewsBot.Core.Index;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Stores what the readers produced, in input order, in index batches of <c>batchSize</c> articles (one commit per
/// batch, not per article), and counts it. Remembers every id of the run: the same id read again with the same text
/// is a duplicate, with other text a problem (the first one is kept). Disposing without <see cref="Commit"/> rolls
/// back the open batch.
/// </summary>
internal sealed class IngestWriter(PassageIndex index, IngestTally tally, int batchSize) : IDisposable
{
    private readonly Dictionary<string, (string Location, string TextHash)> _seen = new(StringComparer.Ordinal);
    private IndexBatch? _batch;
    private int _inBatch;

    /// <summary>Ids read in this run (whatever became of them): a folder sync keeps these.</summary>
    public bool WasSeen(string articleId) => _seen.ContainsKey(articleId);

    public void Write(ReadInput item)
    {
        tally.FileRead();
        foreach (var reason in item.Problems)
            tally.Problem(item.Input.Location, reason);
        if (item.Failed || item.Problems.Count > 0)
            tally.KeepFromOrigin(item.Input.Origin);
        foreach (var prepared in item.Articles)
            Write(item.Input, prepared);
    }

    /// <summary>
    /// Commits everything written so far to the catalog; the passage index takes it in on its own thread while the next
    /// batch is written (<see cref="Finish"/> waits until it is searchable).
    /// </summary>
    public void Commit()
    {
        _batch?.CommitInBackground();
        _batch = null;
        _inBatch = 0;
    }

    /// <summary>Commits, then waits until everything written is searchable.</summary>
    public void Finish()
    {
        Commit();
        index.WaitUntilSearchable();
    }

    public void Dispose()
    {
        _batch?.Dispose();
        _batch = null;
    }

    private void Write(IngestInput input, PreparedArticle prepared)
    {
        var id = prepared.Article.Id;
        if (_seen.TryGetValue(id, out var first))
        {
            if (first.TextHash == prepared.TextHash)
                tally.Duplicate($"{id} (read again from {input.Location})");
            else
                tally.Problem(input.Location, $"id '{id}' is already used by {first.Location} in this ingest; kept that one");
            return;
        }
        _seen[id] = (input.Location, prepared.TextHash);
        _batch ??= index.BeginBatch();
        var outcome = _batch.Store(prepared.Article, prepared.Passages, input.Origin, prepared.TextHash);
        if (outcome.Kind == StoreKind.Conflict)
            tally.Problem(input.Location,
                $"id '{id}' is already used by {outcome.ConflictsWith}; kept that one (give this article an id of its own, e.g. 'id:' in front matter)");
        tally.Stored(outcome, id, prepared.Passages.Count);
        if (++_inBatch >= batchSize)
            Commit();
    }
}
