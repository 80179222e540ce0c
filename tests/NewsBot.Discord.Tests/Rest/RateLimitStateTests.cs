using System.Globalization;
using NewsBot.Discord.Rest;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>The bucket store on its own, on virtual time: what it keeps and what it forgets.</summary>
public sealed class RateLimitStateTests
{
    private static readonly Uri Base = new("https://discord.com/api/v10/");

    private static RouteKey Edit(string token) =>
        RouteKey.For(HttpMethod.Patch, new Uri(Base, $"webhooks/771825006014889000/{token}/messages/@original"), Base);

    private static HttpResponseMessage Headers(int remaining, double resetAfter)
    {
        var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Bucket", "webhook-edits");
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(CultureInfo.InvariantCulture));
        return response;
    }

    [Fact]
    public void ManyInteractionTokens_BucketsWhoseResetHasPassedAreForgotten()
    {
        var time = new ManualTimeProvider();
        var state = new RateLimitState(time);

        for (var i = 0; i < 10 * RateLimitState.SweepEvery; i++)
        {
            using var response = Headers(remaining: 4, resetAfter: 1);
            state.Update(Edit($"token-{i}"), response.Headers);
            time.Advance(TimeSpan.FromSeconds(2));
        }

        // Every interaction token is a webhook with its own bucket; without the sweep this would be 2,560.
        Assert.InRange(state.BucketCount, 1, RateLimitState.SweepEvery);
    }

    [Fact]
    public async Task Sweep_KeepsABucketThatHasNotReset()
    {
        var time = new ManualTimeProvider();
        var state = new RateLimitState(time);
        using (var live = Headers(remaining: 0, resetAfter: 3600))
            state.Update(Edit("live-token"), live.Headers);

        for (var i = 0; i < 3 * RateLimitState.SweepEvery; i++)
        {
            using var response = Headers(remaining: 4, resetAfter: 1);
            state.Update(Edit($"token-{i}"), response.Headers);
            time.Advance(TimeSpan.FromSeconds(2));
        }

        // Still empty for most of an hour: the next request on it must wait, not go out.
        var wait = state.WaitForSlotAsync(Edit("live-token"), CancellationToken.None);
        Assert.False(wait.IsCompleted);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromHours(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
