using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// Listing, lookup and "did you mean" over the articles table in PostgreSQL, answering as the SQLite catalog does
/// (<see cref="ArticleCatalog"/>): stories only in a listing, aliases found by their own id, newest first.
/// </summary>
internal sealed class PostgresArticleCatalog(NpgsqlDataSource source, WriteCounter writes, TimeProvider time) : IArticleCatalog
{
    private static readonly TimeSpan MaxIdListAge = TimeSpan.FromSeconds(30);
    private const string SummaryColumns = "id, title, published, source, url";
    // SQLite sorts NULL dates last in a descending order and compares titles without ASCII case; so do these.
    private const string Newest = """ORDER BY published_utc DESC NULLS LAST, lower(title) COLLATE "C", id""";
    private const string Highest = "\U0010FFFF";

    private volatile IdList? _ids;

    public int Count() => PostgresFailure.Guard(() =>
    {
        using var command = source.CreateCommand("SELECT count(*)::int FROM articles WHERE canonical_key IS NULL");
        return (int)command.ExecuteScalar()!;
    });

    public ArticlePage List(int page, int pageSize, string? filter) => PostgresFailure.Guard(() =>
    {
        page = Math.Max(1, page);
        pageSize = Math.Max(1, pageSize);
        var where = string.IsNullOrWhiteSpace(filter)
            ? "WHERE a.canonical_key IS NULL"
            : "WHERE a.canonical_key IS NULL AND (strpos(a.folded, @f) > 0 OR EXISTS (SELECT 1 FROM articles d WHERE d.canonical_key = a.key AND strpos(d.folded, @f) > 0))";
        var folded = filter?.Trim().ToLowerInvariant() ?? "";
        using var connection = source.OpenConnection();
        // One snapshot for the count and the page.
        using var tx = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        using var count = Command(connection, $"SELECT count(*)::int FROM articles a {where}", ("f", folded));
        count.Transaction = tx;
        var total = (int)count.ExecuteScalar()!;
        var items = Summaries(Command(connection,
            "SELECT a.id, a.title, a.published, a.source, a.url, array(SELECT d.id FROM articles d WHERE d.canonical_key = a.key ORDER BY d.id) " +
            $"FROM articles a {where} ORDER BY a.published_utc DESC NULLS LAST, lower(a.title) COLLATE \"C\", a.id LIMIT @n OFFSET @o",
            ("f", folded), ("n", pageSize), ("o", (long)(page - 1) * pageSize)));
        tx.Commit();
        return new ArticlePage(total, page, pageSize, items);
    });

    public ArticleDetail? Find(string id) => PostgresFailure.Guard(() =>
    {
        using var command = source.CreateCommand("""
            SELECT a.id, a.title, a.published, a.source, a.url,
                (SELECT text FROM passages WHERE article_key = coalesce(a.canonical_key, a.key) ORDER BY ordinal LIMIT 1),
                (SELECT count(*)::int FROM passages WHERE article_key = coalesce(a.canonical_key, a.key))
            FROM articles a WHERE a.id = @id
            """);
        command.Parameters.AddWithValue("id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return CatalogRows.ArticleDetail(reader);
    });

    public IReadOnlyList<ArticleSummary> Closest(string text, int max) => PostgresFailure.Guard(() =>
    {
        max = Math.Max(0, max);
        var typed = text.Trim().ToLowerInvariant();
        if (typed.Length > 200)
            typed = typed[..200];
        if (max == 0)
            return [];
        using var connection = source.OpenConnection();
        if (typed.Length == 0)
            return Summaries(Command(connection, $"SELECT {SummaryColumns} FROM articles {Newest} LIMIT @n", ("n", max)));

        // [1] Ids starting with what was typed, [2] ids, titles or sources containing it, [3] ids a few edits away.
        var found = new List<ArticleSummary>(Summaries(Command(connection,
            $"SELECT {SummaryColumns} FROM articles WHERE id_folded >= @p AND id_folded < @q ORDER BY id_folded LIMIT @n",
            ("p", typed), ("q", typed + Highest), ("n", max))));
        if (found.Count < max)
            IdList.AddDistinct(found, Summaries(Command(connection, $"SELECT {SummaryColumns} FROM articles WHERE strpos(folded, @p) > 0 {Newest} LIMIT @n",
                ("p", typed), ("n", max * 2))), max);
        if (found.Count < max)
        {
            var near = Ids(connection).Nearest(typed, max * 2);
            if (near.Count > 0)
            {
                var byId = Summaries(Command(connection, $"SELECT {SummaryColumns} FROM articles WHERE id = ANY(@ids)", ("ids", near.ToArray())))
                    .ToDictionary(s => s.Id, StringComparer.Ordinal);
                IdList.AddDistinct(found, near.Where(byId.ContainsKey).Select(id => byId[id]), max);
            }
        }
        return found;
    });

    public IReadOnlyList<(string Id, string Origin)> WithOriginUnder(string folder) => PostgresFailure.Guard(() =>
    {
        var prefix = Path.GetFullPath(folder);
        if (!prefix.EndsWith(Path.DirectorySeparatorChar))
            prefix += Path.DirectorySeparatorChar;
        using var command = source.CreateCommand("SELECT id, origin FROM articles WHERE origin >= @p AND origin < @q ORDER BY id");
        command.Parameters.AddWithValue("p", prefix);
        command.Parameters.AddWithValue("q", prefix + Highest);
        using var reader = command.ExecuteReader();
        var articles = new List<(string, string)>();
        while (reader.Read())
            articles.Add((reader.GetString(0), reader.GetString(1)));
        return articles;
    });

    private IdList Ids(NpgsqlConnection connection)
    {
        // Another host's writes show up after at most MaxIdListAge, as in the SQLite catalog.
        return _ids = IdList.Fresh(_ids, writes.Value, time, MaxIdListAge, () =>
        {
            using var command = Command(connection, "SELECT id FROM articles");
            return CatalogRows.Strings(command);
        });
    }


    /// <summary>Reads and disposes <paramref name="command"/>; a sixth column, when selected, holds the story's alias ids.</summary>
    private static List<ArticleSummary> Summaries(NpgsqlCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var items = new List<ArticleSummary>();
            while (reader.Read())
            {
                items.Add(new ArticleSummary(reader.GetString(0), reader.GetString(1), CatalogRows.Date(reader, 2),
                    CatalogRows.NullableString(reader, 3), CatalogRows.NullableString(reader, 4))
                {
                    AlsoAs = reader.FieldCount > 5 ? reader.GetFieldValue<string[]>(5) : [],
                });
            }
            return items;
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains("@" + name, StringComparison.Ordinal))
                command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
