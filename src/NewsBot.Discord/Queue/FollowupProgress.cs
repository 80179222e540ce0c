using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;

namespace NewsBot.Discord.Queue;

/// <summary>
/// How many messages of an interaction's answer went out (the original first), kept as the inbox reply
/// (<c>parts sent: n</c>) so a re-run on another host skips the follow-ups already posted: editing the original twice
/// shows it once, a follow-up posted twice shows twice. Only a shared inbox has re-runs; in memory this does nothing.
/// Between a follow-up and its record is a window of one message a re-run may post again.
/// </summary>
internal sealed class FollowupProgress(IInbox inbox, ILogger logger)
{
    private const string Prefix = "parts sent: ";

    /// <summary>Messages sent before, at least 1 (the original, edited again by any re-run).</summary>
    public async Task<int> SentAsync(string key, CancellationToken cancellationToken)
    {
        if (!inbox.Durable)
            return 1;
        string? reply;
        try
        {
            reply = await inbox.ReplyAsync(key, cancellationToken);
        }
        catch (CatalogUnavailableException e)
        {
            // The answer is ready: better all of it, perhaps a follow-up twice, than none.
            DiscordLog.PartsNotRead(logger, key, e.Message);
            return 1;
        }
        if (reply is null || !reply.StartsWith(Prefix, StringComparison.Ordinal)
            || !int.TryParse(reply.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sent) || sent < 1)
            return 1;
        DiscordLog.PartsSkipped(logger, key, sent);
        return sent;
    }

    public async Task RecordAsync(string key, int sent, CancellationToken cancellationToken)
    {
        if (!inbox.Durable)
            return;
        try
        {
            await inbox.SetReplyAsync(key, Prefix + sent.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        catch (CatalogUnavailableException e)
        {
            // Still answering: only a re-run elsewhere (this host dying too) would post these parts again.
            DiscordLog.PartsNotRecorded(logger, key, sent, e.Message);
        }
    }
}
