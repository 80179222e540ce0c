using Microsoft.Extensions.Options;
using NewsBot.Core.Inbox;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The inbox in the database every host shares (table <c>inbox</c>, schema step 3). A request is inserted under its
/// unique key with this host as owner and a lease (<c>ON CONFLICT DO NOTHING</c>: a twin or retry inserts nothing and is
/// not answered again); hosts take over requests whose lease ran out with <c>FOR UPDATE SKIP LOCKED</c>, so two hosts
/// never claim the same one. Lease times are the server's clock (<c>now()</c>), so hosts' clocks need not agree. Rows
/// older than <see cref="InboxOptions.KeepHours"/> are deleted as hosts poll, so the table stays bounded.
/// </summary>
internal sealed class PostgresInbox(PostgresSharedState state, IOptions<InboxOptions> options) : IInbox
{
    private readonly InboxOptions _options = options.Value;
    private readonly OncePerInterval _prune = new(TimeSpan.FromMinutes(1));

    /// <summary>This host's name on its leases: unique per process (and per inbox, so two hosts in one test process differ).</summary>
    public string Owner { get; } = HostName.Unique();

    public bool Durable => true;

    private TimeSpan Lease => TimeSpan.FromSeconds(_options.LeaseSeconds);

    public async ValueTask<bool> TryAddAsync(InboxItem item, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO inbox(key, platform, payload, owner, lease_until)
                VALUES(@key, @platform, @payload, @owner, now() + @lease)
                ON CONFLICT (key) DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("key", item.Key);
        command.Parameters.AddWithValue("platform", item.Platform);
        command.Parameters.AddWithValue("payload", item.Payload);
        command.Parameters.AddWithValue("owner", Owner);
        command.Parameters.AddWithValue("lease", Lease);
        return await PostgresFailure.GuardAsync(() => command.ExecuteNonQueryAsync(cancellationToken)) == 1;
    }

    public async ValueTask<bool> RenewAsync(string key, CancellationToken cancellationToken) =>
        (await RenewAllAsync([key], cancellationToken)).Contains(key);

    public async ValueTask<IReadOnlySet<string>> RenewAllAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Count == 0)
            return held;
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE inbox SET lease_until = now() + @lease
            WHERE key = ANY(@keys) AND owner = @owner AND done_at IS NULL
            RETURNING key
            """, connection);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        command.Parameters.AddWithValue("owner", Owner);
        command.Parameters.AddWithValue("lease", Lease);
        await PostgresFailure.GuardAsync(async () =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                held.Add(reader.GetString(0));
            return held.Count;
        });
        return held;
    }

    public async ValueTask CompleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE inbox SET done_at = now(), lease_until = NULL WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        await PostgresFailure.GuardAsync(() => command.ExecuteNonQueryAsync(cancellationToken));
    }

    public async ValueTask<IReadOnlyList<InboxItem>> ClaimAbandonedAsync(string platform, int max, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await PruneAsync(connection, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE inbox SET owner = @owner, lease_until = now() + @lease, attempts = attempts + 1
            WHERE key IN (
                SELECT key FROM inbox
                WHERE platform = @platform AND done_at IS NULL AND lease_until < now() AND attempts < @max_attempts
                ORDER BY received_at
                LIMIT @max
                FOR UPDATE SKIP LOCKED)
            RETURNING key, platform, payload, attempts
            """, connection);
        command.Parameters.AddWithValue("owner", Owner);
        command.Parameters.AddWithValue("lease", Lease);
        command.Parameters.AddWithValue("platform", platform);
        command.Parameters.AddWithValue("max_attempts", _options.MaxAttempts);
        command.Parameters.AddWithValue("max", max);
        return await PostgresFailure.GuardAsync(async () =>
        {
            var claimed = new List<InboxItem>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                claimed.Add(new InboxItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            return (IReadOnlyList<InboxItem>)claimed;
        });
    }

    public async ValueTask SetReplyAsync(string key, string reply, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE inbox SET reply = @reply WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("reply", reply);
        await PostgresFailure.GuardAsync(() => command.ExecuteNonQueryAsync(cancellationToken));
    }

    public async ValueTask<string?> ReplyAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT reply FROM inbox WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return await PostgresFailure.GuardAsync(() => command.ExecuteScalarAsync(cancellationToken)) as string;
    }

    /// <summary>At most once a minute per host: deletes the keys older than the keeping time, answered or given up.</summary>
    private async Task PruneAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (!_prune.TryEnter())
            return;
        await using var command = new NpgsqlCommand("DELETE FROM inbox WHERE received_at < now() - @keep", connection);
        command.Parameters.AddWithValue("keep", TimeSpan.FromHours(_options.KeepHours));
        await PostgresFailure.GuardAsync(() => command.ExecuteNonQueryAsync(cancellationToken));
    }
}
