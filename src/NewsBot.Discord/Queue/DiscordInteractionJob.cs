using NewsBot.Core.Commands;

namespace NewsBot.Discord.Queue;

/// <summary>
/// A deferred interaction; its token (valid 15 minutes, never logged) addresses the original response.
/// <paramref name="Acknowledged"/> completes once the deferred response has gone out: editing the original before
/// Discord has it fails, so the worker may prepare the answer at once but edits only after this.
/// <paramref name="ReceivedAt"/> is when the interaction arrived, by the injected clock: the token dies 15 minutes
/// after it, so work that waited too long in the queue is dropped instead of answered.
/// </summary>
internal sealed record DiscordInteractionJob(string InteractionToken, BotCommand Command, string ConversationId, Task Acknowledged, DateTimeOffset ReceivedAt)
    : DiscordJob(Command, ConversationId);
