using Microsoft.Extensions.Logging;

namespace NewsBot.Discord;

/// <summary>
/// The Discord front end's log messages, in one place as Slack's are (<c>SlackLog</c>). None carries the bot token, an
/// interaction token or a webhook URL.
/// </summary>
internal static partial class DiscordLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Discord {Route} answered {Status}; retrying in {WaitMs} ms (global: {Global})")]
    public static partial void RestRetrying(ILogger logger, string route, int status, long waitMs, bool global);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Discord {Route} answered {Status} after {Retries} retries; giving up")]
    public static partial void RestGivingUp(ILogger logger, string route, int status, int retries);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Discord notice queue full; could not tell channel {ChannelId} to wait")]
    public static partial void NoticeDropped(ILogger logger, string channelId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Discord {Command} failed")]
    public static partial void JobFailed(ILogger logger, Exception exception, string command);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Dropped a Discord {Command} that waited {WaitedSeconds} s in the queue; its interaction token is about to expire")]
    public static partial void InteractionExpired(ILogger logger, string command, long waitedSeconds);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Discord typing indicator failed: {Reason}")]
    public static partial void TypingFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Could not send a notice reply: {Reason}")]
    public static partial void NoticeNotDelivered(ILogger logger, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Could not tell the user about a failure: {Reason}")]
    public static partial void ApologyNotDelivered(ILogger logger, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Could not answer a type-{Type} interaction from the gateway: {Reason}")]
    public static partial void CallbackFailed(ILogger logger, int type, string reason);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Discord message {MessageId} was answered already (replayed after a resume)")]
    public static partial void DuplicateMessage(ILogger logger, string messageId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Discord queue full; told channel {ChannelId} the bot is busy")]
    public static partial void MessageBusy(ILogger logger, string channelId);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Discord: a user in channel {ChannelId} is over Discord:UserRequestsPerMinute; told to slow down")]
    public static partial void MessageRateLimited(ILogger logger, string channelId);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Discord gateway stopped and will not reconnect: {Reason}")]
    public static partial void GatewayStopped(ILogger logger, string reason);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Discord gateway connection ended ({Reason}); reconnecting in {DelayMs} ms (resume: {Resume})")]
    public static partial void GatewayReconnecting(ILogger logger, string reason, long delayMs, bool resume);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Discord gateway ready as user {UserId}")]
    public static partial void GatewayReady(ILogger logger, string userId);

    [LoggerMessage(EventId = 16, Level = LogLevel.Trace, Message = "Discord gateway heartbeat acknowledged")]
    public static partial void HeartbeatAcked(ILogger logger);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "Discord gateway session resumed at sequence {Sequence}")]
    public static partial void GatewayResumed(ILogger logger, long sequence);

    [LoggerMessage(EventId = 18, Level = LogLevel.Warning, Message = "Could not read a Discord {Event} dispatch: {Reason}")]
    public static partial void BadDispatch(ILogger logger, string @event, string reason);

    [LoggerMessage(EventId = 19, Level = LogLevel.Debug, Message = "Closing the gateway socket failed: {Reason}")]
    public static partial void CloseFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Rejected a Discord interaction with a bad signature from {Remote} ({HeldBack} more rejected since the last report; reported at most once a minute)")]
    public static partial void RequestRejected(ILogger logger, string remote, int heldBack);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "A signed Discord interaction was not valid JSON: {Reason}")]
    public static partial void MalformedInteraction(ILogger logger, string reason);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Discord queue full; told the user of /{Command} that the bot is busy")]
    public static partial void CommandBusy(ILogger logger, string command);

    [LoggerMessage(EventId = 23, Level = LogLevel.Information, Message = "Discord: a user is over Discord:UserRequestsPerMinute; /{Command} refused")]
    public static partial void CommandRateLimited(ILogger logger, string command);

    [LoggerMessage(EventId = 24, Level = LogLevel.Information, Message = "This host owns the Discord gateway (epoch {Epoch}; stored session to resume: {Resume})")]
    public static partial void GatewayOwned(ILogger logger, long epoch, bool resume);

    [LoggerMessage(EventId = 25, Level = LogLevel.Information, Message = "Another host holds the Discord gateway; this one waits in standby")]
    public static partial void GatewayStandby(ILogger logger);

    [LoggerMessage(EventId = 26, Level = LogLevel.Warning, Message = "This host lost the Discord gateway (epoch {Epoch}); closed it keeping the session and competes again")]
    public static partial void GatewayOwnershipLost(ILogger logger, long epoch);

    [LoggerMessage(EventId = 27, Level = LogLevel.Warning, Message = "Cannot tell which host owns the Discord gateway: {Error}: {Reason}")]
    public static partial void GatewayOwnerUnknown(ILogger logger, string error, string reason);

    [LoggerMessage(EventId = 28, Level = LogLevel.Warning, Message = "Could not store the Discord gateway session: {Error}: {Reason}; trying again")]
    public static partial void GatewaySessionNotStored(ILogger logger, string error, string reason);

    [LoggerMessage(EventId = 29, Level = LogLevel.Warning, Message = "The Discord gateway session was not stored: another host owns the gateway since (this host's epoch {Epoch})")]
    public static partial void GatewaySessionFenced(ILogger logger, long epoch);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Discord {What} not accepted: the inbox cannot be reached ({Reason}); the user is told to try again")]
    public static partial void InboxUnavailable(ILogger logger, string what, string reason);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Debug, Message = "Discord interaction {InteractionId} was recorded already; not queued again")]
    public static partial void DuplicateInteraction(ILogger logger, string interactionId);

    [LoggerMessage(EventId = 2403, Level = LogLevel.Warning, Message = "Could not close {Key} after telling the user the bot is busy: {Reason}; another host may answer it once its lease runs out")]
    public static partial void BusyRecordLeftOpen(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 2404, Level = LogLevel.Error, Message = "Could not take over {Key}: its inbox payload is not a Discord job ({Reason})")]
    public static partial void PayloadUnreadable(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 2405, Level = LogLevel.Information, Message = "Re-running {Key}: {Sent} of its messages were posted before; only the rest are posted")]
    public static partial void PartsSkipped(ILogger logger, string key, int sent);
}
