namespace NewsBot.Slack.SocketMode;

/// <summary>Exponential backoff with jitter and a cap; <see cref="Reset"/> after a successful <c>hello</c>.</summary>
internal sealed class SlackReconnectBackoff(TimeSpan initial, TimeSpan max, Random random)
{
    private int _failures;

    public int Failures => _failures;

    /// <summary>The delay before the next attempt: initial·2^failures, capped, then scaled by a random 50–100 %.</summary>
    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures, 30);
        _failures++;
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + 0.5 * random.NextDouble()));
    }

    public void Reset() => _failures = 0;
}
