using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>A write transaction on the SQLite catalog: the writer connection's lease, its transaction and its statements.</summary>
internal sealed class SqliteCatalogWrites : ICatalogWrites
{
    private readonly IndexConnections.WriterLease _lease;
    private readonly SqliteTransaction _tx;
    private readonly IndexWriteCommands _commands;

    public SqliteCatalogWrites(IndexConnections connections)
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

    public StoredArticle? FindById(string id) => _commands.FindById(id);

    public (long Key, string Id)? CanonicalWithTextHash(string textHash, string exceptId) => _commands.CanonicalWithTextHash(textHash, exceptId);

    public void ReleasePassages(long key) => _commands.ReleasePassages(key);

    public void SetOrigin(long key, string? origin) => _commands.SetOrigin(key, origin);

    public long InsertArticle(Article article, string contentHash, string textHash, string? origin, long? canonicalKey) =>
        _commands.InsertArticle(article, contentHash, textHash, origin, canonicalKey);

    public void UpdateArticle(long key, Article article, string contentHash, string textHash, string? origin, long? canonicalKey) =>
        _commands.UpdateArticle(key, article, contentHash, textHash, origin, canonicalKey);

    public void DeleteArticle(long key) => _commands.DeleteArticle(key);

    public void DeletePassages(long articleKey) => _commands.DeletePassages(articleKey);

    public void InsertPassage(long articleKey, string title, Passage passage) => _commands.InsertPassage(articleKey, title, passage);

    public void Commit()
    {
        _commands.SaveStatistics();
        _tx.Commit();
    }

    public void Dispose()
    {
        _commands.Dispose();
        _tx.Dispose();
        _lease.Dispose();
    }
}
