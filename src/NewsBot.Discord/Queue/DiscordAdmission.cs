using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;

namespace NewsBot.Discord.Queue;

/// <summary>
/// The gate every request passes before it is queued, for slash commands and gateway messages alike: channel
/// allowlist, per-user rate limit, queue room. The same shape as Slack's <c>SlackAdmission</c>.
/// </summary>
internal sealed class DiscordAdmission(
    WorkQueue<DiscordJob, DiscordNotice> queue,
    [FromKeyedServices(DiscordAdmission.LimiterKey)] UserRateLimiter limiter,
    IOptions<DiscordOptions> options,
    ILogger<DiscordAdmission> logger)
{
    /// <summary>Key of Discord's own <see cref="UserRateLimiter"/> (Slack has another).</summary>
    public const string LimiterKey = "discord";

    public const string RateLimitedText = UserRateLimiter.SlowDownText;

    public const string BusyText = "I'm answering a lot of questions right now. Please try again in a minute.";

    public const string NotAllowedText = "I'm not enabled in this channel.";

    private readonly HashSet<string> _allowed = new(options.Value.AllowedChannels, StringComparer.Ordinal);

    /// <summary>Direct messages are always allowed; guild channels only when listed (or when no list is set).</summary>
    public bool ChannelAllowed(string? channelId, bool isDirect) =>
        isDirect || _allowed.Count == 0 || (channelId is not null && _allowed.Contains(channelId));

    /// <summary>Queues <paramref name="work"/> for <paramref name="user"/> unless they are over the limit or the queue is full.</summary>
    public DiscordAdmissionOutcome TryQueue(string user, DiscordJob work)
    {
        if (!limiter.TryAcquire(user))
            return DiscordAdmissionOutcome.RateLimited;
        return queue.TryEnqueue(work) ? DiscordAdmissionOutcome.Queued : DiscordAdmissionOutcome.Busy;
    }

    /// <summary>Queues a "slow down" reply, at most once a minute per user (more would flood the channel).</summary>
    public void NotifyRateLimited(string user, DiscordNotice notice)
    {
        if (limiter.TryWarn(user))
            Notify(notice);
    }

    /// <summary>Queues a "busy" or "slow down" reply for the notice sender; a flood of them is dropped and logged.</summary>
    public void Notify(DiscordNotice notice)
    {
        if (!queue.TryNotify(notice))
            DiscordLog.NoticeDropped(logger, notice.ChannelId);
    }
}
