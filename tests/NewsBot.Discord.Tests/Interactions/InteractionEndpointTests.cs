using System.Net;
using System.Text.Json;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>The endpoint's protocol duties, against a real Kestrel host and a fake Discord on loopback.</summary>
public sealed class InteractionEndpointTests
{
    [Fact]
    public async Task Ping_AnswersPong()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);

        using var response = await bot.PostInteractionAsync(InteractionBodies.Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForgedSignature_Is401AndCallsNothing()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);
        var body = InteractionBodies.Command("ask", "forged-token", InteractionBodies.Option("question", "where did they meet?"));

        using var forged = await bot.PostInteractionAsync(body, signature: new TestSigner("attacker").Sign("1726000000", body), timestamp: "1726000000");
        using var garbage = await bot.PostInteractionAsync(body, signature: "example invalid signature");
        using var ping = await bot.PostInteractionAsync(InteractionBodies.Ping(), signature: new string('0', 128));

        Assert.All(new[] { forged, garbage, ping }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        await bot.IdleAsync();
        Assert.Empty(discord.Requests.Snapshot());
    }

    [Fact]
    public async Task AlteredBody_Is401AndCallsNothing()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);
        var body = InteractionBodies.Command("ask", "altered-token", InteractionBodies.Option("question", "where did they meet?"));
        var signature = bot.Signer.Sign("1726000000", body);

        using var response = await bot.PostInteractionAsync(body.Replace("where", "when"), signature, "1726000000");
        using var otherTime = await bot.PostInteractionAsync(body, signature, "1726000001");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherTime.StatusCode);
        await bot.IdleAsync();
        Assert.Empty(discord.Requests.Snapshot());
    }

    [Fact]
    public async Task SignedButNotJson_Is400()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);
        using var response = await bot.PostInteractionAsync("{not json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Help_IsAnEphemeralMessageWithoutMentions()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);

        var json = await ReadJsonAsync(await bot.PostInteractionAsync(InteractionBodies.Command("help", "help-token")));

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("articles", data.GetProperty("content").GetString());
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Theory]
    [InlineData("ask", "", "Please type a question")]
    [InlineData("ask", "   ", "Please type a question")]
    [InlineData("nonsense", "x", "I don't know the command")]
    public async Task BadCommand_IsAnEphemeralError(string name, string question, string expected)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);

        var json = await ReadJsonAsync(await bot.PostInteractionAsync(InteractionBodies.Command(name, "bad-token", InteractionBodies.Option("question", question))));

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains(expected, json.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task TooLongQuestion_IsAnEphemeralErrorNamingTheLimit()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);

        var json = await ReadJsonAsync(await bot.PostInteractionAsync(
            InteractionBodies.Command("ask", "long-token", InteractionBodies.Option("question", new string('x', 2_001)))));

        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("2,000", json.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(discord.Requests.Snapshot());
    }

    [Fact]
    public async Task AUserOverTheRateLimit_IsToldToSlowDown_WhileAnotherUserIsStillServed()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false,
            settings: new Dictionary<string, string?> { ["Discord:UserRequestsPerMinute"] = "2" });
        async Task<JsonElement> AskAs(string user, string token) => await ReadJsonAsync(await bot.PostInteractionAsync(
            InteractionBodies.CommandFrom(user, "ask", token, InteractionBodies.Option("question", "where did they meet?"))));

        var first = await AskAs("111", "rl-1");
        var second = await AskAs("111", "rl-2");
        var third = await AskAs("111", "rl-3");
        var other = await AskAs("222", "rl-4");

        Assert.Equal(5, first.GetProperty("type").GetInt32());
        Assert.Equal(5, second.GetProperty("type").GetInt32());
        Assert.Equal(4, third.GetProperty("type").GetInt32());
        Assert.Equal(64, third.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("faster than I can keep up", third.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(5, other.GetProperty("type").GetInt32());
        await discord.Requests.WaitForAsync(r => r.Path.Contains("/rl-", StringComparison.Ordinal), count: 3);
        Assert.DoesNotContain(discord.Requests.Snapshot(), r => r.Path.Contains("/rl-3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageCommand_OnAMessageWithoutText_IsAnEphemeralError()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);

        var json = await ReadJsonAsync(await bot.PostInteractionAsync(InteractionBodies.MessageCommand("msg-token", "")));

        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("no text", json.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task ChannelOutsideAllowedChannels_IsRefusedEphemerally()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false,
            settings: new Dictionary<string, string?> { ["Discord:AllowedChannels:0"] = "1" });

        var json = await ReadJsonAsync(await bot.PostInteractionAsync(
            InteractionBodies.Command("ask", "chan-token", InteractionBodies.Option("question", "where did they meet?"))));

        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("not enabled in this channel", json.GetProperty("data").GetProperty("content").GetString());
    }

    internal static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
    }
}
