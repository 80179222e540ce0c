namespace NewsBot.Slack.Queue;

/// <summary>Work that was acknowledged to Slack and waits on the queue to be answered.</summary>
internal abstract record SlackJob(string User);
