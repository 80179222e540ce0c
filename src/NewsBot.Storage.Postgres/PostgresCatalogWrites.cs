using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using System.Diagnostics.CodeAnalysis;
using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// One write transaction on the PostgreSQL catalog, the statements <see cref="IndexBatch"/> decides with (the same as
/// the SQLite catalog's <c>IndexWriteCommands</c>). It takes the writer lock first, so one write runs at a time across
/// every host and keys are handed out here without a race; at commit it appends one <c>changes</c> row (the passages
/// re-titled or removed, and the highest key handed out) in the same transaction as the articles and passages.
/// </summary>
internal sealed class PostgresCatalogWrites : ICatalogWrites
{
    private const int PassageChunk = 1_000;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _tx;
    private readonly WriteCounter _writes;
    private readonly List<long> _changedPassages = [];
    private readonly List<(long Key, long ArticleKey, Passage Passage)> _pendingPassages = [];
    private long _nextArticleKey;
    private long _nextPassageKey;
    private long _passageDelta;
    private long _charDelta;
    private bool _written;

    public PostgresCatalogWrites(NpgsqlDataSource source, WriteCounter writes)
    {
        _writes = writes;
        _connection = source.OpenConnection();
        try
        {
            _tx = _connection.BeginTransaction();
            // Held until commit or rollback (or the connection's end, should this host die): the one writer.
            Execute("SELECT pg_advisory_xact_lock(@p0)", PostgresCatalogStore.WriterLock);
            _nextArticleKey = Scalar("SELECT coalesce(max(key), 0) FROM articles");
            // A passage key is never handed out twice (each Lucene index takes keys above its highest as new).
            _nextPassageKey = Scalar("SELECT greatest((SELECT coalesce(max(key), 0) FROM passages), (SELECT value FROM catalog_meta WHERE name = 'passage_key'))");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public StoredArticle? FindById(string id)
    {
        Flush();
        using var command = Command("SELECT key, content_hash, text_hash, origin, canonical_key FROM articles WHERE id = @p0", Storable(id));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return CatalogRows.StoredArticle(reader);
    }

    public (long Key, string Id)? CanonicalWithTextHash(string textHash, string exceptId)
    {
        Flush();
        using var command = Command("SELECT key, id FROM articles WHERE text_hash = @p0 AND canonical_key IS NULL AND id <> @p1 LIMIT 1", textHash, Storable(exceptId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public void ReleasePassages(long key)
    {
        Flush();
        long? alias;
        using (var first = Command("SELECT min(key) FROM articles WHERE canonical_key = @p0", key))
            alias = first.ExecuteScalar() as long?;
        if (alias is null)
        {
            DeletePassages(key);
            return;
        }
        Execute("UPDATE passages SET article_key = @p1 WHERE article_key = @p0", key, alias.Value);
        Execute("UPDATE articles SET canonical_key = @p1 WHERE canonical_key = @p0 AND key <> @p1", key, alias.Value);
        Execute("UPDATE articles SET canonical_key = NULL WHERE key = @p0", alias.Value);
        // Each index holds the owning article's title with each passage; the promoted alias may be titled differently.
        ChangeArticlePassages(alias.Value);
    }

    public void SetOrigin(long key, string? origin)
    {
        Flush();
        Execute("UPDATE articles SET origin = @p1 WHERE key = @p0", key, Storable(origin));
    }

    public long InsertArticle(Article article, string contentHash, string textHash, string? origin, long? canonicalKey)
    {
        Flush();
        var key = ++_nextArticleKey;
        ExecuteArticle("""
            INSERT INTO articles(id, id_folded, title, url, published, published_utc, source, content_hash, text_hash, origin, folded, key, canonical_key)
            VALUES(@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)
            """, key, article, contentHash, textHash, origin, canonicalKey);
        return key;
    }

    public void UpdateArticle(long key, Article article, string contentHash, string textHash, string? origin, long? canonicalKey)
    {
        Flush();
        ExecuteArticle("""
            UPDATE articles SET id = @p0, id_folded = @p1, title = @p2, url = @p3, published = @p4, published_utc = @p5,
                source = @p6, content_hash = @p7, text_hash = @p8, origin = @p9, folded = @p10, canonical_key = @p12 WHERE key = @p11
            """, key, article, contentHash, textHash, origin, canonicalKey);
    }

    public void DeleteArticle(long key)
    {
        Flush();
        Execute("DELETE FROM articles WHERE key = @p0", key);
    }

    public void DeletePassages(long articleKey)
    {
        Flush();
        using (var sizes = Command("SELECT count(*), coalesce(sum(end_char - start_char), 0)::bigint FROM passages WHERE article_key = @p0", articleKey))
        using (var reader = sizes.ExecuteReader())
        {
            reader.Read();
            _passageDelta -= reader.GetInt64(0);
            _charDelta -= reader.GetInt64(1);
        }
        ChangeArticlePassages(articleKey);
        Execute("DELETE FROM passages WHERE article_key = @p0", articleKey);
    }

    public void InsertPassage(long articleKey, string title, Passage passage)
    {
        // Sent in chunks (one statement per thousand passages, not one per passage); any other statement sends them first.
        _pendingPassages.Add((++_nextPassageKey, articleKey, passage));
        _passageDelta++;
        _charDelta += passage.Text.Length;
        _written = true;
        if (_pendingPassages.Count >= PassageChunk)
            Flush();
    }

    public void Commit()
    {
        Flush();
        if (_written)
        {
            Execute("UPDATE catalog_meta SET value = value + @p1 WHERE name = @p0", "passages", _passageDelta);
            Execute("UPDATE catalog_meta SET value = value + @p1 WHERE name = @p0", "chars", _charDelta);
            Execute("UPDATE catalog_meta SET value = greatest(value, @p1) WHERE name = @p0", "passage_key", _nextPassageKey);
            // The writer lock makes seq numbers commit in order: a host that applied up to seq N has seen every write before it.
            using var change = Command("""
                INSERT INTO changes(seq, max_passage_key, changed_passages)
                VALUES((SELECT coalesce(max(seq), 0) + 1 FROM changes), @p0, @p1)
                """, _nextPassageKey, _changedPassages.Distinct().ToArray());
            change.ExecuteNonQuery();
        }
        _tx.Commit();
        _writes.Bump();
    }

    public void Dispose()
    {
        _tx.Dispose();
        _connection.Dispose();
    }

    /// <summary>Every passage of an article changes (re-titled or removed): each host's index must take it in again.</summary>
    private void ChangeArticlePassages(long articleKey)
    {
        using var command = Command("SELECT key FROM passages WHERE article_key = @p0", articleKey);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            _changedPassages.Add(reader.GetInt64(0));
        _written = true;
    }

    private void Flush()
    {
        if (_pendingPassages.Count == 0)
            return;
        using var command = new NpgsqlCommand("""
            INSERT INTO passages(key, article_key, ordinal, start_char, end_char, text)
            SELECT * FROM unnest(@keys, @articles, @ordinals, @starts, @ends, @texts)
            """, _connection, _tx);
        command.Parameters.AddWithValue("keys", _pendingPassages.Select(p => p.Key).ToArray());
        command.Parameters.AddWithValue("articles", _pendingPassages.Select(p => p.ArticleKey).ToArray());
        command.Parameters.AddWithValue("ordinals", _pendingPassages.Select(p => p.Passage.Ordinal).ToArray());
        command.Parameters.AddWithValue("starts", _pendingPassages.Select(p => p.Passage.Start).ToArray());
        command.Parameters.AddWithValue("ends", _pendingPassages.Select(p => p.Passage.End).ToArray());
        command.Parameters.AddWithValue("texts", NpgsqlDbType.Array | NpgsqlDbType.Text, _pendingPassages.Select(p => Storable(p.Passage.Text)).ToArray());
        command.ExecuteNonQuery();
        _pendingPassages.Clear();
    }

    // PostgreSQL text cannot hold U+0000, which SQLite stores as given: it becomes U+FFFD, one character for one, so
    // passage offsets stay right (the hashes are of the article as read, so "unchanged" is still decided the same).
    [return: NotNullIfNotNull(nameof(text))]
    private static string? Storable(string? text) => text is not null && text.Contains('\0') ? text.Replace('\0', '\uFFFD') : text;

    private void ExecuteArticle(string sql, long key, Article article, string contentHash, string textHash, string? origin, long? canonicalKey)
    {
        Execute(sql, Storable(article.Id), Storable(article.Id.ToLowerInvariant()), Storable(article.Title), Storable(article.Url),
            article.Published?.ToString("o"), article.Published?.UtcTicks, Storable(article.Source), contentHash, textHash, Storable(origin),
            Storable(ArticleCatalog.Folded(article.Id, article.Title, article.Source)), key, canonicalKey);
        _written = true;
    }

    private void Execute(string sql, params object?[] values)
    {
        using var command = Command(sql, values);
        command.ExecuteNonQuery();
        if (!sql.StartsWith("SELECT", StringComparison.Ordinal))
            _written = true;
    }

    private long Scalar(string sql)
    {
        using var command = Command(sql);
        return (long)command.ExecuteScalar()!;
    }

    private NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, _connection, _tx);
        for (var i = 0; i < values.Length; i++)
            command.Parameters.Add(Parameter("p" + i, values[i]));
        return command;
    }

    // A null needs a type: PostgreSQL cannot infer one from DBNull in every position (an untyped null in SET is fine, not in VALUES of bigint).
    private static NpgsqlParameter Parameter(string name, object? value) => value switch
    {
        null => new NpgsqlParameter(name, NpgsqlDbType.Unknown) { Value = DBNull.Value },
        _ => new NpgsqlParameter(name, value),
    };
}
