using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Discord.Queue;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// MESSAGE_CREATE → queued work when the message mentions the bot or is a DM. Ignores the bot's own messages,
/// other bots and webhooks, channels outside <see cref="DiscordOptions.AllowedChannels"/>, and ids already answered.
/// Never blocks the gateway's receive loop.
/// </summary>
internal sealed class MessageCreateHandler(DiscordAdmission admission, ILogger<MessageCreateHandler> logger)
{
    private readonly RecentIds _answered = new(2048);

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
        if (!_answered.Add(message.Id))
        {
            DiscordLog.DuplicateMessage(logger, message.Id);
            return;
        }

        var text = content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal)
            .Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal)
            .Trim();
        var command = text.Length == 0 ? new BotCommand(CommandKind.Help, "") : BotCommand.Parse(text);
        var work = new DiscordMessageJob(message.ChannelId, message.Id, command, "discord:" + message.ChannelId);
        switch (admission.TryQueue(message.Author.Id, work))
        {
            case DiscordAdmissionOutcome.RateLimited:
                DiscordLog.MessageRateLimited(logger, message.ChannelId);
                // Told once a minute at most: a public reply to every message over the limit would flood the channel.
                admission.NotifyRateLimited(message.Author.Id, new DiscordNotice(work.ChannelId, work.MessageId, DiscordAdmission.RateLimitedText));
                break;
            case DiscordAdmissionOutcome.Busy:
                DiscordLog.MessageBusy(logger, work.ChannelId);
                admission.Notify(new DiscordNotice(work.ChannelId, work.MessageId, DiscordAdmission.BusyText));
                break;
        }
    }
}
