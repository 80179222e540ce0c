using NewsBot.Core.Commands;

namespace NewsBot.Discord.Work;

/// <summary>A gateway message (an @mention or a DM) to answer with a reply.</summary>
internal sealed record MessageWork(string ChannelId, string MessageId, BotCommand Command, string ConversationId)
    : DiscordWork(Command, ConversationId);
