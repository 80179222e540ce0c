using NewsBot.Core.Connections;

namespace NewsBot.Core.Tests.Connections;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Delays_double_with_jitter_up_to_the_cap_and_reset_after_success()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));
        var delays = Enumerable.Range(0, 10).Select(_ => backoff.Next()).ToList();

        for (var i = 0; i < delays.Count; i++)
        {
            var ceiling = Math.Min(30, Math.Pow(2, i));
            Assert.InRange(delays[i].TotalSeconds, ceiling / 2, ceiling);
        }
        Assert.True(delays.Distinct().Count() > 1, "jitter makes delays differ");
        Assert.Equal(10, backoff.Failures);

        backoff.Reset();
        Assert.Equal(0, backoff.Failures);
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }

    [Fact]
    public void Next_GrowsWithJitterUpToTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(7));
        var delays = Enumerable.Range(0, 12).Select(_ => backoff.Next()).ToList();
        Assert.InRange(delays[0].TotalSeconds, 0.5, 1.0);
        Assert.InRange(delays[3].TotalSeconds, 4.0, 8.0);
        Assert.All(delays, d => Assert.True(d <= TimeSpan.FromSeconds(60)));
        Assert.InRange(delays[^1].TotalSeconds, 30, 60);
    }

    [Fact]
    public void Next_IsJittered()
    {
        var a = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(1));
        var b = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(2));
        Assert.NotEqual(a.Next(), b.Next());
    }

    [Fact]
    public void Reset_StartsOverFromTheBaseDelay()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        for (var i = 0; i < 8; i++)
            backoff.Next();
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1.0);
    }
}
