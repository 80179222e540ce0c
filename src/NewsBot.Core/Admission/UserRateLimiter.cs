using System.Threading.RateLimiting;

namespace NewsBot.Core.Admission;

/// <summary>
/// A token bucket per user: <c>requestsPerMinute</c> requests, refilled every minute (0 = no limit). Each chat front end
/// owns one, so one person's burst cannot fill the shared answer queue for everyone else.
/// </summary>
public sealed class UserRateLimiter : IDisposable
{
    /// <summary>What a front end tells a user who is over the limit.</summary>
    public const string SlowDownText = "You're asking faster than I can keep up. Please wait a minute and try again.";

    private readonly PartitionedRateLimiter<string>? _limiter;
    private readonly PartitionedRateLimiter<string>? _warnings;

    public UserRateLimiter(int requestsPerMinute)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requestsPerMinute);
        if (requestsPerMinute == 0)
            return;
        _limiter = PerUserPerMinute(requestsPerMinute);
        _warnings = PerUserPerMinute(1);
    }

    /// <summary>True when the user may make one more request now (and counts it).</summary>
    public bool TryAcquire(string user)
    {
        if (_limiter is null)
            return true;
        using var lease = _limiter.AttemptAcquire(user);
        return lease.IsAcquired;
    }

    /// <summary>
    /// Whether to tell a refused user to slow down in public: true at most once a minute per user, so someone
    /// posting a hundred mentions gets one notice instead of ninety replies crowding the channel.
    /// </summary>
    public bool TryWarn(string user)
    {
        if (_warnings is null)
            return false;
        using var lease = _warnings.AttemptAcquire(user);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> PerUserPerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetTokenBucketLimiter(user,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = permits,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    public void Dispose()
    {
        _limiter?.Dispose();
        _warnings?.Dispose();
    }
}
