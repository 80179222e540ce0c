using NewsBot.Core.Connections;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// This host's ownership of the Discord gateway: the connection holding the advisory lock, checked every
/// <c>checkEvery</c> (a query on it fails once the server restarted or dropped it, and the row's epoch shows a newer
/// owner); <see cref="Lost"/> is cancelled when either happens. Session writes are fenced by the epoch, so a stale owner's
/// write changes nothing. Disposing closes the connection, which ends the lock.
/// </summary>
internal sealed class PostgresGatewayLease : IGatewayLease
{
    private readonly PostgresSharedState _state;
    private readonly NpgsqlConnection _lock;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;

    public PostgresGatewayLease(PostgresSharedState state, NpgsqlConnection lockConnection, long epoch, StoredGatewaySession? session,
        TimeSpan checkEvery, TimeProvider time)
    {
        _state = state;
        _lock = lockConnection;
        Epoch = epoch;
        Session = session;
        _watch = WatchAsync(checkEvery, time);
    }

    public long Epoch { get; }
    public StoredGatewaySession? Session { get; }
    public CancellationToken Lost => _lost.Token;

    public async ValueTask<bool> SaveAsync(StoredGatewaySession? session, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(_state, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE gateway_owner SET user_id = @user, session_id = @session, resume_url = @url, seq = @seq, updated_at = now()
                WHERE name = @name AND epoch = @epoch
            """,
            connection);
        command.Parameters.AddWithValue("user", (object?)session?.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("session", (object?)session?.SessionId ?? DBNull.Value);
        command.Parameters.AddWithValue("url", (object?)session?.ResumeUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("seq", (object?)session?.Sequence ?? DBNull.Value);
        command.Parameters.AddWithValue("name", PostgresGatewayOwnership.Row);
        command.Parameters.AddWithValue("epoch", Epoch);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
            return true;
        await _lost.CancelAsync();
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch;
        await _lock.DisposeAsync();
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task WatchAsync(TimeSpan checkEvery, TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(checkEvery, time, _stop.Token);
                await using var check = new NpgsqlCommand("SELECT epoch FROM gateway_owner WHERE name = @name", _lock);
                check.Parameters.AddWithValue("name", PostgresGatewayOwnership.Row);
                if (await check.ExecuteScalarAsync(_stop.Token) is not long epoch || epoch != Epoch)
                    break;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
        {
            // The lock's connection broke (a server restart, a dropped connection): the lock went with it.
        }
        await _lost.CancelAsync();
    }
}
