using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;

namespace NewsBot.Slack.Queue;

/// <summary>
/// Keeps this host's lease on the requests waiting in its queue. <see cref="InboxWork"/> renews a lease only while a
/// worker answers; a request left unrenewed in a long queue (a burst, a slow chat model) would be taken over by another
/// host, or by this host's own poller, claim after claim, until <c>Inbox:MaxAttempts</c> gives it up unanswered. Renewed
/// every third of <c>Inbox:LeaseSeconds</c>, one statement per waiting request; a dead host renews nothing, so what it
/// had queued is taken over as before.
/// </summary>
internal sealed class SlackQueuedLeases(IInbox inbox, TimeProvider time, IOptions<InboxOptions> options, ILogger<SlackQueuedLeases> logger)
{
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);

    /// <summary>The request is about to wait in the queue: keep its lease.</summary>
    public void Waiting(string key)
    {
        if (inbox.Durable)
            _waiting.TryAdd(key, 0);
    }

    /// <summary>The request left the queue (a worker took it, or it was never queued): its lease is no longer kept here.</summary>
    public void Left(string key) => _waiting.TryRemove(key, out _);

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
        foreach (var key in _waiting.Keys)
        {
            try
            {
                // False: another host holds it now; the worker that reaches it skips it (SlackWorker).
                if (!await inbox.RenewAsync(key, stop))
                    Left(key);
            }
            catch (CatalogUnavailableException e)
            {
                SlackLog.LeaseUnknown(logger, key, e.InnerException?.Message ?? e.Message);
                return;
            }
        }
    }
}
