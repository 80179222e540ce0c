using NewsBot.Core.Index;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The catalog feed over PostgreSQL: a point of the change log is a <c>changes.seq</c>. Writes are committed one at a
/// time in <c>seq</c> order (the writer lock), so a host that has applied up to a point has seen every write before it.
/// </summary>
internal sealed class PostgresCatalogFeed(NpgsqlDataSource source) : ICatalogFeed
{
    /// <summary>A host not seen for this long no longer holds the log back (it builds its index again when it returns).</summary>
    public static readonly TimeSpan PositionsKept = TimeSpan.FromDays(7);

    /// <summary>A change is kept at least this long: longer than a host takes to build its index before it records a position.</summary>
    public static readonly TimeSpan ChangesKeptAtLeast = TimeSpan.FromHours(1);

    private readonly string _host = HostName.Unique();
    private readonly OncePerInterval _prune = new(TimeSpan.FromMinutes(1));
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
    /// Records how far this host's index has taken the log in, and, at most once a minute, deletes the changes every
    /// host seen within <see cref="PositionsKept"/> has taken in and that are older than <see cref="ChangesKeptAtLeast"/>
    /// (a host building its index meanwhile has not recorded a position yet). The newest change always stays, so the
    /// log's latest point never goes back. A host whose point fell out of the log builds its index again (<see cref="Covers"/>).
    /// </summary>
    public void Forget(long upTo) => PostgresFailure.Guard(() =>
    {
        using (var record = source.CreateCommand("""
            INSERT INTO feed_positions(host, seq, seen_at) VALUES(@host, @seq, now())
                ON CONFLICT (host) DO UPDATE SET seq = excluded.seq, seen_at = excluded.seen_at
            """))
        {
            record.Parameters.AddWithValue("host", _host);
            record.Parameters.AddWithValue("seq", upTo);
            record.ExecuteNonQuery();
        }
        if (!_prune.TryEnter())
            return 0;
        using var prune = source.CreateCommand("""
            DELETE FROM feed_positions WHERE seen_at < now() - @positions;
            DELETE FROM changes WHERE committed_at < now() - @changes
                AND seq < (SELECT max(seq) FROM changes)
                AND seq <= (SELECT min(seq) FROM feed_positions);
            """);
        prune.Parameters.AddWithValue("positions", PositionsKept);
        prune.Parameters.AddWithValue("changes", ChangesKeptAtLeast);
        return prune.ExecuteNonQuery();
    });

    public bool Covers(long after) => PostgresFailure.Guard(() =>
    {
        var oldest = Scalar("SELECT coalesce(min(seq), 0) FROM changes");
        return oldest == 0 || after >= oldest - 1;
    });

    private long Scalar(string sql)
    {
        using var command = source.CreateCommand(sql);
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
