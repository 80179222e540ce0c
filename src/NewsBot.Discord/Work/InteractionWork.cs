using NewsBot.Core.Commands;

namespace NewsBot.Discord.Work;

/// <summary>
/// A deferred interaction; its token (valid 15 minutes, never logged) addresses the original response.
/// <paramref name="Acknowledged"/> completes once the deferred response has gone out: editing the original before
/// Discord has it fails, so the worker may prepare the answer at once but edits only after this.
/// </summary>
internal sealed record InteractionWork(string InteractionToken, BotCommand Command, string ConversationId, Task Acknowledged)
    : DiscordWork(Command, ConversationId);
