using Npgsql;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// A PostgreSQL database made for one bench run on the server a connection string names (its role needs CREATEDB) and
/// dropped afterwards: a bench never writes into a collection someone uses.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private BenchDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The new database's connection string (a secret like the one given: never printed).</summary>
    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        var name = "newsbot_bench_" + Guid.NewGuid().ToString("N")[..12];
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ToString();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        return new BenchDatabase(server, name, new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString());
    }

    /// <summary>
    /// <c>VACUUM ANALYZE</c> after a bulk load, as autovacuum would do on its own within a minute or so: done here, before
    /// measuring, so it does not run on the same cores in the middle of a measured phase.
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
