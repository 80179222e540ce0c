using NewsBot.Core.Commands;

namespace NewsBot.Discord.Queue;

/// <summary>
/// A deferred interaction; its token (valid 15 minutes, never logged) addresses the original response.
/// <paramref name="Acknowledged"/> completes once the deferred response has gone out: editing the original before
/// Discord has it fails, so the worker may prepare the answer at once but edits only after this. A job taken over from
/// another host's inbox record was acknowledged by that host, so it arrives with a completed task.
/// <paramref name="ReceivedAt"/> is when the interaction arrived, by the injected clock: the token dies 15 minutes
/// after it, so work that waited too long in the queue (or for a take-over) is dropped instead of answered.
/// </summary>
internal sealed record DiscordInteractionJob(string Key, string InteractionToken, BotCommand Command, string ConversationId, Task Acknowledged, DateTimeOffset ReceivedAt)
    : DiscordJob(Key, Command, ConversationId)
{
    public static string KeyFor(string interactionId) => "discord:interaction:" + interactionId;
}
