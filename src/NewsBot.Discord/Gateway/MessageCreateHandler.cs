using System.Data.Common;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Queue;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// MESSAGE_CREATE → queued work when the message mentions the bot or is a DM. Ignores the bot's own messages,
/// other bots and webhooks, channels outside <see cref="DiscordOptions.AllowedChannels"/>, and messages recorded before
/// (replayed after a resume, or delivered to another host too: the inbox key <c>discord:message:{id}</c>).
/// Never blocks the gateway's receive loop.
/// </summary>
internal sealed class MessageCreateHandler(DiscordAdmission admission, ILogger<MessageCreateHandler> logger)
{
    /// <summary>Messages recorded at once at most: a burst of events must not take every pooled database connection.</summary>
    public const int ConcurrentRecords = 4;

    // Never disposed: a detached recording may still release it as the host stops (it holds no wait handle).
    private readonly SemaphoreSlim _recording = new(ConcurrentRecords, ConcurrentRecords);

    public void Handle(GatewayMessage message, string? botUserId)
    {
        if (botUserId is null || message.Author is null || message.Author.Id == botUserId || message.Author.Bot == true || message.WebhookId is not null)
            return;
        var isDirect = message.GuildId is null;
        var content = message.Content ?? "";
        var mentioned = message.Mentions?.Any(u => u.Id == botUserId) == true
            || content.Contains($"<@{botUserId}>", StringComparison.Ordinal)
            || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        if ((!isDirect && !mentioned) || !admission.ChannelAllowed(message.ChannelId, isDirect))
            return;

        var text = content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal)
            .Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal)
            .Trim();
        var command = text.Length == 0 ? new BotCommand(CommandKind.Help, "") : BotCommand.Parse(text);
        var work = new DiscordMessageJob(DiscordMessageJob.KeyFor(message.Id), message.ChannelId, message.Id, command, "discord:" + message.ChannelId);
        // Recording may take a database round trip: it goes on without the receive loop, which reads the next event.
        // (With the in-memory inbox it completes before this returns, as queueing always did.)
        _ = AdmitAsync(message.Author.Id, work);
    }

    private async Task AdmitAsync(string user, DiscordMessageJob work)
    {
        var nonce = DiscordNonce.For(work.Key, "n");
        DiscordAdmissionOutcome outcome;
        // Free at once with the in-memory inbox, so the whole admission still runs inside Handle there.
        await _recording.WaitAsync();
        try
        {
            outcome = await admission.TryQueueAsync(user, work, CancellationToken.None);
        }
        catch (DbException e)
        {
            // The edge of this detached task. Not recorded (the database is down, or refused the connection), so no
            // host will answer it: say so rather than leave the question hanging.
            DiscordLog.InboxUnavailable(logger, "message in channel " + work.ChannelId, e.Message);
            admission.Notify(new DiscordNotice(work.ChannelId, work.MessageId, DiscordAdmission.UnavailableText, nonce));
            return;
        }
        finally
        {
            _recording.Release();
        }
        switch (outcome)
        {
            case DiscordAdmissionOutcome.Duplicate:
                DiscordLog.DuplicateMessage(logger, work.MessageId);
                break;
            case DiscordAdmissionOutcome.RateLimited:
                DiscordLog.MessageRateLimited(logger, work.ChannelId);
                // Told once a minute at most: a public reply to every message over the limit would flood the channel.
                admission.NotifyRateLimited(user, new DiscordNotice(work.ChannelId, work.MessageId, DiscordAdmission.RateLimitedText, nonce));
                break;
            case DiscordAdmissionOutcome.Busy:
                DiscordLog.MessageBusy(logger, work.ChannelId);
                admission.Notify(new DiscordNotice(work.ChannelId, work.MessageId, DiscordAdmission.BusyText, nonce));
                break;
        }
    }
}
