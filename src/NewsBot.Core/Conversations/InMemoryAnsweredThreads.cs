using System.Collections.Concurrent;

namespace NewsBot.Core.Conversations;

/// <summary>Threads the bot answered in, in this process's memory (the default, one host); bounded in time and number.</summary>
public sealed class InMemoryAnsweredThreads(TimeProvider time) : IAnsweredThreads
{
    /// <summary>How long after the bot's last answer a reply in the thread still continues the conversation.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromDays(1);

    /// <summary>Threads kept at most; when full, the oldest quarter goes. A shared store keeps the same number.</summary>
    public const int MaxThreads = 20_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _threads = new(StringComparer.Ordinal);

    public ValueTask AddAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (_threads.Count >= MaxThreads)
        {
            foreach (var (key, _) in _threads.OrderBy(p => p.Value).Take(MaxThreads / 4))
                _threads.TryRemove(key, out _);
        }
        _threads[conversationId] = time.GetUtcNow();
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> ContainsAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_threads.TryGetValue(conversationId, out var at) && time.GetUtcNow() - at <= Keep);
}
