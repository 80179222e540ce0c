using System.Collections.Concurrent;
using System.Diagnostics;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>A bounded loopback load test: 200 interactions inside 10 s, each deferred within 3 s and answered once.</summary>
public sealed class InteractionLoadTests
{
    private const int Count = 200;

    [Fact]
    public async Task TwoHundredInteractions_EachDeferredWithinThreeSecondsAndAnsweredExactlyOnce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, settings: new Dictionary<string, string?> { ["Discord:QueueCapacity"] = "256" });
        string[] questions = ["where did they meet?", "what did Blinken urge Lavrov to do?", "how long did they talk?", "who won the World Cup?"];
        var slowest = new ConcurrentBag<TimeSpan>();
        using var gate = new SemaphoreSlim(20);
        var overall = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var clock = Stopwatch.StartNew();
                var json = await InteractionEndpointTests.ReadJsonAsync(await bot.PostInteractionAsync(
                    InteractionBodies.CommandFrom($"{1000 + i}", "ask", $"load-{i}", InteractionBodies.Option("question", questions[i % questions.Length]))));
                slowest.Add(clock.Elapsed);
                Assert.Equal(5, json.GetProperty("type").GetInt32());
            }
            finally
            {
                gate.Release();
            }
        }));
        var edits = await discord.Requests.WaitForAsync(r => r.Method == "PATCH", Count, TimeSpan.FromSeconds(Math.Max(0.1, 10 - overall.Elapsed.TotalSeconds)));

        Assert.True(slowest.Max() < TimeSpan.FromSeconds(3), $"slowest initial response {slowest.Max().TotalMilliseconds} ms");
        Assert.Equal(Enumerable.Range(0, Count).Select(i => $"load-{i}").Order(), edits.Select(e => e.Path.Split('/')[2]).Order());
        Assert.All(edits, e => Assert.Equal(200, e.Status));
    }
}
