using NewsBot.Core.Commands;

namespace NewsBot.Discord.Queue;

/// <summary>
/// A command waiting for a worker, from an interaction or from a gateway message. <paramref name="Key"/> is its inbox
/// key (<c>discord:interaction:{id}</c>, <c>discord:message:{id}</c>): the same on every host, so a copy of the request
/// is recognised and a re-run after a host died replies under the same nonces.
/// </summary>
internal abstract record DiscordJob(string Key, BotCommand Command, string ConversationId);
