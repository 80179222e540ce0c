using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Index;

/// <summary>
/// Listing, lookup and "did you mean" over the articles table (reads only). A listing and its count show one entry per
/// story: an alias (the same text under another id) appears as the story's <see cref="ArticleSummary.AlsoAs"/>; lookups
/// find aliases by their own id.
/// </summary>
internal sealed class ArticleCatalog(IndexConnections connections, TimeProvider time) : IArticleCatalog
{
    private static readonly TimeSpan MaxIdListAge = TimeSpan.FromSeconds(30);
    private const string SummaryColumns = "id, title, published, source, url";
    private const string Newest = "ORDER BY published_utc DESC, title COLLATE NOCASE, id";
    // The largest code point; in SQLite's binary (UTF-8) order it sorts after every string with the same prefix.
    private const string Highest = "\U0010FFFF";

    private volatile IdList? _ids;

    /// <summary>Id, title and source lower-cased into one search key; a separator stops matches across fields.</summary>
    public static string Folded(string id, string title, string? source) =>
        string.Join('\u001f', id, title, source ?? "").ToLowerInvariant();

    public int Count()
    {
        using var lease = connections.RentReader();
        return Convert.ToInt32(Scalar(lease.Connection, "SELECT count(*) FROM articles WHERE canonical_key IS NULL"));
    }

    public ArticlePage List(int page, int pageSize, string? filter)
    {
        page = Math.Max(1, page);
        pageSize = Math.Max(1, pageSize);
        // Stories only; a filter matching an alias's id, title or source finds the story it repeats.
        var where = string.IsNullOrWhiteSpace(filter)
            ? "WHERE a.canonical_key IS NULL"
            : "WHERE a.canonical_key IS NULL AND (instr(a.folded, $f) > 0 OR EXISTS (SELECT 1 FROM articles d WHERE d.canonical_key = a.key AND instr(d.folded, $f) > 0))";
        var folded = filter?.Trim().ToLowerInvariant() ?? "";
        using var lease = connections.RentReader();
        var total = Convert.ToInt32(Scalar(lease.Connection, $"SELECT count(*) FROM articles a {where}", ("$f", folded)));
        var items = Summaries(lease.Connection,
            $"SELECT a.id, a.title, a.published, a.source, a.url, (SELECT json_group_array(id) FROM (SELECT d.id FROM articles d WHERE d.canonical_key = a.key ORDER BY d.id)) " +
            $"FROM articles a {where} {Newest} LIMIT $n OFFSET $o",
            ("$f", folded), ("$n", (long)pageSize), ("$o", (long)(page - 1) * pageSize));
        return new ArticlePage(total, page, pageSize, items);
    }

    public ArticleDetail? Find(string id)
    {
        using var lease = connections.RentReader();
        using var command = Command(lease.Connection, """
            SELECT a.id, a.title, a.published, a.source, a.url,
                (SELECT text FROM passages WHERE article_key = coalesce(a.canonical_key, a.key) ORDER BY ordinal LIMIT 1),
                (SELECT count(*) FROM passages WHERE article_key = coalesce(a.canonical_key, a.key))
            FROM articles a WHERE a.id = $id
            """, ("$id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return CatalogRows.ArticleDetail(reader);
    }

    public IReadOnlyList<ArticleSummary> Closest(string text, int max)
    {
        max = Math.Max(0, max);
        var typed = text.Trim().ToLowerInvariant();
        if (typed.Length > 200)
            typed = typed[..200];
        using var lease = connections.RentReader();
        if (max == 0)
            return [];
        if (typed.Length == 0)
            return Summaries(lease.Connection, $"SELECT {SummaryColumns} FROM articles {Newest} LIMIT $n", ("$n", (long)max));

        // [1] Ids starting with what was typed, [2] ids, titles or sources containing it, [3] ids a few edits away.
        var found = new List<ArticleSummary>(Summaries(lease.Connection,
            $"SELECT {SummaryColumns} FROM articles WHERE id_folded >= $p AND id_folded < $q ORDER BY id_folded LIMIT $n",
            ("$p", typed), ("$q", typed + Highest), ("$n", (long)max)));
        if (found.Count < max)
            IdList.AddDistinct(found, Summaries(lease.Connection, $"SELECT {SummaryColumns} FROM articles WHERE instr(folded, $p) > 0 {Newest} LIMIT $n",
                ("$p", typed), ("$n", (long)max * 2)), max);
        if (found.Count < max)
        {
            var near = Ids(lease.Connection).Nearest(typed, max * 2);
            if (near.Count > 0)
            {
                var byId = Summaries(lease.Connection, $"SELECT {SummaryColumns} FROM articles WHERE id IN (SELECT value FROM json_each($ids))",
                    ("$ids", System.Text.Json.JsonSerializer.Serialize(near))).ToDictionary(s => s.Id, StringComparer.Ordinal);
                IdList.AddDistinct(found, near.Where(byId.ContainsKey).Select(id => byId[id]), max);
            }
        }
        return found;
    }

    /// <summary>Articles stored from files under <paramref name="folder"/>, with each one's file, by id.</summary>
    public IReadOnlyList<(string Id, string Origin)> WithOriginUnder(string folder)
    {
        var prefix = Path.GetFullPath(folder);
        if (!prefix.EndsWith(Path.DirectorySeparatorChar))
            prefix += Path.DirectorySeparatorChar;
        using var lease = connections.RentReader();
        using var command = Command(lease.Connection, "SELECT id, origin FROM articles WHERE origin >= $p AND origin < $q ORDER BY id",
            ("$p", prefix), ("$q", prefix + Highest));
        using var reader = command.ExecuteReader();
        var articles = new List<(string, string)>();
        while (reader.Read())
            articles.Add((reader.GetString(0), reader.GetString(1)));
        return articles;
    }

    private IdList Ids(SqliteConnection connection)
    {
        // WriteVersion counts this process's commits; another process ingesting into the same file (a `newsbot
        // ingest` beside `serve`) shows up after at most MaxIdListAge, as in IndexStatistics.
        return _ids = IdList.Fresh(_ids, connections.WriteVersion, time, MaxIdListAge, () =>
        {
            using var command = Command(connection, "SELECT id FROM articles");
            return CatalogRows.Strings(command);
        });
    }


    private static List<ArticleSummary> Summaries(SqliteConnection connection, string sql, params (string, object)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var items = new List<ArticleSummary>();
        while (reader.Read())
        {
            items.Add(new ArticleSummary(reader.GetString(0), reader.GetString(1), CatalogRows.Date(reader, 2),
                CatalogRows.NullableString(reader, 3), CatalogRows.NullableString(reader, 4))
            {
                // A sixth column, when selected, holds the story's alias ids as a JSON array.
                AlsoAs = reader.FieldCount > 5 && CatalogRows.NullableString(reader, 5) is { } aliases
                    ? System.Text.Json.JsonSerializer.Deserialize<string[]>(aliases) ?? []
                    : [],
            });
        }
        return items;
    }

    private static object? Scalar(SqliteConnection connection, string sql, params (string, object)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
                command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
