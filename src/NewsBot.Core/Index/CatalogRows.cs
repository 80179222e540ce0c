using System.Data.Common;
using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// The catalog's rows read back, for every store (SQLite here, PostgreSQL beside it): each store's query selects the
/// same columns in the same order; dates are stored as the article gave them (round-trip text).
/// </summary>
internal static class CatalogRows
{
    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? Date(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    /// <summary>Every row of key, title, text.</summary>
    public static List<FeedPassage> FeedPassages(DbCommand command, int capacity)
    {
        var passages = new List<FeedPassage>(capacity);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            passages.Add(new FeedPassage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return passages;
    }

    /// <summary>The first column of every row, as text (article ids).</summary>
    public static List<string> Strings(DbCommand command)
    {
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>key, content_hash, text_hash, origin, canonical_key.</summary>
    public static StoredArticle StoredArticle(DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt64(4));

    /// <summary>Passage key, ordinal, start_char, end_char, text, then its article's id, title, url, published.</summary>
    public static Passage Passage(DbDataReader reader)
    {
        var articleId = reader.GetString(5);
        var ordinal = reader.GetInt32(1);
        return new Passage(Passages.Passage.MakeId(articleId, ordinal), articleId, ordinal, reader.GetInt32(2), reader.GetInt32(3),
            reader.GetString(4), reader.GetString(6), NullableString(reader, 7), Date(reader, 8));
    }

    /// <summary>id, title, published, source, url, first passage's text, passage count.</summary>
    public static ArticleDetail ArticleDetail(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), Date(reader, 2), NullableString(reader, 3),
            NullableString(reader, 4), NullableString(reader, 5) ?? "", reader.GetInt32(6));
}
