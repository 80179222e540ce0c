using NewsBot.Core.Commands;

namespace NewsBot.Discord.Work;

/// <summary>A command waiting for a worker, from an interaction or from a gateway message.</summary>
internal abstract record DiscordWork(BotCommand Command, string ConversationId);
