using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Index;

/// <summary>
/// The search statements of one reader connection, prepared once and reused (a connection serves one search at a
/// time through its lease). They go away with their connection.
/// </summary>
internal sealed class SearchCommands
{
    private SearchCommands(SqliteConnection connection)
    {
        // One string instead of a row per passage: stepping a reader costs ~0.2 µs a row in interop, more than FTS5 itself.
        Rows = Create(connection, "SELECT group_concat(rowid) FROM passage_fts WHERE passage_fts MATCH $q", "$q");
        Frequency = Create(connection, "SELECT doc FROM passage_terms WHERE term = $t", "$t");
        Ranked = Create(connection, "SELECT rowid FROM passage_fts WHERE passage_fts MATCH $q ORDER BY rank LIMIT $n", "$q");
        Ranked.Parameters.Add("$n", SqliteType.Integer);
        Passages = Create(connection, """
            SELECT p.key, p.ordinal, p.start, p.end, p.text, a.id, a.title, a.url, a.published
            FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key IN (SELECT value FROM json_each($keys))
            """, "$keys");
    }

    /// <summary>How many passages hold an indexed term ($t); FTS5 counts them by reading the term's whole doclist.</summary>
    public SqliteCommand Frequency { get; }

    /// <summary>The best-ranked (bm25) passage keys an FTS5 expression matches ($q, at most $n).</summary>
    public SqliteCommand Ranked { get; }

    /// <summary>Every passage key an FTS5 expression matches ($q), comma-separated (FTS5 yields them ascending; null for none).</summary>
    public SqliteCommand Rows { get; }

    /// <summary>Passages with their article fields, by a JSON array of keys ($keys).</summary>
    public SqliteCommand Passages { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, SearchCommands> ByConnection = new();

    public static SearchCommands For(SqliteConnection connection) => ByConnection.GetValue(connection, c => new SearchCommands(c));

    private static SqliteCommand Create(SqliteConnection connection, string sql, string parameter)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(parameter, SqliteType.Text);
        return command;
    }
}
