using Microsoft.Extensions.Options;

namespace NewsBot.Slack;

/// <summary>Fails start with a message naming the setting (and its environment variable) that is missing or wrong.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
            errors.Add("Slack:BotToken is required (set the environment variable Slack__BotToken to the bot token xoxb-…).");
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
            errors.Add("Slack:BotToken must be a bot token starting with xoxb- (environment variable Slack__BotToken).");
        if (!options.SocketMode && !options.HttpEndpoints)
            errors.Add("Slack needs Slack:AppToken (Socket Mode, env Slack__AppToken) or Slack:SigningSecret (Events API over HTTP, env Slack__SigningSecret).");
        if (options.SocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
            errors.Add("Slack:AppToken must be an app-level token starting with xapp- (environment variable Slack__AppToken).");
        if (!options.ApiBaseUrl.IsAbsoluteUri || !options.ApiBaseUrl.AbsoluteUri.EndsWith('/'))
            errors.Add("Slack:ApiBaseUrl must be an absolute URL ending in '/', e.g. https://slack.com/api/.");
        foreach (var (setting, value) in Commands(options))
        {
            if (value.Length < 2 || value[0] != '/' || value.Contains(' '))
                errors.Add($"Slack:{setting} must be a slash command name such as /ask (got '{value}').");
        }
        if (options.QueueCapacity < 1)
            errors.Add("Slack:QueueCapacity must be at least 1.");
        if (options.Workers is < 1 or > 64)
            errors.Add("Slack:Workers must be between 1 and 64.");
        if (options.UserRequestsPerMinute < 0)
            errors.Add("Slack:UserRequestsPerMinute must be 0 (no limit) or more.");
        if (options.MaxRetries is < 0 or > 10)
            errors.Add("Slack:MaxRetries must be between 0 and 10.");
        if (options.ReconnectDelay <= TimeSpan.Zero || options.MaxReconnectDelay < options.ReconnectDelay)
            errors.Add("Slack:ReconnectDelay must be positive and not above Slack:MaxReconnectDelay.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<(string Setting, string Value)> Commands(SlackOptions o) =>
    [
        (nameof(o.AskCommand), o.AskCommand),
        (nameof(o.ArticlesCommand), o.ArticlesCommand),
        (nameof(o.ArticleCommand), o.ArticleCommand),
        (nameof(o.HelpCommand), o.HelpCommand),
    ];
}
