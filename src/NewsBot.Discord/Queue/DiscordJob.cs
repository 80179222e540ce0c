using NewsBot.Core.Commands;

namespace NewsBot.Discord.Queue;

/// <summary>A command waiting for a worker, from an interaction or from a gateway message.</summary>
internal abstract record DiscordJob(BotCommand Command, string ConversationId);
