using System.Text.Json;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>A payload the bot sent to the fake gateway, with the connection (1, 2, …) it came on.</summary>
public sealed record GatewayReceived(int Connection, int Op, JsonElement D);
