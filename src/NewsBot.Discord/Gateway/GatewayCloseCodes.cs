namespace NewsBot.Discord.Gateway;

/// <summary>What a gateway close code means for the reconnect loop (docs: "Gateway Close Event Codes").</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The bot token was refused.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>Reconnecting cannot help: the token, shard, version or intents must be fixed first.</summary>
    public static bool IsFatal(int code) => code is 4004 or (>= 4010 and <= 4014);

    /// <summary>The session is gone (invalid seq, timed out): identify anew rather than resume.</summary>
    public static bool EndsSession(int code) => code is 4007 or 4009;

    public static string Explain(int code) => code switch
    {
        4004 => "authentication failed: Discord__BotToken is wrong or was reset",
        4010 => "invalid shard",
        4011 => "sharding required: the bot is in too many guilds for one connection",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable them in the Developer Portal (Bot → Privileged Gateway Intents) or request fewer",
        _ => "close code " + code,
    };
}
