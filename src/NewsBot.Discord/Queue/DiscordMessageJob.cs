using NewsBot.Core.Commands;

namespace NewsBot.Discord.Queue;

/// <summary>A gateway message (an @mention or a DM) to answer with a reply.</summary>
internal sealed record DiscordMessageJob(string Key, string ChannelId, string MessageId, BotCommand Command, string ConversationId)
    : DiscordJob(Key, Command, ConversationId)
{
    public static string KeyFor(string messageId) => "discord:message:" + messageId;
}
