using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>The REST client's one retry layer against the fake: 429s, buckets, the global limit, capped retries.</summary>
public sealed class RestClientTests
{
    private static async Task<(FakeDiscord Discord, BotHost Bot, DiscordRestClient Client)> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var discord = await FakeDiscord.StartAsync();
        var bot = await BotHost.StartAsync(discord, ingest: false, settings: settings);
        return (discord, bot, bot.Services.GetRequiredService<DiscordRestClient>());
    }

    /// <summary>The handler logs a global 429's retry only after it has blocked every route.</summary>
    private static Task GlobalBlockInPlaceAsync(BotHost bot) =>
        Eventually.TrueAsync(
            () => bot.Logs.Lines.Any(l => l.Contains("answered 429; retrying", StringComparison.Ordinal) && l.Contains("(global: True)", StringComparison.Ordinal)),
            "the client has read the global 429");

    [Fact]
    public async Task RetryAfterHeaderOnly_IsHonoured()
    {
        var (discord, bot, rest) = await StartAsync();
        await using var _ = discord;
        await using var __ = bot;
        discord.RateLimitNext("webhooks/", times: 1, retryAfterSeconds: 1, inBody: false);

        await rest.EditOriginalAsync("token-a", DiscordMessage.Text("hi"), CancellationToken.None);

        var calls = discord.Requests.Where(r => r.Is("PATCH", "webhooks/"));
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task GlobalRateLimit_HoldsBackOtherRoutesToo()
    {
        var (discord, bot, rest) = await StartAsync();
        await using var _ = discord;
        await using var __ = bot;
        discord.RateLimitNext("channels/1/", times: 1, retryAfterSeconds: 0.5, global: true);

        var first = rest.CreateMessageAsync("1", DiscordMessage.Text("a"), CancellationToken.None);
        var limited = await discord.Requests.WaitForAsync(r => r.Status == 429);
        await GlobalBlockInPlaceAsync(bot);
        await rest.CreateMessageAsync("2", DiscordMessage.Text("b"), CancellationToken.None);
        await first;

        var other = Assert.Single(discord.Requests.Where(r => r.Is("POST", "channels/2/")));
        Assert.True(other.At - limited[0].At >= TimeSpan.FromMilliseconds(450), "the global block applies to every route");
    }

    [Fact]
    public async Task GlobalRateLimit_DoesNotHoldBackInteractionEndpoints()
    {
        var (discord, bot, rest) = await StartAsync();
        await using var _ = discord;
        await using var __ = bot;
        discord.RateLimitNext("channels/1/", times: 1, retryAfterSeconds: 3, global: true);

        var held = rest.CreateMessageAsync("1", DiscordMessage.Text("a"), CancellationToken.None);
        await discord.Requests.WaitForAsync(r => r.Status == 429);
        await GlobalBlockInPlaceAsync(bot);
        await rest.CreateInteractionResponseAsync("786008729715212338", "token-c", new { type = 5 }, CancellationToken.None);
        await rest.EditOriginalAsync("token-c", DiscordMessage.Text("answer"), CancellationToken.None);
        await rest.CreateFollowupAsync("token-c", DiscordMessage.Text("more"), CancellationToken.None);
        await held;

        // Ordering, not a wall-clock bound: all three went out while the channel message was still held.
        var retried = discord.Requests.Where(r => r.Is("POST", "channels/1/"))[1];
        var interaction = discord.Requests.Where(r => r.Path.Contains("token-c", StringComparison.Ordinal));
        Assert.Equal(3, interaction.Count);
        Assert.All(interaction, r => Assert.True(r.At < retried.At, $"{r.Method} {r.Path} waited for the global block"));
    }

    [Fact]
    public async Task EmptyBucket_WaitsForResetButOtherChannelsDoNot()
    {
        var (discord, bot, rest) = await StartAsync();
        await using var _ = discord;
        await using var __ = bot;
        discord.BucketRemaining = 0;
        discord.BucketResetAfter = 2;

        await rest.CreateMessageAsync("10", DiscordMessage.Text("a"), CancellationToken.None);
        var second = rest.CreateMessageAsync("10", DiscordMessage.Text("b"), CancellationToken.None);
        await rest.CreateMessageAsync("20", DiscordMessage.Text("other channel"), CancellationToken.None);
        await second;

        var same = discord.Requests.Where(r => r.Is("POST", "channels/10/"));
        var other = Assert.Single(discord.Requests.Where(r => r.Is("POST", "channels/20/")));
        Assert.True(same[1].At - same[0].At >= TimeSpan.FromMilliseconds(1900), "second send waited for the bucket reset");
        // Ordering, not a wall-clock bound: the other channel went out while channel 10 was still held.
        Assert.True(other.At < same[1].At, "another channel has its own bucket");
    }

    [Fact]
    public async Task PersistentRateLimit_GivesUpAfterMaxRetries()
    {
        var (discord, bot, rest) = await StartAsync(new() { ["Discord:MaxRetries"] = "2" });
        await using var _ = discord;
        await using var __ = bot;
        discord.RateLimitNext("channels/", times: 10, retryAfterSeconds: 0.05);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateMessageAsync("1", DiscordMessage.Text("a"), CancellationToken.None));

        Assert.Equal(429, error.Status);
        Assert.Equal(3, discord.Requests.Where(r => r.Is("POST", "channels/1/")).Count);
    }

    [Fact]
    public async Task RetryAfterBeyondTheCap_FailsAtOnce()
    {
        var (discord, bot, rest) = await StartAsync();
        await using var _ = discord;
        await using var __ = bot;
        discord.RateLimitNext("channels/", times: 1, retryAfterSeconds: 64.57);

        await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateMessageAsync("1", DiscordMessage.Text("a"), CancellationToken.None));

        Assert.Single(discord.Requests.Snapshot());
    }

    [Fact]
    public async Task InteractionsOnly_SendsUserAgentButNoAuthorization()
    {
        var (discord, bot, rest) = await StartAsync();
        await using var _ = discord;
        await using var __ = bot;

        await rest.EditOriginalAsync("token-b", DiscordMessage.Text("hi"), CancellationToken.None);

        var edit = Assert.Single(discord.Requests.Snapshot());
        Assert.Null(edit.Authorization);
        Assert.StartsWith("DiscordBot (", edit.UserAgent);
        Assert.Equal($"webhooks/{FakeDiscord.ApplicationId}/token-b/messages/@original", edit.Path);
    }
}
