using Microsoft.Data.Sqlite;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// Turns user text into a safe FTS5 query and returns the best passages. The query is built only from
/// quoted word tokens, so no user input reaches FTS5 as syntax.
/// </summary>
internal sealed class PassageSearch(IndexConnections connections)
{
    private const string Select = """
        SELECT p.key, p.ordinal, p.start, p.end, p.text, a.id, a.title, a.url, a.published, m.score
        FROM (SELECT rowid, rank AS score FROM passage_fts WHERE passage_fts MATCH $q ORDER BY rank LIMIT $n) m
        JOIN passages p ON p.key = m.rowid
        JOIN articles a ON a.key = p.article_key
        ORDER BY m.score
        """;

    public IReadOnlyList<SearchHit> Search(string query, int k)
    {
        if (k <= 0 || string.IsNullOrWhiteSpace(query))
            return [];
        var terms = QueryTerms.KeyTerms(query);
        var match = FtsQuery.AnyOf(terms);
        if (match is null)
            return [];
        using var lease = connections.RentReader();
        return Run(lease.Connection, match, k);
    }

    private static List<SearchHit> Run(SqliteConnection connection, string match, int k)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Select;
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$n", k);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            var articleId = reader.GetString(5);
            var ordinal = reader.GetInt32(1);
            var passage = new Passage(Passage.MakeId(articleId, ordinal), articleId, ordinal, reader.GetInt32(2), reader.GetInt32(3),
                reader.GetString(4), reader.GetString(6), ArticleCatalog.NullableString(reader, 7), ArticleCatalog.ParseDate(reader, 8));
            // FTS5's bm25 is lower-is-better and negative; SearchHit scores are higher-is-better.
            hits.Add(new SearchHit(passage, -reader.GetDouble(9)));
        }
        return hits;
    }
}
