namespace NewsBot.Discord.Tests.Fakes;

/// <summary>The next <see cref="Times"/> requests whose path starts with <see cref="PathPrefix"/> answer 429.</summary>
public sealed class RateLimitRule(string pathPrefix, int times, double retryAfterSeconds, bool inBody, bool global = false)
{
    private int _left = times;

    public string PathPrefix { get; } = pathPrefix;
    public double RetryAfterSeconds { get; } = retryAfterSeconds;
    public bool InBody { get; } = inBody;
    public bool Global { get; } = global;

    public bool TryTake(string path) =>
        path.StartsWith(PathPrefix, StringComparison.Ordinal) && Interlocked.Decrement(ref _left) >= 0;
}
