namespace NewsBot.Discord.Gateway;

/// <summary>The fields of a MESSAGE_CREATE this bot reads. No <see cref="GuildId"/> means a DM.</summary>
internal sealed record GatewayMessage(
    string Id,
    string ChannelId,
    GatewayUser? Author,
    string? Content = null,
    string? GuildId = null,
    string? WebhookId = null,
    IReadOnlyList<GatewayUser>? Mentions = null);
