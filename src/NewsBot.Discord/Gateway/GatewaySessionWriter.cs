using Microsoft.Extensions.Logging;
using NewsBot.Core.Connections;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Stores the owner's session (<see cref="IGatewayLease.SaveAsync"/>) as events are taken in, so the host that takes over
/// resumes close to where this one stopped. One writer, off the receive loop: changes that arrive while a write is in
/// flight or within <see cref="Spacing"/> of the last one are coalesced into the next write of the latest state; READY,
/// RESUMED and a reset are written at once. A resume from a slightly older sequence only replays events, which the
/// message handler drops as duplicates.
/// </summary>
internal sealed class GatewaySessionWriter(IGatewayLease lease, GatewaySession session, TimeProvider time, ILogger logger)
{
    /// <summary>At most about four writes a second, however busy the gateway is.</summary>
    internal static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(250);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var stored = lease.Session;
        long? lastWrite = null;
        var retry = false;
        try
        {
            while (true)
            {
                var urgent = !retry && await session.ChangedAsync(cancellationToken);
                retry = false;
                // A signal may come after its change was already written along with an earlier one: nothing to wait for.
                if (session.Snapshot() == stored)
                    continue;
                if (!urgent && lastWrite is { } at && time.GetElapsedTime(at) is var since && since < Spacing)
                    await Task.Delay(Spacing - since, time, cancellationToken);
                var current = session.Snapshot();
                lastWrite = time.GetTimestamp();
                try
                {
                    if (!await lease.SaveAsync(current, cancellationToken))
                    {
                        DiscordLog.GatewaySessionFenced(logger, lease.Epoch);
                        return;
                    }
                    stored = current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // This loop's edge: the database may be restarting. The write is tried again after Spacing; if the
                    // ownership itself went, the lease says so and the gateway is handed over.
                    DiscordLog.GatewaySessionNotStored(logger, e.GetType().Name, e.Message);
                    retry = true;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // No longer the owner, or shutting down.
        }
    }
}
