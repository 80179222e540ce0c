using NewsBot.Core.Conversations;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// The threads the bot answered in, in the database every host shares, so a reply in a thread one host answered is
/// taken up by any host. The limits are the in-memory registry's: a thread is known for
/// <see cref="InMemoryAnsweredThreads.Keep"/> after the last answer in it, and at most
/// <see cref="InMemoryAnsweredThreads.MaxThreads"/> are kept; each answer deletes the expired rows and those beyond
/// the cap (oldest first), so the table stays bounded.
/// </summary>
internal sealed class PostgresAnsweredThreads(PostgresSharedState state, TimeProvider time, int maxThreads = InMemoryAnsweredThreads.MaxThreads)
    : IAnsweredThreads
{
    public async ValueTask AddAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO answered_threads(conversation_id, answered_at) VALUES(@id, @now)
                ON CONFLICT (conversation_id) DO UPDATE SET answered_at = excluded.answered_at;
            DELETE FROM answered_threads WHERE answered_at < @expired;
            DELETE FROM answered_threads WHERE conversation_id IN
                (SELECT conversation_id FROM answered_threads ORDER BY answered_at DESC, conversation_id OFFSET @max);
            """,
            connection, tx);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("expired", now - InMemoryAnsweredThreads.Keep);
        command.Parameters.AddWithValue("max", maxThreads);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async ValueTask<bool> ContainsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS(SELECT 1 FROM answered_threads WHERE conversation_id = @id AND answered_at >= @since)", connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("since", time.GetUtcNow() - InMemoryAnsweredThreads.Keep);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
