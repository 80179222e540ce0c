using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning, Message = "Could not renew the lease on {Key}: {Reason}; still answering (a host that takes it over edits the same reply)")]
    public static partial void RenewFailed(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Could not mark {Key} answered: {Reason}; another host may re-run it once the lease runs out (its reply edits this one's)")]
    public static partial void CompleteFailed(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Took over {Key} (attempt {Attempt}): the host that received it stopped renewing its lease")]
    public static partial void TookOver(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Warning, Message = "Could not look for abandoned {Platform} requests: {Reason}; trying again at the next poll")]
    public static partial void PollFailed(ILogger logger, string platform, string reason);

    [LoggerMessage(EventId = 1505, Level = LogLevel.Information, Message = "Left {Key} to its next lease: this host cannot take it up now")]
    public static partial void LeftForLater(ILogger logger, string key);

    [LoggerMessage(EventId = 1506, Level = LogLevel.Information, Message = "{Key} was taken over by another host while it waited here (a lease renewal came late); left to that host")]
    public static partial void TakenOverWhileQueued(ILogger logger, string key);

    [LoggerMessage(EventId = 1507, Level = LogLevel.Warning, Message = "Could not renew or check the lease on {Key}: {Reason}")]
    public static partial void LeaseUnknown(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 1508, Level = LogLevel.Warning, Message = "Could not {Action} the reply of {Key}: {Reason}; should another host take the request over, it may post what was posted here again")]
    public static partial void ReplyNotKept(ILogger logger, string action, string key, string reason);

    [LoggerMessage(EventId = 1509, Level = LogLevel.Warning, Message = "Could not renew the leases on {Count} queued requests: {Reason}; trying again at the next renewal")]
    public static partial void QueuedLeasesUnknown(ILogger logger, int count, string reason);
}
