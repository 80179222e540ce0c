using System.Collections.Concurrent;

namespace NewsBot.Slack.Events;

/// <summary>Threads the bot has answered in; a reply there continues the conversation without a new mention.</summary>
internal sealed class SlackThreadRegistry(TimeProvider time)
{
    private static readonly TimeSpan Keep = TimeSpan.FromDays(1);
    private const int MaxThreads = 20_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _threads = new(StringComparer.Ordinal);

    public static string ConversationId(string channel, string threadTs) => $"slack:{channel}:{threadTs}";

    public void Add(string channel, string threadTs)
    {
        if (_threads.Count >= MaxThreads)
        {
            foreach (var (key, _) in _threads.OrderBy(p => p.Value).Take(MaxThreads / 4))
                _threads.TryRemove(key, out _);
        }
        _threads[ConversationId(channel, threadTs)] = time.GetUtcNow();
    }

    public bool Contains(string channel, string threadTs) =>
        _threads.TryGetValue(ConversationId(channel, threadTs), out var at) && time.GetUtcNow() - at <= Keep;
}
