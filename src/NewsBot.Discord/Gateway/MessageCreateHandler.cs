using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Commands;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Work;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// MESSAGE_CREATE → queued work when the message mentions the bot or is a DM. Ignores the bot's own messages,
/// other bots and webhooks, channels outside <see cref="DiscordOptions.AllowedChannels"/>, and ids already answered.
/// Never blocks the gateway's receive loop.
/// </summary>
internal sealed partial class MessageCreateHandler(
    WorkQueue<DiscordWork, MessageNotice> queue,
    [FromKeyedServices(InteractionRouter.LimiterKey)] UserRateLimiter limiter,
    IOptions<DiscordOptions> options,
    ILogger<MessageCreateHandler> logger)
{
    private readonly RecentIds _answered = new(2048);
    private readonly DiscordOptions _options = options.Value;

    public void Handle(GatewayMessage message, string? botUserId)
    {
        if (botUserId is null || message.Author is null || message.Author.Id == botUserId || message.Author.Bot == true || message.WebhookId is not null)
            return;
        var isDirect = message.GuildId is null;
        var content = message.Content ?? "";
        var mentioned = message.Mentions?.Any(u => u.Id == botUserId) == true
            || content.Contains($"<@{botUserId}>", StringComparison.Ordinal)
            || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        if (!isDirect && (!mentioned || !ChannelAllowed(message.ChannelId)))
            return;
        if (!_answered.Add(message.Id))
        {
            LogDuplicate(logger, message.Id);
            return;
        }

        var text = content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal)
            .Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal)
            .Trim();
        var command = text.Length == 0 ? new BotCommand(CommandKind.Help, "") : BotCommand.Parse(text);
        var work = new MessageWork(message.ChannelId, message.Id, command, "discord:" + message.ChannelId);
        if (!limiter.TryAcquire(message.Author.Id))
        {
            LogRateLimited(logger, message.ChannelId);
            // Told once a minute at most: a public reply to every message over the limit would flood the channel.
            if (limiter.TryWarn(message.Author.Id))
                Notify(work, UserRateLimiter.SlowDownText);
        }
        else if (!queue.TryEnqueue(work))
        {
            LogBusy(logger, work.ChannelId);
            Notify(work, InteractionRouter.Busy);
        }
    }

    private bool ChannelAllowed(string channelId) =>
        _options.AllowedChannels.Count == 0 || _options.AllowedChannels.Contains(channelId);

    /// <summary>Queues a notice reply for the worker's notice sender; a flood of them is dropped and logged.</summary>
    private void Notify(MessageWork work, string text)
    {
        if (!queue.TryNotify(new MessageNotice(work.ChannelId, work.MessageId, text)))
            LogNoticeDropped(logger, work.ChannelId);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord message {MessageId} was answered already (replayed after a resume)")]
    private static partial void LogDuplicate(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord queue full; told channel {ChannelId} the bot is busy")]
    private static partial void LogBusy(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: a user in channel {ChannelId} is over Discord:UserRequestsPerMinute; told to slow down")]
    private static partial void LogRateLimited(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord notice queue full; could not tell channel {ChannelId} to wait")]
    private static partial void LogNoticeDropped(ILogger logger, string channelId);
}
