namespace NewsBot.Discord.Gateway;

/// <summary>How one gateway connection ended, and what the reconnect loop does next.</summary>
internal sealed record GatewayOutcome(bool Fatal, bool Immediate, bool WasReady, string Reason, bool RejectsToken = false)
{
    public static GatewayOutcome Stop(string reason) => new(true, false, false, reason);

    /// <summary>Discord refused the bot token itself (REST 401, close code 4004): a bad setting, not retried.</summary>
    public static GatewayOutcome BadToken(string reason) => new(true, false, false, reason, RejectsToken: true);

    public static GatewayOutcome Retry(string reason, bool wasReady, bool immediate = false) => new(false, immediate, wasReady, reason);
}
