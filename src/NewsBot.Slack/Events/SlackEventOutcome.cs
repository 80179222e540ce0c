namespace NewsBot.Slack.Events;

/// <summary>What became of one incoming event or command (logged, and asserted by tests).</summary>
internal enum SlackEventOutcome
{
    Queued,
    Answered,
    Duplicate,
    Ignored,
    NotAllowed,
    RateLimited,
    Busy,
}
