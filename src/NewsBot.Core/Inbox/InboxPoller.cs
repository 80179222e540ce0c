using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Index;

namespace NewsBot.Core.Inbox;

/// <summary>
/// Each host's look, every <see cref="InboxOptions.PollSeconds"/>, for a platform's requests whose lease ran out
/// unanswered (the host that received them died or lost the database mid-answer): it claims them with a fresh lease and
/// hands them to the front end's queue. With the in-memory inbox there is never any, and it returns at once.
/// </summary>
public sealed class InboxPoller(IInbox inbox, TimeProvider time, IOptions<InboxOptions> options, ILogger<InboxPoller> logger)
{
    /// <summary>Requests claimed at one poll at most, so one host does not take over everything a dead one left.</summary>
    public const int ClaimsPerPoll = 8;

    /// <summary>
    /// Until <paramref name="stop"/>: claims the platform's abandoned requests and gives each to <paramref name="takeOver"/>,
    /// which queues it and answers false when it cannot (queue full): then the claim lapses and any host may take it later.
    /// </summary>
    public async Task RunAsync(string platform, Func<InboxItem, bool> takeOver, CancellationToken stop)
    {
        if (!inbox.Durable)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
                await PollOnceAsync(platform, takeOver, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task PollOnceAsync(string platform, Func<InboxItem, bool> takeOver, CancellationToken stop)
    {
        IReadOnlyList<InboxItem> claimed;
        try
        {
            claimed = await inbox.ClaimAbandonedAsync(platform, ClaimsPerPoll, stop);
        }
        catch (CatalogUnavailableException e)
        {
            InboxLog.PollFailed(logger, platform, e.Message);
            return;
        }
        foreach (var item in claimed)
        {
            if (takeOver(item))
                InboxLog.TookOver(logger, item.Key, item.Attempts);
            else
                InboxLog.LeftForLater(logger, item.Key);
        }
    }
}
