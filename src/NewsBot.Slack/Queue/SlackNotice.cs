namespace NewsBot.Slack.Queue;

/// <summary>A short message to a user ("busy", "slow down") posted in the thread they wrote in.</summary>
internal sealed record SlackNotice(string User, string Channel, string? ThreadTs, string Text) : SlackJob(User);
