using NewsBot.Slack.SocketMode;

namespace NewsBot.Slack.Tests;

public sealed class SlackReconnectBackoffTests
{
    [Fact]
    public void Delays_double_with_jitter_up_to_the_cap_and_reset_after_success()
    {
        var backoff = new SlackReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));
        var delays = Enumerable.Range(0, 10).Select(_ => backoff.Next()).ToList();

        for (var i = 0; i < delays.Count; i++)
        {
            var ceiling = Math.Min(30, Math.Pow(2, i));
            Assert.InRange(delays[i].TotalSeconds, ceiling / 2, ceiling);
        }
        Assert.True(delays.Distinct().Count() > 1, "jitter makes delays differ");

        backoff.Reset();
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }
}
