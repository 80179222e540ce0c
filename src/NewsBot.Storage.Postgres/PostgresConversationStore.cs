using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Conversations;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// Recent turns per conversation in the database every host shares, so a follow-up answered by another host keeps its
/// context. The limits are the in-memory store's: <c>Answering:ConversationTurns</c> turns per conversation (the older
/// ones deleted as a turn is added) and <see cref="InMemoryConversationStore.MaxConversations"/> conversations (the
/// least recently added to deleted, with their turns), so the tables stay bounded.
/// </summary>
internal sealed class PostgresConversationStore(PostgresSharedState state, IOptions<AnsweringOptions> options, int maxConversations = InMemoryConversationStore.MaxConversations)
    : IConversationStore
{
    private readonly int _turns = Math.Max(1, options.Value.ConversationTurns);

    public async ValueTask<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT question, standalone_question, answer FROM conversation_turns WHERE conversation_id = @id ORDER BY turn DESC LIMIT @turns",
            connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("turns", _turns);
        var turns = new List<ConversationTurn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            turns.Add(new ConversationTurn(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        turns.Reverse();
        return turns;
    }

    public async ValueTask AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresFailure.OpenAsync(state, cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        // The database's clock orders conversations, so hosts with skewed clocks agree on the least recent.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO conversations(id, touched_at) VALUES(@id, clock_timestamp())
                ON CONFLICT (id) DO UPDATE SET touched_at = excluded.touched_at;
            INSERT INTO conversation_turns(conversation_id, question, standalone_question, answer) VALUES(@id, @question, @standalone, @answer);
            DELETE FROM conversation_turns WHERE conversation_id = @id
                AND turn < (SELECT min(turn) FROM (SELECT turn FROM conversation_turns WHERE conversation_id = @id ORDER BY turn DESC LIMIT @turns) AS kept);
            DELETE FROM conversations WHERE id IN (SELECT id FROM conversations ORDER BY touched_at DESC, id OFFSET @max);
            """,
            connection, tx);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("question", turn.Question);
        command.Parameters.AddWithValue("standalone", turn.StandaloneQuestion);
        command.Parameters.AddWithValue("answer", turn.Answer);
        command.Parameters.AddWithValue("turns", _turns);
        command.Parameters.AddWithValue("max", maxConversations);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }
}
