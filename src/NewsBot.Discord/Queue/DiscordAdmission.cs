using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;

namespace NewsBot.Discord.Queue;

/// <summary>
/// The gate every request passes before it is queued, for slash commands and gateway messages alike: channel
/// allowlist, per-user rate limit, the inbox record (a copy already recorded, here or on another host, is not queued
/// again), queue room. The same shape as Slack's <c>SlackAdmission</c>.
/// </summary>
internal sealed class DiscordAdmission(
    WorkQueue<DiscordJob, DiscordNotice> queue,
    [FromKeyedServices(DiscordAdmission.LimiterKey)] UserRateLimiter limiter,
    IInbox inbox,
    [FromKeyedServices(DiscordAdmission.Platform)] QueuedLeases leases,
    IOptions<DiscordOptions> options,
    ILogger<DiscordAdmission> logger)
{
    /// <summary>Key of Discord's own <see cref="UserRateLimiter"/> (Slack has another).</summary>
    public const string LimiterKey = "discord";

    public const string RateLimitedText = UserRateLimiter.SlowDownText;

    public const string BusyText = "I'm answering a lot of questions right now. Please try again in a minute.";

    public const string NotAllowedText = "I'm not enabled in this channel.";

    /// <summary>Said when the request cannot be recorded (the shared database is down): nothing was queued.</summary>
    public const string UnavailableText = "I can't answer right now, try again in a minute.";

    /// <summary>Whose inbox records these are (<see cref="InboxItem.Platform"/>): only Discord's workers take them over.</summary>
    public const string Platform = "discord";

    private readonly HashSet<string> _allowed = new(options.Value.AllowedChannels, StringComparer.Ordinal);

    /// <summary>Direct messages are always allowed; guild channels only when listed (or when no list is set).</summary>
    public bool ChannelAllowed(string? channelId, bool isDirect) =>
        isDirect || _allowed.Count == 0 || (channelId is not null && _allowed.Contains(channelId));

    /// <summary>
    /// Records <paramref name="work"/> in the inbox and queues it for <paramref name="user"/>, unless they are over the
    /// limit (not recorded), its key was recorded before (a copy: nothing queued) or the queue is full (the record is
    /// closed, so no host answers what the person was told is refused). Call it before acknowledging: it throws
    /// <see cref="CatalogUnavailableException"/> when the inbox cannot be reached (or another database error), and then
    /// nothing may be acknowledged.
    /// </summary>
    public async ValueTask<DiscordAdmissionOutcome> TryQueueAsync(string user, DiscordJob work, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(user))
            return DiscordAdmissionOutcome.RateLimited;
        // Only a shared inbox hands the payload to another host; the in-memory one keeps keys alone.
        var payload = inbox.Durable ? DiscordJobPayload.Serialize(work) : "";
        if (!await inbox.TryAddAsync(new InboxItem(work.Key, Platform, payload), cancellationToken))
            return DiscordAdmissionOutcome.Duplicate;
        if (leases.TryQueue(work.Key, () => queue.TryEnqueue(work)))
            return DiscordAdmissionOutcome.Queued;
        try
        {
            await inbox.CompleteAsync(work.Key, cancellationToken);
        }
        catch (CatalogUnavailableException e)
        {
            DiscordLog.BusyRecordLeftOpen(logger, work.Key, e.Message);
        }
        return DiscordAdmissionOutcome.Busy;
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
