namespace NewsBot.Core.Connections;

/// <summary>
/// Exponential backoff with jitter and a cap for a reconnect loop (Slack Socket Mode, the Discord gateway):
/// initial·2^failures, capped, then scaled by a random 50–100 %; <see cref="Reset"/> after a successful connect.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;
    private int _failures;

    /// <summary>Delays handed out since the last <see cref="Reset"/>.</summary>
    public int Failures => _failures;

    /// <summary>The delay before the next attempt.</summary>
    public TimeSpan Next()
    {
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, Math.Min(_failures, 30)));
        _failures++;
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + 0.5 * _random.NextDouble()));
    }

    /// <summary>Starts over from the initial delay.</summary>
    public void Reset() => _failures = 0;
}
