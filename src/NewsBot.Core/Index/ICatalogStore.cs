namespace NewsBot.Core.Index;

/// <summary>
/// Where the catalog (the system of record) is kept: the SQLite file of one host (<see cref="SqliteCatalogStore"/>) or a
/// database several hosts share (NewsBot.Storage.Postgres). <see cref="PassageIndex"/> reads and writes it through this
/// seam only; the Lucene index beside it is always local and fed through <see cref="Feed"/>.
/// </summary>
internal interface ICatalogStore : IDisposable
{
    /// <summary>Where it is, for the log (never a password or a connection string).</summary>
    string Description { get; }

    /// <summary>What the derived Lucene index reads.</summary>
    ICatalogFeed Feed { get; }

    /// <summary>Listing and lookup of articles.</summary>
    IArticleCatalog Articles { get; }

    /// <summary>What a search reads: the candidate passages and the length totals.</summary>
    ICatalogPassages Passages { get; }

    /// <summary>Starts a write transaction; the store lets one writer in at a time and the caller waits for its turn.</summary>
    ICatalogWrites BeginWrites();
}
