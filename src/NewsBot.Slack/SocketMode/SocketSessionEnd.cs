namespace NewsBot.Slack.SocketMode;

/// <summary>How one Socket Mode connection ended, which decides what the reconnect loop does next.</summary>
internal enum SocketSessionEnd
{
    /// <summary>Slack asked for a refresh (<c>refresh_requested</c>, <c>warning</c>): reconnect at once with a fresh URL.</summary>
    Refresh,
    /// <summary>The socket dropped or failed: reconnect after a backoff.</summary>
    Dropped,
    /// <summary>Socket Mode was turned off for the app: stop.</summary>
    Stop,
}
