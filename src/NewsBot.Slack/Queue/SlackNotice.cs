namespace NewsBot.Slack.Queue;

/// <summary>
/// A short message to a user ("busy", "slow down") posted in the thread they wrote in. Not kept in the inbox: a notice
/// lost with its host costs nothing, and the request it refused is not answered anyway.
/// </summary>
internal sealed record SlackNotice(string User, string Channel, string? ThreadTs, string Text);
