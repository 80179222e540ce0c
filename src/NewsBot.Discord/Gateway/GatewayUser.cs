namespace NewsBot.Discord.Gateway;

internal sealed record GatewayUser(string Id, bool? Bot = null);
