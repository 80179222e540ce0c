using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Index;

namespace NewsBot.Core.Inbox;

/// <summary>
/// Keeps this host's lease on the requests waiting in a front end's queue. <see cref="InboxWork"/> renews a lease only
/// while a worker answers; a request left unrenewed in a long queue (a burst, a slow chat model) would be taken over by
/// another host, or by this host's own poller, claim after claim, until <c>Inbox:MaxAttempts</c> gives it up unanswered.
/// Renewed every third of <c>Inbox:LeaseSeconds</c>, one statement for all waiting requests; a dead host renews nothing, so
/// what it had queued is taken over as before. Each front end (Slack, Discord) has its own, beside its queue.
/// </summary>
public sealed class QueuedLeases(IInbox inbox, TimeProvider time, IOptions<InboxOptions> options, ILogger<QueuedLeases> logger)
{
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);

    /// <summary>The request is about to wait in the queue: keep its lease.</summary>
    public void Waiting(string key)
    {
        if (inbox.Durable)
            _waiting.TryAdd(key, 0);
    }

    /// <summary>
    /// Queues a recorded request with <paramref name="enqueue"/>, keeping its lease while it waits; false (and no lease
    /// kept) when the queue refused it.
    /// </summary>
    public bool TryQueue(string key, Func<bool> enqueue)
    {
        Waiting(key);
        if (enqueue())
            return true;
        Left(key);
        return false;
    }

    /// <summary>The request left the queue (a worker took it, or it was never queued): its lease is no longer kept here.</summary>
    public void Left(string key) => _waiting.TryRemove(key, out _);

    /// <summary>
    /// As a worker takes the request up: whether this host still holds its lease. A renewal can come late (the database
    /// slow or away for a lease): then another host may have taken it over and answers it, and running it here too would
    /// answer twice. When the inbox cannot be reached it answers true: answering (and perhaps being edited by a host that
    /// takes it over) beats not answering.
    /// </summary>
    public async Task<bool> StillOursAsync(string key, CancellationToken stop)
    {
        Left(key);
        if (!inbox.Durable)
            return true;
        try
        {
            if (await inbox.RenewAsync(key, stop))
                return true;
            InboxLog.TakenOverWhileQueued(logger, key);
            return false;
        }
        catch (CatalogUnavailableException e)
        {
            InboxLog.LeaseUnknown(logger, key, e.InnerException?.Message ?? e.Message);
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        if (!inbox.Durable)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.LeaseSeconds / 3), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
                await RenewAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutting down: what is still queued is taken over by another host once its lease runs out.
        }
    }

    private async Task RenewAsync(CancellationToken stop)
    {
        var keys = _waiting.Keys.ToList();
        if (keys.Count == 0)
            return;
        try
        {
            // One statement for the whole queue: one per key took longer than a short lease under load.
            var held = await inbox.RenewAllAsync(keys, stop);
            // Not held: another host holds it now; the worker that reaches it skips it (StillOursAsync).
            foreach (var key in keys.Where(k => !held.Contains(k)))
                Left(key);
        }
        catch (CatalogUnavailableException e)
        {
            InboxLog.QueuedLeasesUnknown(logger, keys.Count, e.InnerException?.Message ?? e.Message);
        }
    }
}
