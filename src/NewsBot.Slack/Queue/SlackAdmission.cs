using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Inbox;
using NewsBot.Slack.Events;

namespace NewsBot.Slack.Queue;

/// <summary>
/// The gate every request passes before it is acknowledged: channel allowlist, per-user rate limit, the inbox (one
/// answer per key, whichever host or retry it reaches), queue room.
/// </summary>
internal sealed class SlackAdmission(
    WorkQueue<SlackJob, SlackNotice> queue,
    IInbox inbox,
    [FromKeyedServices(SlackJob.Platform)] QueuedLeases leases,
    [FromKeyedServices(SlackAdmission.LimiterKey)] UserRateLimiter limiter,
    IOptions<SlackOptions> options,
    ILogger<SlackAdmission> logger)
{
    /// <summary>Key of Slack's own <see cref="UserRateLimiter"/> (Discord has another).</summary>
    public const string LimiterKey = "slack";

    public const string RateLimitedText = UserRateLimiter.SlowDownText;

    public const string BusyText =
        "I'm busy answering other questions right now. Please try again in a minute.";

    public const string NotAllowedText = "I don't answer in this channel; ask me in a direct message instead.";

    private readonly HashSet<string> _allowed = new(options.Value.AllowedChannels, StringComparer.Ordinal);

    /// <summary>Direct messages (<c>D…</c>) are always allowed; channels only when listed (or when no list is set).</summary>
    public bool ChannelAllowed(string channel) =>
        _allowed.Count == 0 || channel.StartsWith('D') || _allowed.Contains(channel);

    /// <summary>
    /// Records the job in the inbox, then queues it; returns once both are done, so the caller may acknowledge. A
    /// rate-limited request is not recorded (it is told, not answered). Throws
    /// <see cref="NewsBot.Core.Index.CatalogUnavailableException"/> when the inbox cannot be reached: then the caller
    /// must not acknowledge, and Slack delivers the request again.
    /// </summary>
    public async Task<SlackEventOutcome> AdmitAsync(SlackJob job, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(job.User))
            return SlackEventOutcome.RateLimited;
        // Only a shared inbox hands the payload to another host; the in-memory one keeps keys alone (no JSON per request).
        var payload = inbox.Durable ? job.ToPayload() : "";
        if (!await inbox.TryAddAsync(new InboxItem(job.Key, SlackJob.Platform, payload), cancellationToken))
            return SlackEventOutcome.Duplicate;
        if (leases.TryQueue(job.Key, () => queue.TryEnqueue(job)))
            return SlackEventOutcome.Queued;
        // Told "busy" instead of answered: marked done, so no host takes it up later and answers after the refusal.
        await inbox.CompleteAsync(job.Key, cancellationToken);
        return SlackEventOutcome.Busy;
    }

    /// <summary>Queues a "slow down" reply, at most once a minute per user (more would crowd the channel).</summary>
    public void NotifyRateLimited(SlackNotice notice)
    {
        if (limiter.TryWarn(notice.User))
            Notify(notice);
        else
            SlackLog.SlowDownNotRepeated(logger, notice.Channel, notice.User);
    }

    /// <summary>Queues a "busy" or "slow down" reply for the notice sender; a flood of them is dropped and logged.</summary>
    public void Notify(SlackNotice notice)
    {
        if (!queue.TryNotify(notice))
            SlackLog.NoticeDropped(logger, notice.Channel, notice.User);
    }
}
