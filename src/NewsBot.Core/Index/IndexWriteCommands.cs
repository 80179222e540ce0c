using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>The prepared, parameterised statements of one write transaction, reused for every article in it.</summary>
internal sealed class IndexWriteCommands(SqliteConnection connection, SqliteTransaction tx) : IDisposable
{
    private readonly List<SqliteCommand> _all = [];
    private SqliteCommand? _findById, _byTextHash, _setOrigin, _insertArticle, _updateArticle, _deleteArticle;
    private SqliteCommand? _deleteFts, _deletePassages, _insertPassage, _insertFts, _passageSizes, _addStat;

    // Keys are handed out here (the writer is the only one) rather than read back with RETURNING, which
    // costs a result set per row on the bulk path.
    private long _nextArticleKey = MaxKey(connection, tx, "articles");
    private long _nextPassageKey = MaxKey(connection, tx, "passages");

    /// <summary>Passages added minus removed in this transaction.</summary>
    public long PassageDelta { get; private set; }

    /// <summary>Passage characters added minus removed in this transaction.</summary>
    public long CharDelta { get; private set; }

    public (long Key, string ContentHash, string? Origin)? FindById(string id)
    {
        var command = Prepare(ref _findById, "SELECT key, content_hash, origin FROM articles WHERE id = $p0", 1);
        command.Parameters[0].Value = id;
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)) : null;
    }

    public string? IdWithTextHash(string textHash, string exceptId)
    {
        var command = Prepare(ref _byTextHash, "SELECT id FROM articles WHERE text_hash = $p0 AND id <> $p1 LIMIT 1", 2);
        command.Parameters[0].Value = textHash;
        command.Parameters[1].Value = exceptId;
        return command.ExecuteScalar() as string;
    }

    public void SetOrigin(long key, string? origin) =>
        Run(Prepare(ref _setOrigin, "UPDATE articles SET origin = $p1 WHERE key = $p0", 2), key, origin);

    public long InsertArticle(Article article, string contentHash, string textHash, string? origin)
    {
        var command = Prepare(ref _insertArticle, """
            INSERT INTO articles(id, id_folded, title, url, published, published_utc, source, content_hash, text_hash, origin, folded, key)
            VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)
            """, 12);
        Bind(command, article, contentHash, textHash, origin);
        var key = ++_nextArticleKey;
        command.Parameters[11].Value = key;
        command.ExecuteNonQuery();
        return key;
    }

    public void UpdateArticle(long key, Article article, string contentHash, string textHash, string? origin)
    {
        var command = Prepare(ref _updateArticle, """
            UPDATE articles SET id = $p0, id_folded = $p1, title = $p2, url = $p3, published = $p4, published_utc = $p5,
                source = $p6, content_hash = $p7, text_hash = $p8, origin = $p9, folded = $p10 WHERE key = $p11
            """, 12);
        Bind(command, article, contentHash, textHash, origin);
        command.Parameters[11].Value = key;
        command.ExecuteNonQuery();
    }

    public void DeleteArticle(long key) =>
        Run(Prepare(ref _deleteArticle, "DELETE FROM articles WHERE key = $p0", 1), key);

    public void DeletePassages(long articleKey)
    {
        var sizes = Prepare(ref _passageSizes, "SELECT count(*), coalesce(sum(end - start), 0) FROM passages WHERE article_key = $p0", 1);
        sizes.Parameters[0].Value = articleKey;
        using (var reader = sizes.ExecuteReader())
        {
            reader.Read();
            PassageDelta -= reader.GetInt64(0);
            CharDelta -= reader.GetInt64(1);
        }
        Run(Prepare(ref _deleteFts, "DELETE FROM passage_fts WHERE rowid IN (SELECT key FROM passages WHERE article_key = $p0)", 1), articleKey);
        Run(Prepare(ref _deletePassages, "DELETE FROM passages WHERE article_key = $p0", 1), articleKey);
    }

    public void InsertPassage(long articleKey, string title, Passage passage)
    {
        var key = ++_nextPassageKey;
        Run(Prepare(ref _insertPassage, "INSERT INTO passages(key, article_key, ordinal, start, end, text) VALUES($p0, $p1, $p2, $p3, $p4, $p5)", 6),
            key, articleKey, passage.Ordinal, passage.Start, passage.End, passage.Text);
        Run(Prepare(ref _insertFts, "INSERT INTO passage_fts(rowid, title, body) VALUES($p0, $p1, $p2)", 3), key, title, passage.Text);
        PassageDelta++;
        CharDelta += passage.Text.Length;
    }

    /// <summary>Adds this transaction's deltas to the stored totals (call once, just before commit).</summary>
    public void SaveStatistics()
    {
        var add = Prepare(ref _addStat, "UPDATE index_stats SET value = value + $p1 WHERE name = $p0", 2);
        Run(add, "passages", PassageDelta);
        Run(add, "chars", CharDelta);
        PassageDelta = CharDelta = 0;
    }

    public void Dispose()
    {
        foreach (var command in _all)
            command.Dispose();
    }

    private static void Bind(SqliteCommand command, Article article, string contentHash, string textHash, string? origin)
    {
        var p = command.Parameters;
        p[0].Value = article.Id;
        p[1].Value = article.Id.ToLowerInvariant();
        p[2].Value = article.Title;
        p[3].Value = (object?)article.Url ?? DBNull.Value;
        p[4].Value = (object?)article.Published?.ToString("o") ?? DBNull.Value;
        p[5].Value = (object?)article.Published?.UtcTicks ?? DBNull.Value;
        p[6].Value = (object?)article.Source ?? DBNull.Value;
        p[7].Value = contentHash;
        p[8].Value = textHash;
        p[9].Value = (object?)origin ?? DBNull.Value;
        p[10].Value = ArticleCatalog.Folded(article.Id, article.Title, article.Source);
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static long MaxKey(SqliteConnection connection, SqliteTransaction tx, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT coalesce(max(key), 0) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private SqliteCommand Prepare(ref SqliteCommand? slot, string sql, int parameters)
    {
        if (slot is not null)
            return slot;
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        _all.Add(command);
        return slot = command;
    }
}
