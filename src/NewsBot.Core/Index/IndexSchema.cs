using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Index;

/// <summary>
/// The tables of the catalog file (the system of record). Passages are searched in a Lucene index derived from these
/// tables (<see cref="LuceneIndex"/>), which follows two things: passages added since it was last brought up to date are
/// those with a key above the highest it holds (keys are never handed out twice: <c>index_stats</c> keeps the highest ever
/// used, <c>passage_key</c>), and every passage re-titled or removed appends its key to <c>passage_log</c>. A bulk load
/// writes no log row per passage. An article whose text is already stored under another id is an alias: its own row (id, title, url, date, source,
/// origin) with <c>canonical_key</c> naming the article that holds the passages, and no passages of its own.
/// </summary>
internal static class IndexSchema
{
    public const int Version = 6;

    private static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS articles(
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            id_folded TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            published TEXT,
            published_utc INTEGER,
            source TEXT,
            content_hash TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            origin TEXT,
            folded TEXT NOT NULL,
            canonical_key INTEGER);
        CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash) WHERE canonical_key IS NULL;
        CREATE INDEX IF NOT EXISTS articles_canonical ON articles(canonical_key) WHERE canonical_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS articles_id_folded ON articles(id_folded);
        CREATE INDEX IF NOT EXISTS articles_origin ON articles(origin);
        CREATE INDEX IF NOT EXISTS articles_newest ON articles(published_utc DESC, title COLLATE NOCASE, id);
        CREATE TABLE IF NOT EXISTS passages(
            key INTEGER PRIMARY KEY,
            article_key INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS passages_article ON passages(article_key, ordinal);
        CREATE TABLE IF NOT EXISTS index_stats(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        INSERT OR IGNORE INTO index_stats(name, value) VALUES('passages', 0), ('chars', 0);
        """;

    private const string ChangeLog = """
        CREATE TABLE IF NOT EXISTS passage_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, passage_key INTEGER NOT NULL);
        INSERT OR IGNORE INTO index_stats(name, value) VALUES('catalog_id', abs(random()));
        INSERT OR IGNORE INTO index_stats(name, value) VALUES('passage_key', (SELECT coalesce(max(key), 0) FROM passages));
        """;

    // Rows of ~550 bytes leave on average half a row unused per page: 16 KB pages waste a quarter of what 4 KB pages do
    // (1M passages: 46 MB unused in 4 KB pages). Settable only before the first table exists; older files keep theirs.
    private const int NewFilePageSize = 16384;

    /// <summary>Creates what is missing and sets the file up for one writer beside many readers.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"));
        if (version == 0)
            Execute(connection, $"PRAGMA page_size={NewFilePageSize};");
        Execute(connection, "PRAGMA journal_mode=WAL;");
        if (version > Version)
            throw new InvalidOperationException($"The index file was written by a newer NewsBot (schema {version}, this one knows {Version}).");
        if (version == Version)
            return;
        using var tx = connection.BeginTransaction();
        // Schema 5: passage_log held a row per added passage; the highest passage key is recorded (index_stats
        // 'passage_key', below) and the Lucene index takes in the keys above its own (its commit holds the highest it has).
        // Schema 4 (FTS5 beside the catalog): the catalog stays, the FTS5 tables go (the Lucene index is built from the
        // passages at open). Earlier development schemas: everything is rebuilt (articles re-ingest).
        if (version == 4)
            Execute(connection, "DROP TABLE IF EXISTS passage_terms; DROP TABLE IF EXISTS passage_fts;", tx);
        else if (version is > 0 and < 4)
            Execute(connection, "DROP TABLE IF EXISTS passage_terms; DROP TABLE IF EXISTS passage_fts; DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS index_stats;", tx);
        Execute(connection, Create, tx);
        Execute(connection, ChangeLog, tx);
        Execute(connection, $"PRAGMA user_version={Version};", tx);
        tx.Commit();
    }

    /// <summary>Per-connection settings (not stored in the file).</summary>
    public static void Configure(SqliteConnection connection) =>
        // The write-ahead log is cut back to 16 MB after each checkpoint (it would otherwise keep its largest size on disk).
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-32000; PRAGMA temp_store=MEMORY; PRAGMA journal_size_limit=16777216;");

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
