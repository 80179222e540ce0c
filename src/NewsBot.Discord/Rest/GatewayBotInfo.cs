namespace NewsBot.Discord.Rest;

/// <summary>The useful part of <c>GET /gateway/bot</c>.</summary>
internal sealed record GatewayBotInfo(string Url, int Shards = 1);
