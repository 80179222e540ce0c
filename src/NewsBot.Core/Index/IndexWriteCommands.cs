using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>The prepared, parameterised statements of one write transaction, reused for every article in it.</summary>
internal sealed class IndexWriteCommands(SqliteConnection connection, SqliteTransaction tx) : IDisposable
{
    private readonly List<SqliteCommand> _all = [];
    private SqliteCommand? _findById, _byTextHash, _setOrigin, _insertArticle, _updateArticle, _deleteArticle;
    private SqliteCommand? _logArticlePassages, _deletePassages, _insertPassage, _passageSizes, _addStat, _raiseStat;
    private SqliteCommand? _firstAlias, _movePassages, _repointAliases, _makeCanonical;

    // Keys are handed out here (the writer is the only one) rather than read back with RETURNING, which
    // costs a result set per row on the bulk path. A passage key is never handed out twice (the passage index takes
    // keys above its highest as new), so the highest ever used is kept beside the largest present.
    private long _nextArticleKey = MaxKey(connection, tx, "SELECT coalesce(max(key), 0) FROM articles");
    private long _nextPassageKey = MaxKey(connection, tx,
        "SELECT max(coalesce((SELECT max(key) FROM passages), 0), coalesce((SELECT value FROM index_stats WHERE name = 'passage_key'), 0))");

    /// <summary>Passages added minus removed in this transaction.</summary>
    public long PassageDelta { get; private set; }

    /// <summary>Passage characters added minus removed in this transaction.</summary>
    public long CharDelta { get; private set; }

    public StoredArticle? FindById(string id)
    {
        var command = Prepare(ref _findById, "SELECT key, content_hash, text_hash, origin, canonical_key FROM articles WHERE id = $p0", 1);
        command.Parameters[0].Value = id;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return CatalogRows.StoredArticle(reader);
    }

    /// <summary>The article (not an alias) holding this text under another id.</summary>
    public (long Key, string Id)? CanonicalWithTextHash(string textHash, string exceptId)
    {
        var command = Prepare(ref _byTextHash,
            "SELECT key, id FROM articles WHERE text_hash = $p0 AND canonical_key IS NULL AND id <> $p1 LIMIT 1", 2);
        command.Parameters[0].Value = textHash;
        command.Parameters[1].Value = exceptId;
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// Takes the passages away from an article whose text changes or which is removed: its oldest alias, which
    /// still has that text, becomes the article holding them (and the other aliases'); without aliases they go.
    /// </summary>
    public void ReleasePassages(long key)
    {
        var first = Prepare(ref _firstAlias, "SELECT min(key) FROM articles WHERE canonical_key = $p0", 1);
        first.Parameters[0].Value = key;
        if (first.ExecuteScalar() is not long alias)
        {
            DeletePassages(key);
            return;
        }
        Run(Prepare(ref _movePassages, "UPDATE passages SET article_key = $p1 WHERE article_key = $p0", 2), key, alias);
        Run(Prepare(ref _repointAliases, "UPDATE articles SET canonical_key = $p1 WHERE canonical_key = $p0 AND key <> $p1", 2), key, alias);
        Run(Prepare(ref _makeCanonical, "UPDATE articles SET canonical_key = NULL WHERE key = $p0", 1), alias);
        // The index holds the owning article's title with each passage; the promoted alias may be titled differently.
        LogArticlePassages(alias);
    }

    public void SetOrigin(long key, string? origin) =>
        Run(Prepare(ref _setOrigin, "UPDATE articles SET origin = $p1 WHERE key = $p0", 2), key, origin);

    public long InsertArticle(Article article, string contentHash, string textHash, string? origin, long? canonicalKey)
    {
        var command = Prepare(ref _insertArticle, """
            INSERT INTO articles(id, id_folded, title, url, published, published_utc, source, content_hash, text_hash, origin, folded, key, canonical_key)
            VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12)
            """, 13);
        Bind(command, article, contentHash, textHash, origin, canonicalKey);
        var key = ++_nextArticleKey;
        command.Parameters[11].Value = key;
        command.ExecuteNonQuery();
        return key;
    }

    public void UpdateArticle(long key, Article article, string contentHash, string textHash, string? origin, long? canonicalKey)
    {
        var command = Prepare(ref _updateArticle, """
            UPDATE articles SET id = $p0, id_folded = $p1, title = $p2, url = $p3, published = $p4, published_utc = $p5,
                source = $p6, content_hash = $p7, text_hash = $p8, origin = $p9, folded = $p10, canonical_key = $p12 WHERE key = $p11
            """, 13);
        Bind(command, article, contentHash, textHash, origin, canonicalKey);
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
        LogArticlePassages(articleKey);
        Run(Prepare(ref _deletePassages, "DELETE FROM passages WHERE article_key = $p0", 1), articleKey);
    }

    public void InsertPassage(long articleKey, string title, Passage passage)
    {
        var key = ++_nextPassageKey;
        Run(Prepare(ref _insertPassage, "INSERT INTO passages(key, article_key, ordinal, start, end, text) VALUES($p0, $p1, $p2, $p3, $p4, $p5)", 6),
            key, articleKey, passage.Ordinal, passage.Start, passage.End, passage.Text);
        PassageDelta++;
        CharDelta += passage.Text.Length;
    }

    /// <summary>Tells the passage index that every passage of an article changes (re-titled or removed).</summary>
    private void LogArticlePassages(long articleKey) =>
        Run(Prepare(ref _logArticlePassages, "INSERT INTO passage_log(passage_key) SELECT key FROM passages WHERE article_key = $p0", 1), articleKey);

    /// <summary>Adds this transaction's deltas to the stored totals and records the highest passage key (call once, just before commit).</summary>
    public void SaveStatistics()
    {
        var add = Prepare(ref _addStat, "UPDATE index_stats SET value = value + $p1 WHERE name = $p0", 2);
        Run(add, "passages", PassageDelta);
        Run(add, "chars", CharDelta);
        Run(Prepare(ref _raiseStat, "UPDATE index_stats SET value = max(value, $p1) WHERE name = $p0", 2), "passage_key", _nextPassageKey);
        PassageDelta = CharDelta = 0;
    }

    public void Dispose()
    {
        foreach (var command in _all)
            command.Dispose();
    }

    private static void Bind(SqliteCommand command, Article article, string contentHash, string textHash, string? origin, long? canonicalKey)
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
        p[12].Value = (object?)canonicalKey ?? DBNull.Value;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static long MaxKey(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
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
