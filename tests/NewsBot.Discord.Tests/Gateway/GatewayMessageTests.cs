using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Which gateway messages get a reply, and what the reply carries.</summary>
[Collection(GatewayFixture.Collection)]
public sealed class GatewayMessageTests
{
    [Fact]
    public async Task Identify_SendsTokenIntentsAndProperties()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        var identify = Assert.Single(fixture.Gateway.Received.Where(r => r.Op == 2)).D;

        Assert.Equal("test-bot-token", identify.GetProperty("token").GetString());
        Assert.Equal(4609, identify.GetProperty("intents").GetInt32());
        Assert.Equal("newsbot", identify.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal("/gateway", fixture.Gateway.Connections.Snapshot()[0]);
        var getGateway = Assert.Single(fixture.Discord.Requests.Where(r => r.Is("GET", "gateway/bot")));
        Assert.Equal("Bot test-bot-token", getGateway.Authorization);
        Assert.Matches(@"^DiscordBot \(https?://\S+, [0-9.]+\)$", getGateway.UserAgent);
    }

    [Fact]
    public async Task Mention_GetsOneReplyWithTypingReferenceAndNoPings()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Mention("500", "help"));
        var reply = Assert.Single(await fixture.WaitForReplyAsync("500"));

        Assert.Equal($"channels/{GatewayMessages.GuildChannel}/messages", reply.Path);
        Assert.Contains("articles", reply.Json.GetProperty("content").GetString());
        var mentions = reply.Json.GetProperty("allowed_mentions");
        Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
        Assert.False(mentions.GetProperty("replied_user").GetBoolean());
        var typing = Assert.Single(fixture.Discord.Requests.Where(r => r.Is("POST", $"channels/{GatewayMessages.GuildChannel}/typing")));
        Assert.True(typing.At <= reply.At);
    }

    [Fact]
    public async Task DirectMessage_GetsOneReply()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("600", "help"));
        var reply = Assert.Single(await fixture.WaitForReplyAsync("600"));
        Assert.Equal($"channels/{GatewayMessages.DmChannel}/messages", reply.Path);
    }

    [Fact]
    public async Task OwnOtherBotAndUnmentionedMessages_GetNoReply()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.FromSelf("701"));
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.FromOtherBot("702"));
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Unmentioned("703", "help"));
        // The gateway is read in order: once a later DM is answered, the three above have been handled.
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("704", "help"));
        await fixture.WaitForReplyAsync("704");

        Assert.Single(fixture.Discord.Requests.Where(r => r.Is("POST", "channels/") && r.Path.EndsWith("/messages", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RateLimitedReply_IsRetriedAfterRetryAfterAndArrives()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        fixture.Discord.RateLimitNext($"channels/{GatewayMessages.DmChannel}/messages", times: 1, retryAfterSeconds: 0.3, inBody: true);

        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("800", "help"));
        var reply = Assert.Single(await fixture.WaitForReplyAsync("800"));

        var limited = Assert.Single(fixture.Discord.Requests.Where(r => r.Status == 429));
        Assert.True(reply.At - limited.At >= TimeSpan.FromMilliseconds(280), $"retried after {(reply.At - limited.At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task MentionWithAQuestion_GetsOneReplyCitingTheSampleArticles()
    {
        await using var fixture = await GatewayFixture.StartAsync(ingest: true);

        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Mention("900", "where did they meet?"));
        var reply = Assert.Single(await fixture.WaitForReplyAsync("900"));

        var embed = reply.Json.GetProperty("embeds")[0];
        Assert.Contains("New Delhi", embed.GetProperty("description").GetString());
        Assert.Contains(embed.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString()!.Contains("Lavrov-Blinken", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Bot.Logs.Lines, line => line.Contains("test-bot-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FullQueue_RepliesBusyAndEveryMessageGetsExactlyOneReply()
    {
        await using var fixture = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:Workers"] = "1",
            ["Discord:QueueCapacity"] = "1",
        });
        fixture.Discord.MessageDelay = TimeSpan.FromSeconds(1);

        var ids = Enumerable.Range(0, 4).Select(i => $"95{i}").ToList();
        foreach (var id in ids)
            await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct(id, "help"));

        var replies = new List<RecordedRequest>();
        foreach (var id in ids)
            replies.Add(Assert.Single(await fixture.WaitForReplyAsync(id)));
        Assert.Contains(replies, r => r.Json.GetProperty("content").GetString() == NewsBot.Discord.Queue.DiscordAdmission.BusyText);
        Assert.Contains(replies, r => r.Json.GetProperty("content").GetString()!.Contains("articles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AUserOverTheRateLimit_IsToldToSlowDownOnce_AndThatMessageIsNotAnswered()
    {
        await using var fixture = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:UserRequestsPerMinute"] = "2",
        });

        var ids = new[] { "970", "971", "972", "973", "974", "975" };
        foreach (var id in ids)
            await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct(id, "help"));

        var contents = new List<string>();
        foreach (var id in ids[..3])
            contents.Add(Assert.Single(await fixture.WaitForReplyAsync(id)).Json.GetProperty("content").GetString()!);
        Assert.Equal(2, contents.Count(c => c.Contains("articles", StringComparison.Ordinal)));
        Assert.Equal(NewsBot.Core.Admission.UserRateLimiter.SlowDownText, Assert.Single(contents, c => !c.Contains("articles", StringComparison.Ordinal)));
        // The messages after the first refusal in that minute get no public reply at all: one notice, not a flood.
        await fixture.Bot.IdleAsync();
        Assert.All(ids[3..], id => Assert.Empty(fixture.RepliesTo(id)));
    }
}
