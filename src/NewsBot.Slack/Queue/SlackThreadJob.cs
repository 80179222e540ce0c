using NewsBot.Core.Commands;

namespace NewsBot.Slack.Queue;

/// <summary>A mention, DM or thread follow-up, answered with messages in <paramref name="ThreadTs"/> (top level when null).</summary>
internal sealed record SlackThreadJob(
    string User,
    string Key,
    string Channel,
    string? ThreadTs,
    string MessageTs,
    BotCommand Command,
    string ConversationId) : SlackJob(User, Key);
