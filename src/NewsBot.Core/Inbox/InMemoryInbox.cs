using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Inbox;

/// <summary>
/// The inbox of one host (the default): remembers keys for <see cref="InboxOptions.KeepHours"/>, at most
/// <see cref="MaxKeys"/> of them, so retries and twin events are recognised; nothing outlives the process, so there is
/// nothing to take over and leases always hold.
/// </summary>
public sealed class InMemoryInbox(TimeProvider time, IOptions<InboxOptions> options) : IInbox
{
    /// <summary>Keys kept at most; when full, the expired ones go, then the oldest half.</summary>
    public const int MaxKeys = 50_000;

    private readonly TimeSpan _keep = TimeSpan.FromHours(options.Value.KeepHours);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _replies = new(StringComparer.Ordinal);

    public bool Durable => false;

    public ValueTask<bool> TryAddAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_seen.Count >= MaxKeys)
            Prune(now);
        if (_seen.TryAdd(item.Key, now))
            return ValueTask.FromResult(true);
        // A key older than the keeping time counts as new, as it would once a shared store pruned it.
        var renewed = _seen.TryGetValue(item.Key, out var at) && now - at > _keep && _seen.TryUpdate(item.Key, now, at);
        return ValueTask.FromResult(renewed);
    }

    public ValueTask<bool> RenewAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask<IReadOnlySet<string>> RenewAllAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlySet<string>>(keys.ToHashSet(StringComparer.Ordinal));

    public ValueTask CompleteAsync(string key, CancellationToken cancellationToken)
    {
        _replies.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<InboxItem>> ClaimAbandonedAsync(string platform, int max, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<InboxItem>>([]);

    public ValueTask SetReplyAsync(string key, string reply, CancellationToken cancellationToken)
    {
        _replies[key] = reply;
        return ValueTask.CompletedTask;
    }

    public ValueTask<string?> ReplyAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_replies.TryGetValue(key, out var reply) ? reply : null);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, at) in _seen)
        {
            if (now - at > _keep)
                _seen.TryRemove(key, out _);
        }
        // Still full of fresh keys (a flood): forget the oldest half rather than grow without bound.
        if (_seen.Count >= MaxKeys)
        {
            foreach (var (key, _) in _seen.OrderBy(p => p.Value).Take(MaxKeys / 2))
                _seen.TryRemove(key, out _);
        }
    }
}
