namespace NewsBot.Core.Index;

/// <summary>Where the catalog is kept (setting <c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file beside the Lucene index (<c>Index:Path</c>): one host, nothing else to run. The default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database several hosts share (<c>Storage:ConnectionString</c>); each keeps its own Lucene index.</summary>
    Postgres,
}
