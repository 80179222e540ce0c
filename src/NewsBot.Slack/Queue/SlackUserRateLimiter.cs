using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsBot.Slack.Queue;

/// <summary>A token bucket per Slack user: <c>UserRequestsPerMinute</c> requests, refilled every minute.</summary>
internal sealed class SlackUserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public SlackUserRateLimiter(IOptions<SlackOptions> options)
    {
        var perMinute = options.Value.UserRequestsPerMinute;
        if (perMinute == 0)
            return;
        _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetTokenBucketLimiter(user,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool TryAcquire(string user)
    {
        if (_limiter is null)
            return true;
        using var lease = _limiter.AttemptAcquire(user);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();
}
