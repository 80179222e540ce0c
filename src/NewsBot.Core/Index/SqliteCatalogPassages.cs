using NewsBot.Core.Passages;
using NewsBot.Core.Search;

namespace NewsBot.Core.Index;

/// <summary>What a search reads from the SQLite catalog: candidate passages by key (one prepared statement per reader connection) and the totals.</summary>
internal sealed class SqliteCatalogPassages(IndexConnections connections) : ICatalogPassages
{
    public long WriteVersion => connections.WriteVersion;

    public List<Passage> Load(long[] keys)
    {
        var passages = new List<Passage>(keys.Length);
        using var lease = connections.RentReader();
        var command = SearchCommands.For(lease.Connection).Passages;
        command.Parameters[0].Value = "[" + string.Join(',', keys) + "]";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            passages.Add(CatalogRows.Passage(reader));
        return passages;
    }

    public (long Passages, long Chars) Totals()
    {
        using var lease = connections.RentReader();
        using var command = lease.Connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM index_stats WHERE name IN ('passages', 'chars')";
        long passages = 0, chars = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetString(0) == "passages")
                passages = reader.GetInt64(1);
            else
                chars = reader.GetInt64(1);
        }
        return (passages, chars);
    }
}
