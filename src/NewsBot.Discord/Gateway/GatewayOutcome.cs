namespace NewsBot.Discord.Gateway;

/// <summary>How one gateway connection ended, and what the reconnect loop does next.</summary>
internal sealed record GatewayOutcome(bool Fatal, bool Immediate, bool WasReady, string Reason)
{
    public static GatewayOutcome Stop(string reason) => new(true, false, false, reason);

    public static GatewayOutcome Retry(string reason, bool wasReady, bool immediate = false) => new(false, immediate, wasReady, reason);
}
