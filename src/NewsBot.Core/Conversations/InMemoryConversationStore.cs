using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;

namespace NewsBot.Core.Conversations;

/// <summary>
/// Recent turns per conversation in this process's memory (the default, one host), bounded both in turns per
/// conversation and in conversations kept: beyond <see cref="MaxConversations"/> the least recently added to goes.
/// </summary>
public sealed class InMemoryConversationStore(IOptions<AnsweringOptions> options) : IConversationStore
{
    /// <summary>Conversations kept at most; a shared store keeps the same number.</summary>
    public const int MaxConversations = 10_000;

    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly int _turns = Math.Max(1, options.Value.ConversationTurns);

    public ValueTask<IReadOnlyList<ConversationTurn>> RecentAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ConversationTurn>>(
            _conversations.TryGetValue(conversationId, out var conversation) ? conversation.Snapshot() : []);

    public ValueTask AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (_conversations.Count >= MaxConversations && !_conversations.ContainsKey(conversationId))
            EvictOldest();
        _conversations.GetOrAdd(conversationId, _ => new Conversation()).Add(turn, _turns);
        return ValueTask.CompletedTask;
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
