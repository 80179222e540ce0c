namespace NewsBot.Core.Index;

/// <summary>The catalog in one SQLite file (WAL: one writer beside many readers), the embedded default.</summary>
internal sealed class SqliteCatalogStore : ICatalogStore
{
    private readonly IndexConnections _connections;

    /// <summary>Opens (creating when absent) the catalog file at <paramref name="path"/>.</summary>
    public SqliteCatalogStore(string path, TimeProvider time)
    {
        _connections = new IndexConnections(path);
        Description = Path.GetFullPath(path);
        Feed = new SqliteCatalogFeed(_connections);
        Articles = new ArticleCatalog(_connections, time);
        Passages = new SqliteCatalogPassages(_connections);
    }

    public string Description { get; }

    public ICatalogFeed Feed { get; }

    public IArticleCatalog Articles { get; }

    public ICatalogPassages Passages { get; }

    public ICatalogWrites BeginWrites() => new SqliteCatalogWrites(_connections);

    public void Dispose() => _connections.Dispose();
}
