namespace NewsBot.Discord.Tests.Fakes;

/// <summary>A close frame the bot sent on gateway connection <paramref name="Connection"/> (1, 2, …): 1000 ends the session, 4000 keeps it resumable.</summary>
public sealed record FakeGatewayClose(int Connection, int Code);
