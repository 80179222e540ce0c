namespace NewsBot.Slack;

/// <summary>Settings of section <c>Slack</c>. Tokens and the signing secret come from environment variables only.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Bot token <c>xoxb-…</c> (env <c>Slack__BotToken</c>). Required.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token <c>xapp-…</c> with <c>connections:write</c> (env <c>Slack__AppToken</c>); set → Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Signing secret (env <c>Slack__SigningSecret</c>); set → <c>/slack/events</c>, <c>/slack/commands</c>, <c>/slack/interactions</c> are served.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Web API base; tests point it at a loopback fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    public string AskCommand { get; set; } = "/ask";

    public string ArticlesCommand { get; set; } = "/articles";

    public string ArticleCommand { get; set; } = "/article";

    /// <summary>Not <c>/help</c>: that name is too generic to share a workspace with other apps.</summary>
    public string HelpCommand { get; set; } = "/newsbot-help";

    /// <summary>Whether <c>/ask</c> answers are visible to the whole channel (otherwise only to the asker).</summary>
    public bool AskInChannel { get; set; } = true;

    /// <summary>Channel ids the bot answers in; empty = every channel it is in. Direct messages are always answered.</summary>
    public string[] AllowedChannels { get; set; } = [];

    /// <summary>Requests one user may make per minute; 0 = no limit.</summary>
    public int UserRequestsPerMinute { get; set; } = 10;

    /// <summary>Questions waiting for an answer; beyond this the bot replies "busy".</summary>
    public int QueueCapacity { get; set; } = 200;

    /// <summary>Questions answered at the same time.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>Least time between two edits of a streamed answer.</summary>
    public TimeSpan StreamingEditInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of one Web API call on 429, 5xx or a network error.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Longest wait before a retry, even when <c>Retry-After</c> asks for more.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First Socket Mode reconnect delay; doubles per failure up to <see cref="MaxReconnectDelay"/>, with jitter.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    internal bool SocketMode => !string.IsNullOrWhiteSpace(AppToken);

    internal bool HttpEndpoints => !string.IsNullOrWhiteSpace(SigningSecret);
}
