namespace NewsBot.Discord.Queue;

/// <summary>
/// A short reply ("busy", "slow down") to a gateway message, sent by the worker's notice sender. With a
/// <paramref name="Nonce"/>, a second host told the same message posts nothing new (<see cref="Messages.DiscordNonce"/>).
/// </summary>
internal sealed record DiscordNotice(string ChannelId, string MessageId, string Text, string? Nonce = null);
