namespace NewsBot.Discord.Queue;

/// <summary>A short reply ("busy", "slow down") to a gateway message, sent by the worker's notice sender.</summary>
internal sealed record DiscordNotice(string ChannelId, string MessageId, string Text);
