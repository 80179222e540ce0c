using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Index;

/// <summary>A passage as the Lucene index needs it: its catalog key, its article's title and its text.</summary>
internal readonly record struct FeedPassage(long Key, string Title, string Text);

/// <summary>
/// What the derived passage index reads from the catalog (the system of record): which passages changed since a
/// point of its change log, and their current title and text. The one seam between the index and the catalog's store.
/// </summary>
internal interface ICatalogFeed
{
    /// <summary>A value fixed when the catalog was created: an index built from another catalog must be rebuilt.</summary>
    long CatalogId { get; }

    /// <summary>The newest point of the change log (0 when nothing was ever written).</summary>
    long LatestChange();

    /// <summary>The distinct passage keys changed (added, re-titled or removed) after <paramref name="after"/> up to <paramref name="upTo"/>.</summary>
    IReadOnlyList<long> ChangedSince(long after, long upTo);

    /// <summary>The passages among <paramref name="keys"/> that exist now (a key not returned was removed).</summary>
    IReadOnlyList<FeedPassage> Passages(IReadOnlyList<long> keys);

    /// <summary>Every passage in key order, read in one consistent snapshot, with the change-log point it reflects.</summary>
    IEnumerable<FeedPassage> AllPassages(Action<long> atChange);

    /// <summary>How many passages the catalog holds.</summary>
    long PassageCount();

    /// <summary>
    /// Forgets the changes up to <paramref name="upTo"/> (the index has them committed; a new index is built from the
    /// passages), when the catalog is free to write now; otherwise a later call does it.
    /// </summary>
    void Forget(long upTo);
}

/// <summary>The catalog feed of the SQLite catalog (<c>passages</c>, <c>articles</c> and the <c>passage_log</c> change log).</summary>
internal sealed class SqliteCatalogFeed(IndexConnections connections) : ICatalogFeed
{
    private long? _catalogId;

    public long CatalogId => _catalogId ??= Scalar("SELECT value FROM index_stats WHERE name = 'catalog_id'");

    // AUTOINCREMENT keeps the last point handed out in sqlite_sequence, so it survives Forget.
    private const string LatestChangeSql = "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'passage_log'), 0)";

    public long LatestChange() => Scalar(LatestChangeSql);

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
        var passages = new List<FeedPassage>(keys.Count);
        if (keys.Count == 0)
            return passages;
        using var lease = connections.RentReader();
        using var command = lease.Connection.CreateCommand();
        command.CommandText = """
            SELECT p.key, a.title, p.text FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key IN (SELECT value FROM json_each($keys)) ORDER BY p.key
            """;
        command.Parameters.AddWithValue("$keys", "[" + string.Join(',', keys) + "]");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            passages.Add(new FeedPassage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return passages;
    }

    public IEnumerable<FeedPassage> AllPassages(Action<long> atChange)
    {
        using var lease = connections.RentReader();
        var connection = lease.Connection;
        // One read transaction: the log point and the rows are the same moment, however long the scan takes.
        using var tx = connection.BeginTransaction(deferred: true);
        using (var latest = connection.CreateCommand())
        {
            latest.Transaction = tx;
            latest.CommandText = LatestChangeSql;
            atChange((long)latest.ExecuteScalar()!);
        }
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT p.key, a.title, p.text FROM passages p JOIN articles a ON a.key = p.article_key ORDER BY p.key";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new FeedPassage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

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
