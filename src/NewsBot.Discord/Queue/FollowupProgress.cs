using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Inbox;

namespace NewsBot.Discord.Queue;

/// <summary>
/// How many messages of an interaction's answer went out (the original first), kept as the inbox reply
/// (<c>parts sent: n</c>) so a re-run on another host skips the follow-ups already posted: editing the original twice
/// shows it once, a follow-up posted twice shows twice. Only a shared inbox has re-runs; in memory this does nothing.
/// Between a follow-up and its record is a window of one message a re-run may post again; an inbox that cannot be read
/// means posting all follow-ups (better all of the answer, perhaps a follow-up twice, than none).
/// </summary>
internal sealed class FollowupProgress(IInbox inbox, InboxReplies replies, ILogger logger)
{
    private const string Prefix = "parts sent: ";

    /// <summary>Messages sent before, at least 1 (the original, edited again by any re-run).</summary>
    public async Task<int> SentAsync(string key, CancellationToken cancellationToken)
    {
        if (!inbox.Durable)
            return 1;
        var reply = await replies.FindAsync(key, cancellationToken);
        if (reply is null || !reply.StartsWith(Prefix, StringComparison.Ordinal)
            || !int.TryParse(reply.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sent) || sent < 1)
            return 1;
        DiscordLog.PartsSkipped(logger, key, sent);
        return sent;
    }

    public async Task RecordAsync(string key, int sent, CancellationToken cancellationToken)
    {
        if (inbox.Durable)
            await replies.RecordAsync(key, Prefix + sent.ToString(CultureInfo.InvariantCulture), cancellationToken);
    }
}
