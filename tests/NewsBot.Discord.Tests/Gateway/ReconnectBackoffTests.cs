using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class ReconnectBackoffTests
{
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

    [Theory]
    [InlineData(4004, true)]
    [InlineData(4010, true)]
    [InlineData(4011, true)]
    [InlineData(4012, true)]
    [InlineData(4013, true)]
    [InlineData(4014, true)]
    [InlineData(4000, false)]
    [InlineData(4007, false)]
    [InlineData(4009, false)]
    [InlineData(1006, false)]
    public void CloseCodes_FatalOnlyWhereDiscordForbidsReconnecting(int code, bool fatal) =>
        Assert.Equal(fatal, GatewayCloseCodes.IsFatal(code));
}
