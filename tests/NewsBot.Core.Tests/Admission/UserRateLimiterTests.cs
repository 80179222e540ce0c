using NewsBot.Core.Admission;

namespace NewsBot.Core.Tests.Admission;

public sealed class UserRateLimiterTests
{
    [Fact]
    public void EachUserHasTheirOwnBucket()
    {
        using var limiter = new UserRateLimiter(2);

        Assert.True(limiter.TryAcquire("alice"));
        Assert.True(limiter.TryAcquire("alice"));
        Assert.False(limiter.TryAcquire("alice"));
        Assert.True(limiter.TryAcquire("bob"));
    }

    [Fact]
    public void A_refused_user_is_warned_once_a_minute_not_every_time()
    {
        using var limiter = new UserRateLimiter(1);

        Assert.True(limiter.TryWarn("alice"));
        Assert.False(limiter.TryWarn("alice"));
        Assert.False(limiter.TryWarn("alice"));
        Assert.True(limiter.TryWarn("bob"));
    }

    [Fact]
    public void Zero_MeansNoLimit()
    {
        using var limiter = new UserRateLimiter(0);

        Assert.All(Enumerable.Range(0, 1_000), _ => Assert.True(limiter.TryAcquire("alice")));
    }

    [Fact]
    public void ANegativeLimit_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UserRateLimiter(-1));
}
