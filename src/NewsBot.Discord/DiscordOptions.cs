namespace NewsBot.Discord;

/// <summary>Settings of section <c>Discord</c>. Secrets (<c>BotToken</c>) come from the environment: <c>Discord__BotToken</c>.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>Bot token; enables the gateway (@mentions, DMs) and command registration. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application id (snowflake) from the Developer Portal.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key (64 hex characters); enables <c>POST /discord/interactions</c>.</summary>
    public string? PublicKey { get; set; }

    /// <summary>REST base address; tests point it at a loopback fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Guild for <c>newsbot discord register</c> when <c>--guild</c> is not given (guild commands update at once).</summary>
    public string? GuildId { get; set; }

    /// <summary>Guild channel ids the bot answers in; empty means every channel. DMs are always answered.</summary>
    public List<string> AllowedChannels { get; set; } = [];

    /// <summary>Requests (questions, listings, lookups) one user may make per minute; 0 = no limit.</summary>
    public int UserRequestsPerMinute { get; set; } = 10;

    /// <summary>Pending answers waiting for a worker; a full queue answers "busy".</summary>
    public int QueueCapacity { get; set; } = 100;

    /// <summary>Answers worked on at once.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>Retries of one REST call after a 429 or 5xx (the only retry layer on this path).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>A 429 asking to wait longer than this is not retried; the call fails instead.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First gateway reconnect delay; doubles per failed attempt (with jitter) up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// With a shared database (<c>Storage:Provider=Postgres</c>): how often a host that does not own the gateway tries to
    /// take it over, and how often the owner checks it still does. One host alone is always the owner.
    /// </summary>
    public double GatewayOwnerPollSeconds { get; set; } = 5;

    /// <summary>The URL in <c>User-Agent: DiscordBot (url, version)</c>, which Discord requires.</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/newsbot/newsbot";

    internal bool InteractionsEnabled => !string.IsNullOrWhiteSpace(PublicKey);

    internal bool GatewayEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
