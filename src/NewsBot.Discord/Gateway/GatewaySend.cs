namespace NewsBot.Discord.Gateway;

/// <summary>A payload the client sends: <c>{"op": …, "d": …}</c> (<c>d</c> may be null, e.g. a first heartbeat).</summary>
internal sealed record GatewaySend(int Op, object? D);
