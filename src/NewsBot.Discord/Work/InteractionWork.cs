using NewsBot.Core.Commands;

namespace NewsBot.Discord.Work;

/// <summary>A deferred interaction; its token (valid 15 minutes, never logged) addresses the original response.</summary>
internal sealed record InteractionWork(string InteractionToken, BotCommand Command, string ConversationId)
    : DiscordWork(Command, ConversationId);
