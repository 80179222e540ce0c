using Npgsql;

namespace NewsBot.Testing;

/// <summary>What the server sees when a host is killed or its connection cut: the backends of that host end.</summary>
public static class PostgresBackends
{
    /// <summary>
    /// Ends every connection to the database of <paramref name="connectionString"/> that holds a session-level advisory
    /// lock (a gateway owner's lock connection; migrations and writes hold theirs only inside a transaction), as a dying
    /// host or a network cut would; the locks go with them. Returns how many were ended.
    /// </summary>
    public static async Task<int> EndAdvisoryLockHoldersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FILTER (WHERE pg_terminate_backend(l.pid)) FROM pg_locks l
                JOIN pg_database d ON d.oid = l.database
                WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database() AND l.pid <> pg_backend_pid()
            """,
            connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
