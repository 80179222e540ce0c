namespace NewsBot.Slack.WebApi;

/// <summary>What <c>auth.test</c> tells the bot about itself.</summary>
internal sealed record SlackAuth(string UserId, string? BotId, string? Team);
