namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// The next <c>times</c> requests whose path starts with <see cref="PathPrefix"/> (and, when given, use <see cref="Method"/>)
/// answer <see cref="Status"/>: 429 with a retry-after, or another error.
/// </summary>
public sealed class RateLimitRule(string pathPrefix, int times, double retryAfterSeconds, bool inBody, bool global = false, int status = 429, string? method = null)
{
    private int _left = times;

    public string PathPrefix { get; } = pathPrefix;
    public double RetryAfterSeconds { get; } = retryAfterSeconds;
    public bool InBody { get; } = inBody;
    public bool Global { get; } = global;
    public int Status { get; } = status;
    public string? Method { get; } = method;

    public bool TryTake(string method, string path) =>
        (Method is null || Method == method) && path.StartsWith(PathPrefix, StringComparison.Ordinal) && Interlocked.Decrement(ref _left) >= 0;
}
