namespace NewsBot.Core.Conversations;

/// <summary>
/// Recent turns per conversation (a Slack thread, a Discord channel or thread, a web chat tab), kept for follow-ups:
/// in this process (<see cref="InMemoryConversationStore"/>, the default) or in a database several hosts share, so a
/// follow-up answered by another host keeps its context.
/// </summary>
public interface IConversationStore
{
    /// <summary>The most recent turns, oldest first; none for a conversation never seen or no longer kept.</summary>
    ValueTask<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records a turn, dropping the oldest beyond the configured count (<c>Answering:ConversationTurns</c>, at least 1).</summary>
    ValueTask AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}
