namespace NewsBot.Discord.Gateway;

/// <summary>The fields of READY this bot keeps.</summary>
internal sealed record GatewayReady(GatewayUser User, string SessionId, string ResumeGatewayUrl);
