using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Index;

/// <summary>A passage as the Lucene index needs it: its catalog key, its article's title and its text.</summary>
internal readonly record struct FeedPassage(long Key, string Title, string Text);

/// <summary>The catalog at one moment: the newest point of its change log and the highest passage key it holds (0 when none).</summary>
internal readonly record struct CatalogPoint(long Change, long MaxKey);

/// <summary>
/// What the derived passage index reads from the catalog (the system of record): which passages were re-titled or
/// removed since a point of its change log, which were added (keys above the highest it holds: keys are never handed
/// out twice), and their current title and text. The one seam between the index and the catalog's store.
/// </summary>
internal interface ICatalogFeed
{
    /// <summary>A value fixed when the catalog was created: an index built from another catalog must be rebuilt.</summary>
    long CatalogId { get; }

    /// <summary>The newest point of the change log (0 when nothing was ever written) and the highest passage key, read together.</summary>
    CatalogPoint Latest();

    /// <summary>The distinct passage keys re-titled or removed after <paramref name="after"/> up to <paramref name="upTo"/>.</summary>
    IReadOnlyList<long> ChangedSince(long after, long upTo);

    /// <summary>The passages among <paramref name="keys"/> that exist now (a key not returned was removed).</summary>
    IReadOnlyList<FeedPassage> Passages(IReadOnlyList<long> keys);

    /// <summary>At most <paramref name="max"/> passages with keys above <paramref name="afterKey"/> up to <paramref name="upToKey"/>, in key order.</summary>
    IReadOnlyList<FeedPassage> PassagesAfter(long afterKey, long upToKey, int max);

    /// <summary>How many passages the catalog holds.</summary>
    long PassageCount();

    /// <summary>
    /// Forgets the changes up to <paramref name="upTo"/> (the index has them committed; a new index is built from the
    /// passages), when the catalog is free to write now; otherwise a later call does it.
    /// </summary>
    void Forget(long upTo);

    /// <summary>
    /// Whether the change log still holds every change after <paramref name="after"/>: false when a shared catalog pruned
    /// changes an index away that long has not taken in, which must then be built again from the passages.
    /// </summary>
    bool Covers(long after);
}

/// <summary>The catalog feed of the SQLite catalog (<c>passages</c>, <c>articles</c> and the <c>passage_log</c> change log).</summary>
internal sealed class SqliteCatalogFeed(IndexConnections connections) : ICatalogFeed
{
    private long? _catalogId;

    public long CatalogId => _catalogId ??= Scalar("SELECT value FROM index_stats WHERE name = 'catalog_id'");

    public CatalogPoint Latest()
    {
        using var lease = connections.RentReader();
        using var command = lease.Connection.CreateCommand();
        // One statement, one snapshot. AUTOINCREMENT keeps the last point handed out in sqlite_sequence, so it survives Forget.
        command.CommandText = """
            SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'passage_log'), 0), coalesce((SELECT max(key) FROM passages), 0)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new CatalogPoint(reader.GetInt64(0), reader.GetInt64(1));
    }

    public long PassageCount() => Scalar("SELECT count(*) FROM passages");

    public IReadOnlyList<long> ChangedSince(long after, long upTo)
    {
        using var lease = connections.RentReader();
        using var command = lease.Connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT passage_key FROM passage_log WHERE seq > $a AND seq <= $b";
        command.Parameters.AddWithValue("$a", after);
        command.Parameters.AddWithValue("$b", upTo);
        var keys = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys.Add(reader.GetInt64(0));
        return keys;
    }

    public IReadOnlyList<FeedPassage> Passages(IReadOnlyList<long> keys)
    {
        if (keys.Count == 0)
            return [];
        using var lease = connections.RentReader();
        using var command = lease.Connection.CreateCommand();
        command.CommandText = """
            SELECT p.key, a.title, p.text FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key IN (SELECT value FROM json_each($keys)) ORDER BY p.key
            """;
        command.Parameters.AddWithValue("$keys", "[" + string.Join(',', keys) + "]");
        return CatalogRows.FeedPassages(command, keys.Count);
    }

    public IReadOnlyList<FeedPassage> PassagesAfter(long afterKey, long upToKey, int max)
    {
        using var lease = connections.RentReader();
        using var command = lease.Connection.CreateCommand();
        // A short read per chunk, not one scan: a read transaction held open for a bulk load's length keeps the
        // write-ahead log from being checkpointed meanwhile (it grows by everything written).
        command.CommandText = """
            SELECT p.key, a.title, p.text FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key > $a AND p.key <= $b ORDER BY p.key LIMIT $n
            """;
        command.Parameters.AddWithValue("$a", afterKey);
        command.Parameters.AddWithValue("$b", upToKey);
        command.Parameters.AddWithValue("$n", max);
        return CatalogRows.FeedPassages(command, max);
    }

    /// <summary>Always: this catalog's one index is the only one that forgets changes, and only those it has committed.</summary>
    public bool Covers(long after) => true;

    public void Forget(long upTo)
    {
        // Never wait for an ingest's open batch: the index goes on taking in its earlier batches meanwhile.
        if (connections.TryEnterWriter() is not { } lease)
            return;
        using (lease)
        {
            using var command = lease.Connection.CreateCommand();
            command.CommandText = "DELETE FROM passage_log WHERE seq <= $s";
            command.Parameters.AddWithValue("$s", upTo);
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
            {
                // Another process is writing (SQLITE_BUSY / LOCKED): the next catch-up forgets these too.
            }
        }
    }

    private long Scalar(string sql)
    {
        using var lease = connections.RentReader();
        using var command = lease.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
