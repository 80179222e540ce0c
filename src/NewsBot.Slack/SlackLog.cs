using Microsoft.Extensions.Logging;
using NewsBot.Slack.Events;

namespace NewsBot.Slack;

/// <summary>The Slack front end's log messages. None carries a token, a signing secret or a response URL.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(1, LogLevel.Information, "Slack: connected as bot user {UserId} in workspace {Team}")]
    public static partial void Connected(ILogger logger, string userId, string team);

    [LoggerMessage(2, LogLevel.Warning, "Slack: rejected request to {Path}: {Reason} ({HeldBack} more rejected since the last report; reported at most once a minute)")]
    public static partial void RequestRejected(ILogger logger, string path, string reason, int heldBack);

    [LoggerMessage(3, LogLevel.Debug, "Slack: {Key} already recorded (a retry, a twin event or a copy another host took), event {EventId} skipped")]
    public static partial void DuplicateRequest(ILogger logger, string key, string eventId);

    [LoggerMessage(4, LogLevel.Information, "Slack: event {EventId} ({Type}) → {Outcome}")]
    public static partial void EventRouted(ILogger logger, string eventId, string type, SlackEventOutcome outcome);

    [LoggerMessage(5, LogLevel.Information, "Slack: command {Command} → {Outcome}")]
    public static partial void CommandRouted(ILogger logger, string command, SlackEventOutcome outcome);

    [LoggerMessage(6, LogLevel.Information, "Slack: not answering in channel {Channel} (not in Slack:AllowedChannels)")]
    public static partial void ChannelNotAllowed(ILogger logger, string channel);

    [LoggerMessage(7, LogLevel.Warning, "Slack: notice queue full, could not tell user {User} in {Channel}")]
    public static partial void NoticeDropped(ILogger logger, string channel, string user);

    [LoggerMessage(25, LogLevel.Debug, "Slack: user {User} in {Channel} is still over the rate limit; told once this minute already")]
    public static partial void SlowDownNotRepeated(ILogger logger, string channel, string user);

    [LoggerMessage(8, LogLevel.Warning, "Slack: Web API answered {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RetryingWebApi(ILogger logger, int statusCode, int attempt, long delayMs);

    [LoggerMessage(9, LogLevel.Error, "Slack: answering in {Channel} failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(10, LogLevel.Debug, "Slack: reactions.add failed: {Error}")]
    public static partial void ReactionFailed(ILogger logger, string error);

    [LoggerMessage(11, LogLevel.Error, "Slack: {Job} failed")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(12, LogLevel.Information, "Slack: {Job} abandoned at shutdown")]
    public static partial void JobAbandonedAtShutdown(ILogger logger, string job);

    [LoggerMessage(13, LogLevel.Critical, "Slack: Socket Mode refused the app token ({Error}); check Slack__AppToken. Socket Mode stopped.")]
    public static partial void SocketModeRejected(ILogger logger, string error);

    [LoggerMessage(14, LogLevel.Warning, "Slack: Socket Mode connection failed: {Kind}: {Message}")]
    public static partial void SocketFailed(ILogger logger, string kind, string message);

    [LoggerMessage(15, LogLevel.Information, "Slack: Socket Mode reconnecting in {DelayMs} ms (failure {Failures})")]
    public static partial void Reconnecting(ILogger logger, long delayMs, int failures);

    [LoggerMessage(16, LogLevel.Information, "Slack: Socket Mode connected (hello)")]
    public static partial void SocketHello(ILogger logger);

    [LoggerMessage(17, LogLevel.Information, "Slack: Socket Mode disconnect: {Reason}")]
    public static partial void SocketDisconnect(ILogger logger, string reason);

    [LoggerMessage(18, LogLevel.Error, "Slack: handling a {Type} envelope failed (acknowledged anyway)")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, string type);

    [LoggerMessage(19, LogLevel.Warning, "Slack: could not acknowledge envelope {EnvelopeId}: {Kind}")]
    public static partial void AckFailed(ILogger logger, string envelopeId, string kind);

    [LoggerMessage(20, LogLevel.Warning, "Slack: unreadable Socket Mode message: {Message}")]
    public static partial void BadSocketMessage(ILogger logger, string message);

    [LoggerMessage(21, LogLevel.Information, "Slack: {Type} payload acknowledged and ignored")]
    public static partial void EnvelopeIgnored(ILogger logger, string type);

    [LoggerMessage(22, LogLevel.Warning, "Slack: app_rate_limited (minute {Minute}); events are being dropped by Slack")]
    public static partial void AppRateLimited(ILogger logger, string minute);

    [LoggerMessage(24, LogLevel.Debug, "Slack: a streaming edit failed ({Error}); the final edit follows")]
    public static partial void PartialEditFailed(ILogger logger, string error);

    [LoggerMessage(26, LogLevel.Critical, "Slack: {Message} The Slack front end is stopped; the rest of NewsBot keeps serving.")]
    public static partial void BadSetting(ILogger logger, string message);

    [LoggerMessage(27, LogLevel.Warning, "Slack: cannot start yet: {Failure}; trying again in {DelayMs} ms (failure {Failures})")]
    public static partial void StartRetrying(ILogger logger, string failure, long delayMs, int failures);

    [LoggerMessage(28, LogLevel.Warning, "Slack: {Request} not acknowledged: the inbox cannot be reached ({Reason}); Slack delivers it again")]
    public static partial void NotKept(ILogger logger, string request, string reason);

    [LoggerMessage(30, LogLevel.Error, "Slack: an inbox request ({Key}) holds a job this host cannot read; left for its lease to lapse")]
    public static partial void UnreadablePayload(ILogger logger, Exception exception, string key);

    [LoggerMessage(31, LogLevel.Information, "Slack: {Key} was answered through its response_url before; not answered again")]
    public static partial void AlreadyResponded(ILogger logger, string key);

    [LoggerMessage(23, LogLevel.Debug, "Slack: closing the old socket failed: {Kind}")]
    public static partial void CloseFailed(ILogger logger, string kind);
}
