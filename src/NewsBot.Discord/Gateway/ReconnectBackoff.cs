namespace NewsBot.Discord.Gateway;

/// <summary>Exponential backoff with jitter (a random 50–100 % of the step), capped, reset after a successful connect.</summary>
internal sealed class ReconnectBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;
    private int _attempt;

    public TimeSpan Next()
    {
        var step = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(_attempt, 30)));
        _attempt++;
        return TimeSpan.FromMilliseconds(step * (0.5 + _random.NextDouble() / 2));
    }

    public void Reset() => _attempt = 0;
}
