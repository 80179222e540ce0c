using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>What a search reads from the PostgreSQL catalog: candidate passages by key, and the totals.</summary>
internal sealed class PostgresCatalogPassages(NpgsqlDataSource source, WriteCounter writes) : ICatalogPassages
{
    public long WriteVersion => writes.Value;

    public List<Passage> Load(long[] keys) => PostgresFailure.Guard(() =>
    {
        using var command = source.CreateCommand("""
            SELECT p.key, p.ordinal, p.start_char, p.end_char, p.text, a.id, a.title, a.url, a.published
            FROM passages p JOIN articles a ON a.key = p.article_key
            WHERE p.key = ANY(@keys)
            """);
        command.Parameters.AddWithValue("keys", keys);
        var passages = new List<Passage>(keys.Length);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            passages.Add(CatalogRows.Passage(reader));
        return passages;
    });

    public (long Passages, long Chars) Totals() => PostgresFailure.Guard(() =>
    {
        using var command = source.CreateCommand(
            "SELECT coalesce((SELECT value FROM catalog_meta WHERE name = 'passages'), 0), coalesce((SELECT value FROM catalog_meta WHERE name = 'chars'), 0)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    });
}
