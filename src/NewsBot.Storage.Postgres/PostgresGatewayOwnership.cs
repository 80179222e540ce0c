using NewsBot.Core.Connections;
using NewsBot.Core.Index;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The Discord gateway's owner, elected in the shared database: the host holding a session-level advisory lock on a
/// connection of its own (<see cref="OwnerLock"/>). A host that dies loses that connection and, with it, the lock, so
/// another host takes over at its next try. Each new owner adds one to the <c>gateway_owner</c> row's epoch and reads
/// the session the previous owner stored there (<see cref="PostgresGatewayLease"/>).
/// </summary>
internal sealed class PostgresGatewayOwnership(PostgresSharedState state, string connectionString, TimeProvider time) : IGatewayOwnership
{
    /// <summary>Any fixed number, the same in every host: the key of the advisory lock the gateway's owner holds.</summary>
    public const long OwnerLock = 0x4E65_7773_426F_7403;

    /// <summary>The <c>gateway_owner</c> row of the one bot a database serves.</summary>
    public const string Row = "discord";

    // Not pooled: closing a pooled connection would keep its session, and with it the lock, alive in the pool.
    // Short timeouts, so a server that stops answering is noticed within a few checks.
    private readonly string _lockConnectionString = new NpgsqlConnectionStringBuilder(
        PostgresCatalogStore.ParseConnectionString(connectionString).ConnectionString)
    {
        Pooling = false,
        Timeout = 5,
        CommandTimeout = 10,
    }.ConnectionString;

    // Who holds the gateway, for whoever reads the row; not used to decide anything.
    private readonly string _owner = HostName.Unique();

    public async ValueTask<IGatewayLease?> TryAcquireAsync(TimeSpan checkEvery, CancellationToken cancellationToken)
    {
        _ = state.Source; // the tables exist before the first query below (CatalogUnavailableException while the server is down)
        var connection = new NpgsqlConnection(_lockConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
            {
                take.Parameters.AddWithValue("key", OwnerLock);
                if (!(bool)(await take.ExecuteScalarAsync(cancellationToken))!)
                {
                    await connection.DisposeAsync();
                    return null;
                }
            }
            await using var claim = new NpgsqlCommand(
                """
                INSERT INTO gateway_owner(name, epoch, owner, updated_at) VALUES(@name, 1, @owner, @now)
                    ON CONFLICT (name) DO UPDATE SET epoch = gateway_owner.epoch + 1, owner = excluded.owner, updated_at = excluded.updated_at
                    RETURNING epoch, user_id, session_id, resume_url, seq
                """,
                connection);
            claim.Parameters.AddWithValue("name", Row);
            claim.Parameters.AddWithValue("owner", _owner);
            claim.Parameters.AddWithValue("now", time.GetUtcNow());
            await using var row = await claim.ExecuteReaderAsync(cancellationToken);
            await row.ReadAsync(cancellationToken);
            var epoch = row.GetInt64(0);
            var session = row.IsDBNull(1) || row.IsDBNull(2) || row.IsDBNull(3)
                ? null
                : new StoredGatewaySession(row.GetString(1), row.GetString(2), row.GetString(3), row.IsDBNull(4) ? null : row.GetInt64(4));
            await row.DisposeAsync();
            return new PostgresGatewayLease(state, connection, epoch, session, checkEvery, time);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync();
            if (e is NpgsqlException n && PostgresFailure.IsUnavailable(n))
                throw new CatalogUnavailableException("The PostgreSQL database cannot be reached now.", e);
            throw;
        }
    }
}
