using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Index;

namespace NewsBot.Core.Inbox;

/// <summary>
/// Runs the answer to one inbox request while holding its lease: renewed every third of
/// <see cref="InboxOptions.LeaseSeconds"/>, and the request marked answered when the work ends, whether it answered or
/// told the person it failed (the front end's handler does that). Shutdown is the exception: the request stays open,
/// so another host takes it over once the lease runs out. With the in-memory inbox this only runs the work.
/// </summary>
public sealed class InboxWork(IInbox inbox, TimeProvider time, IOptions<InboxOptions> options, ILogger<InboxWork> logger)
{
    private readonly TimeSpan _renewEvery = TimeSpan.FromSeconds(options.Value.LeaseSeconds / 3);

    public async Task RunAsync(string key, Func<CancellationToken, Task> answer, CancellationToken stop)
    {
        if (!inbox.Durable)
        {
            await answer(stop);
            await inbox.CompleteAsync(key, stop);
            return;
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var renewal = RenewAsync(key, renewing.Token);
        try
        {
            await answer(stop);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }
        if (stop.IsCancellationRequested)
            return;
        try
        {
            await inbox.CompleteAsync(key, stop);
        }
        catch (CatalogUnavailableException e)
        {
            InboxLog.CompleteFailed(logger, key, e.Message);
        }
    }

    private async Task RenewAsync(string key, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_renewEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    if (!await inbox.RenewAsync(key, cancellationToken))
                        InboxLog.RenewFailed(logger, key, "another host holds it now");
                }
                catch (CatalogUnavailableException e)
                {
                    InboxLog.RenewFailed(logger, key, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The work ended.
        }
    }
}
