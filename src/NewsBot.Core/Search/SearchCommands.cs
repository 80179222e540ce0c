using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Search;

/// <summary>
/// The search statement of one reader connection, prepared once and reused (a connection serves one search at a
/// time through its lease). It goes away with its connection.
/// </summary>
internal sealed class SearchCommands
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, SearchCommands> ByConnection = new();

    private SearchCommands(SqliteConnection connection)
    {
        Passages = connection.CreateCommand();
        Passages.CommandText = """
            SELECT p.key, p.ordinal, p.start, p.end, p.text, a.id, a.title, a.url, a.published
            FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key IN (SELECT value FROM json_each($keys))
            """;
        Passages.Parameters.Add("$keys", SqliteType.Text);
    }

    /// <summary>Passages with their article fields, by a JSON array of keys ($keys).</summary>
    public SqliteCommand Passages { get; }

    public static SearchCommands For(SqliteConnection connection) => ByConnection.GetValue(connection, c => new SearchCommands(c));
}
