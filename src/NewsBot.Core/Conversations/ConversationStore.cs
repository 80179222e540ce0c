using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;

namespace NewsBot.Core.Conversations;

/// <summary>
/// Recent turns per conversation (a Slack thread, a Discord channel or thread, a web chat tab), in memory,
/// bounded both in turns per conversation and in conversations kept.
/// </summary>
public sealed class ConversationStore(IOptions<AnsweringOptions> options)
{
    private const int MaxConversations = 10_000;
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly int _turns = Math.Max(1, options.Value.ConversationTurns);

    /// <summary>The most recent turns, oldest first.</summary>
    public IReadOnlyList<ConversationTurn> Recent(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation.Snapshot() : [];

    /// <summary>Records a turn, dropping the oldest beyond the configured count.</summary>
    public void Add(string conversationId, ConversationTurn turn)
    {
        if (_conversations.Count >= MaxConversations && !_conversations.ContainsKey(conversationId))
            EvictOldest();
        _conversations.GetOrAdd(conversationId, _ => new Conversation()).Add(turn, _turns);
    }

    private void EvictOldest()
    {
        var oldest = _conversations.MinBy(pair => pair.Value.LastTouched);
        _conversations.TryRemove(oldest.Key, out _);
    }

    private sealed class Conversation
    {
        private readonly Queue<ConversationTurn> _turns = new();

        public long LastTouched { get; private set; }

        public void Add(ConversationTurn turn, int max)
        {
            lock (_turns)
            {
                _turns.Enqueue(turn);
                while (_turns.Count > max)
                    _turns.Dequeue();
                LastTouched = Environment.TickCount64;
            }
        }

        public IReadOnlyList<ConversationTurn> Snapshot()
        {
            lock (_turns)
                return [.. _turns];
        }
    }
}
