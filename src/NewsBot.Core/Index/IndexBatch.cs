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
    private readonly ICatalogWrites _commands;
    private readonly LuceneIndex _lucene;
    private bool _done;

    internal IndexBatch(ICatalogWrites commands, LuceneIndex lucene)
    {
        _lucene = lucene;
        _commands = commands;
    }

    /// <summary>Stores one article (see <see cref="PassageIndex.Store"/>).</summary>
    public StoreOutcome Store(Article article, IReadOnlyList<Passage> passages, string? origin) =>
        Store(article, passages, origin, null);

    /// <summary>
    /// Stores one article whose <see cref="ContentHash.OfText"/> the caller already has (the ingester hashes on its
    /// reading thread, so the single writer thread does not hash the text again).
    /// </summary>
    internal StoreOutcome Store(Article article, IReadOnlyList<Passage> passages, string? origin, string? textHash)
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

        // [2] Another file, still there, holds this id (f1/a.txt and f2/a.txt are both "a"): a conflict to report,
        // not an update, or each folder's sync would overwrite the other's article in turn. A file that is gone
        // (moved or renamed folder) is updated as before.
        if (existing is { } owner && IsOtherLiveFile(owner.Origin, normalisedOrigin))
            return new StoreOutcome(StoreKind.Conflict, ConflictsWith: owner.Origin);

        // [3] An article giving up its passages: its text changed (an alias with the old text takes them over)
        // or only its other fields did (the passages are rewritten, its aliases stay).
        textHash ??= ContentHash.OfText(article.Text);
        if (existing is { IsAlias: false } holder)
        {
            if (holder.TextHash == textHash)
                _commands.DeletePassages(holder.Key);
            else
                _commands.ReleasePassages(holder.Key);
        }

        // [4] The same text under another id is stored once: this id becomes an alias row of that article.
        if (_commands.CanonicalWithTextHash(textHash, article.Id) is { } canonical)
        {
            if (existing is { } alias)
                _commands.UpdateArticle(alias.Key, article, contentHash, textHash, normalisedOrigin, canonical.Key);
            else
                _commands.InsertArticle(article, contentHash, textHash, normalisedOrigin, canonical.Key);
            return new StoreOutcome(StoreKind.Duplicate, canonical.Id);
        }

        // [5] Insert or replace, passages and their FTS rows together.
        long key;
        if (existing is { } old)
        {
            _commands.UpdateArticle(old.Key, article, contentHash, textHash, normalisedOrigin, null);
            key = old.Key;
        }
        else
        {
            key = _commands.InsertArticle(article, contentHash, textHash, normalisedOrigin, null);
        }
        foreach (var passage in passages)
            _commands.InsertPassage(key, article.Title, passage);
        return new StoreOutcome(existing is null ? StoreKind.Added : StoreKind.Updated);
    }

    /// <summary>
    /// Removes articles and their passages; returns how many existed. Removing an article that has aliases hands
    /// its passages to the oldest alias, so the aliases (whose files may well still be there) keep answering.
    /// </summary>
    public int Remove(IReadOnlyCollection<string> articleIds)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var removed = 0;
        foreach (var id in articleIds.Distinct(StringComparer.Ordinal))
        {
            if (_commands.FindById(id) is not { } found)
                continue;
            if (!found.IsAlias)
                _commands.ReleasePassages(found.Key);
            _commands.DeleteArticle(found.Key);
            removed++;
        }
        return removed;
    }

    /// <summary>
    /// Makes every change of the batch visible at once: committed to the catalog, then brought into the passage index
    /// (when this process holds its writer; otherwise the process that does picks it up within a poll).
    /// </summary>
    public void Commit()
    {
        CommitCatalog();
        _lucene.CatchUp();
    }

    /// <summary>
    /// Commits to the catalog and lets the passage index catch up on its own thread (a bulk ingest writes its next
    /// batch meanwhile); searches see the batch once it is indexed, or after <see cref="PassageIndex.WaitUntilSearchable"/>.
    /// </summary>
    public void CommitInBackground()
    {
        CommitCatalog();
        _lucene.RequestCatchUp();
    }

    private void CommitCatalog()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _commands.Commit();
        Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_done)
            return;
        _done = true;
        _commands.Dispose();
    }

    private static bool IsOtherLiveFile(string? stored, string? incoming) =>
        stored is not null && incoming is not null && stored != incoming && !IsUrl(stored) && !IsUrl(incoming) && File.Exists(stored);

    private static bool IsUrl(string origin) => origin.Contains("://", StringComparison.Ordinal);

    // File origins are compared by full path so a folder sync finds them however the folder was named.
    internal static string? NormaliseOrigin(string? origin) =>
        origin is null || IsUrl(origin) ? origin : Path.GetFullPath(origin);
}
