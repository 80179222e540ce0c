using NewsBot.Core.Commands;

namespace NewsBot.Slack.Queue;

/// <summary>A slash command, answered through its <c>response_url</c>.</summary>
internal sealed record SlackCommandJob(
    string User,
    string Key,
    string Channel,
    BotCommand Command,
    Uri ResponseUrl,
    string SlashCommand) : SlackJob(User, Key);
