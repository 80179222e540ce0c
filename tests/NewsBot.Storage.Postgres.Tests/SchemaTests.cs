using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>The schema is created and migrated at start: versioned, idempotent, and safe when hosts start together.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task Two_hosts_starting_at_once_on_an_empty_database_both_succeed_with_one_schema()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var ready = new Barrier(2);

        var starts = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            ready.SignalAndWait();
            return new PostgresCatalogStore(database, TimeProvider.System, NullLogger<PostgresCatalogStore>.Instance);
        })).ToList();
        var stores = await Task.WhenAll(starts);

        try
        {
            Assert.Equal(Enumerable.Range(1, PostgresSchema.Version).ToList(), await ListAsync<int>(database, "SELECT version FROM schema_migrations ORDER BY version"));
            Assert.Equal(["answered_threads", "articles", "catalog_meta", "changes", "conversation_turns", "conversations", "feed_positions", "gateway_owner", "inbox", "passages", "schema_migrations"],
                await ListAsync<string>(database, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"));
            // One catalog: both hosts see the same id, so neither rebuilds its index as another catalog's.
            Assert.Equal(stores[0].Feed.CatalogId, stores[1].Feed.CatalogId);
            Assert.Single(await ListAsync<long>(database, "SELECT value FROM catalog_meta WHERE name = 'catalog_id'"));
        }
        finally
        {
            foreach (var store in stores)
                store.Dispose();
        }
    }

    [PostgresFact]
    public async Task A_second_start_applies_no_step_and_keeps_the_data()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var source = NpgsqlDataSource.Create(database);
        Assert.Equal(PostgresSchema.Version, PostgresSchema.Ensure(source));
        await using (var insert = source.CreateCommand("INSERT INTO changes(seq, max_passage_key, changed_passages) VALUES(1, 0, '{}')"))
            await insert.ExecuteNonQueryAsync();

        Assert.Equal(0, PostgresSchema.Ensure(source));

        Assert.Equal([1L], await ListAsync<long>(database, "SELECT seq FROM changes"));
    }

    [PostgresFact]
    public async Task A_database_of_a_newer_schema_is_refused_with_both_versions()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var source = NpgsqlDataSource.Create(database);
        PostgresSchema.Ensure(source);
        await using (var newer = source.CreateCommand($"INSERT INTO schema_migrations(version) VALUES({PostgresSchema.Version + 1})"))
            await newer.ExecuteNonQueryAsync();

        var error = Assert.Throws<InvalidOperationException>(() => PostgresSchema.Ensure(source));

        Assert.Contains($"schema {PostgresSchema.Version + 1}, this one knows {PostgresSchema.Version}", error.Message, StringComparison.Ordinal);
    }

    internal static async Task<List<T>> ListAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
            values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
