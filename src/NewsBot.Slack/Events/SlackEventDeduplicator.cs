using System.Collections.Concurrent;

namespace NewsBot.Slack.Events;

/// <summary>
/// Remembers <c>event_id</c>s for an hour: Slack re-delivers an event whose ack was late (HTTP <c>X-Slack-Retry-Num</c>,
/// Socket Mode <c>retry_attempt</c>), and overlapping sockets can deliver it twice. Bounded in memory.
/// </summary>
internal sealed class SlackEventDeduplicator(TimeProvider time)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time an id is seen; false for every repeat.</summary>
    public bool FirstTime(string eventId)
    {
        var now = time.GetUtcNow();
        if (_seen.Count >= MaxRemembered)
            Prune(now);
        if (_seen.TryAdd(eventId, now))
            return true;
        if (_seen.TryGetValue(eventId, out var at) && now - at > Keep)
            return _seen.TryUpdate(eventId, now, at);
        return false;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, at) in _seen)
        {
            if (now - at > Keep)
                _seen.TryRemove(id, out _);
        }
        // Still full of fresh ids (a flood): forget the oldest half rather than grow without bound.
        if (_seen.Count >= MaxRemembered)
        {
            foreach (var (id, _) in _seen.OrderBy(p => p.Value).Take(MaxRemembered / 2))
                _seen.TryRemove(id, out _);
        }
    }
}
