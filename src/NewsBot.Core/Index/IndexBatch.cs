using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// Many stores and removals in one write transaction (the fast path for bulk ingest). Holds the index's
/// write lock until disposed; nothing is visible to readers before <see cref="Commit"/>, and disposing
/// without committing rolls everything back.
/// </summary>
public sealed class IndexBatch : IDisposable
{
    private readonly IndexConnections.WriterLease _lease;
    private readonly SqliteTransaction _tx;
    private readonly IndexWriteCommands _commands;
    private bool _done;

    internal IndexBatch(IndexConnections connections)
    {
        _lease = connections.EnterWriter();
        try
        {
            _tx = _lease.Connection.BeginTransaction(deferred: false);
            _commands = new IndexWriteCommands(_lease.Connection, _tx);
        }
        catch
        {
            _lease.Dispose();
            throw;
        }
    }

    /// <summary>Stores one article (see <see cref="PassageIndex.Store"/>).</summary>
    public StoreOutcome Store(Article article, IReadOnlyList<Passage> passages, string? origin)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(passages);
        var normalisedOrigin = NormaliseOrigin(origin);
        var contentHash = ContentHash.OfArticle(article);

        // [1] Same id, same content: nothing to write (except a moved file's origin).
        var existing = _commands.FindById(article.Id);
        if (existing is { } found && found.ContentHash == contentHash)
        {
            if (found.Origin != normalisedOrigin)
                _commands.SetOrigin(found.Key, normalisedOrigin);
            return new StoreOutcome(StoreKind.Unchanged);
        }

        // [2] The same text under another id is stored once.
        var textHash = ContentHash.OfText(article.Text);
        var duplicateOf = _commands.IdWithTextHash(textHash, article.Id);
        if (duplicateOf is not null)
            return new StoreOutcome(StoreKind.Duplicate, duplicateOf);

        // [3] Insert or replace, passages and their FTS rows together.
        long key;
        if (existing is { } old)
        {
            _commands.DeletePassages(old.Key);
            _commands.UpdateArticle(old.Key, article, contentHash, textHash, normalisedOrigin);
            key = old.Key;
        }
        else
        {
            key = _commands.InsertArticle(article, contentHash, textHash, normalisedOrigin);
        }
        foreach (var passage in passages)
            _commands.InsertPassage(key, article.Title, passage);
        return new StoreOutcome(existing is null ? StoreKind.Added : StoreKind.Updated);
    }

    /// <summary>Removes articles and their passages; returns how many existed.</summary>
    public int Remove(IReadOnlyCollection<string> articleIds)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var removed = 0;
        foreach (var id in articleIds.Distinct(StringComparer.Ordinal))
        {
            if (_commands.FindById(id) is not { } found)
                continue;
            _commands.DeletePassages(found.Key);
            _commands.DeleteArticle(found.Key);
            removed++;
        }
        return removed;
    }

    /// <summary>Makes every change of the batch visible at once.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _commands.SaveStatistics();
        _tx.Commit();
        Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_done)
            return;
        _done = true;
        _commands.Dispose();
        _tx.Dispose();
        _lease.Dispose();
    }

    // File origins are compared by full path so a folder sync finds them however the folder was named.
    internal static string? NormaliseOrigin(string? origin) =>
        origin is null || origin.Contains("://", StringComparison.Ordinal) ? origin : Path.GetFullPath(origin);
}
