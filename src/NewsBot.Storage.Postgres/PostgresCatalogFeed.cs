using NewsBot.Core.Index;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The catalog feed over PostgreSQL: a point of the change log is a <c>changes.seq</c>. Writes are committed one at a
/// time in <c>seq</c> order (the writer lock), so a host that has applied up to a point has seen every write before it.
/// </summary>
internal sealed class PostgresCatalogFeed(NpgsqlDataSource source) : ICatalogFeed
{
    private long? _catalogId;

    public long CatalogId => _catalogId ??= PostgresFailure.Guard(() => Scalar("SELECT value FROM catalog_meta WHERE name = 'catalog_id'"));

    public CatalogPoint Latest() => PostgresFailure.Guard(() =>
    {
        using var command = source.CreateCommand(
            "SELECT coalesce((SELECT max(seq) FROM changes), 0), coalesce((SELECT max(key) FROM passages), 0)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new CatalogPoint(reader.GetInt64(0), reader.GetInt64(1));
    });

    public long PassageCount() => PostgresFailure.Guard(() => Scalar("SELECT count(*) FROM passages"));

    public IReadOnlyList<long> ChangedSince(long after, long upTo) => PostgresFailure.Guard(() =>
    {
        using var command = source.CreateCommand(
            "SELECT DISTINCT unnest(changed_passages) FROM changes WHERE seq > @after AND seq <= @upTo");
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("upTo", upTo);
        var keys = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys.Add(reader.GetInt64(0));
        return keys;
    });

    public IReadOnlyList<FeedPassage> Passages(IReadOnlyList<long> keys) => PostgresFailure.Guard(() =>
    {
        if (keys.Count == 0)
            return [];
        using var command = source.CreateCommand("""
            SELECT p.key, a.title, p.text FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key = ANY(@keys) ORDER BY p.key
            """);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return CatalogRows.FeedPassages(command, keys.Count);
    });

    public IReadOnlyList<FeedPassage> PassagesAfter(long afterKey, long upToKey, int max) => PostgresFailure.Guard(() =>
    {
        using var command = source.CreateCommand("""
            SELECT p.key, a.title, p.text FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key > @after AND p.key <= @upTo ORDER BY p.key LIMIT @max
            """);
        command.Parameters.AddWithValue("after", afterKey);
        command.Parameters.AddWithValue("upTo", upToKey);
        command.Parameters.AddWithValue("max", max);
        return CatalogRows.FeedPassages(command, max);
    });

    /// <summary>
    /// Keeps the changes: other hosts, and a host started later, still read them (a new index is built from the
    /// passages, so what every index has taken in could be pruned; not done yet).
    /// </summary>
    public void Forget(long upTo)
    {
    }

    private long Scalar(string sql)
    {
        using var command = source.CreateCommand(sql);
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
