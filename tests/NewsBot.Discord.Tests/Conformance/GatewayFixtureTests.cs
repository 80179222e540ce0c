using System.Text.Json;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Discord.Tests.Gateway;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Conformance;

/// <summary>The documented gateway payloads and tables against our parser, constants and what the client sends.</summary>
public sealed class GatewayFixtureTests
{
    private const string Folder = DiscordFixtures.Folder + "/gateway";

    private static GatewayFrame Frame(string file) =>
        JsonSerializer.Deserialize<GatewayFrame>(DiscordFixtures.Text($"gateway/{file}"), DiscordJson.Gateway)!;

    [SharedDataFact(Folder)]
    public void Frames_Parse()
    {
        Assert.Equal(45000, Frame("hello.docs.json").D!.Value.GetProperty("heartbeat_interval").GetInt32());
        Assert.Equal((GatewayOpcode.Dispatch, 42L, "GATEWAY_EVENT_NAME"), (Frame("dispatch_envelope.docs.json").Op, Frame("dispatch_envelope.docs.json").S!.Value, Frame("dispatch_envelope.docs.json").T));
        Assert.Equal(GatewayOpcode.HeartbeatAck, Frame("heartbeat_ack.docs.json").Op);
        Assert.Equal(GatewayOpcode.Reconnect, Frame("reconnect.docs.json").Op);
        Assert.Equal(JsonValueKind.False, Frame("invalid_session.docs.json").D!.Value.ValueKind);

        var ready = Frame("ready.synthesized.json").D!.Value.Deserialize<GatewayReady>(DiscordJson.Options)!;
        Assert.Equal(("1098765432109876543", "evenmorerandomstring", "wss://gateway-us-east1-b.discord.gg"), (ready.User.Id, ready.SessionId, ready.ResumeGatewayUrl));
        Assert.Equal("wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json", GatewayClient.Versioned(new Uri(ready.ResumeGatewayUrl)).ToString());

        var message = Frame("message_create.guild_mention.composed.json").D!.Value.Deserialize<GatewayMessage>(DiscordJson.Options)!;
        Assert.Equal(("334385199974967043", "290926798999357250", "290926798626357999"), (message.Id, message.ChannelId, message.GuildId));
        Assert.Equal("1098765432109876543", Assert.Single(message.Mentions!).Id);
        Assert.Equal("wss://gateway.discord.gg/", DiscordFixtures.Json("gateway/get_gateway_bot.response.docs.json").Deserialize<GatewayBotInfo>(DiscordJson.Options)!.Url);
    }

    [SharedDataFact(Folder)]
    public void CloseCodes_MatchTheReconnectTable()
    {
        foreach (var row in DiscordFixtures.Json("gateway/close_codes.docs.json").EnumerateArray())
            Assert.Equal(!row.GetProperty("reconnect").GetBoolean(), GatewayCloseCodes.IsFatal(row.GetProperty("code").GetInt32()));
    }

    [SharedDataFact(Folder)]
    public void OpcodesAndIntents_MatchTheTables()
    {
        var ops = DiscordFixtures.Json("gateway/opcodes.docs.json").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("op").GetInt32());
        Assert.Equal(GatewayOpcode.Dispatch, ops["Dispatch"]);
        Assert.Equal(GatewayOpcode.Heartbeat, ops["Heartbeat"]);
        Assert.Equal(GatewayOpcode.Identify, ops["Identify"]);
        Assert.Equal(GatewayOpcode.Resume, ops["Resume"]);
        Assert.Equal(GatewayOpcode.Reconnect, ops["Reconnect"]);
        Assert.Equal(GatewayOpcode.InvalidSession, ops["Invalid Session"]);
        Assert.Equal(GatewayOpcode.Hello, ops["Hello"]);
        Assert.Equal(GatewayOpcode.HeartbeatAck, ops["Heartbeat ACK"]);

        var intents = DiscordFixtures.Json("gateway/intents.subset.docs.json");
        Assert.Equal(GatewayIntents.Requested,
            intents.GetProperty("GUILDS").GetInt32() | intents.GetProperty("GUILD_MESSAGES").GetInt32() | intents.GetProperty("DIRECT_MESSAGES").GetInt32());
        Assert.Equal(0, GatewayIntents.Requested & intents.GetProperty("MESSAGE_CONTENT").GetInt32()); // privileged: not requested
    }

    [SharedDataFact(Folder)]
    public async Task SentPayloads_HaveTheDocumentedShapes()
    {
        await using var fixture = await GatewayFixture.StartAsync(g => g.HeartbeatIntervalMs = 60_000);
        await fixture.Gateway.SendAsync(new { op = 1, d = (object?)null });
        await fixture.Gateway.Received.WaitForAsync(r => r.Op == 1);
        fixture.Gateway.Drop();
        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);

        var identify = fixture.Gateway.Received.Where(r => r.Op == 2)[0].D;
        Assert.True(DiscordFixtures.HasShapeOf(identify, DiscordFixtures.Json("gateway/identify.minimal.docs.json").GetProperty("d")));
        var resume = fixture.Gateway.Received.Where(r => r.Op == 6)[0].D;
        Assert.True(DiscordFixtures.HasShapeOf(resume, DiscordFixtures.Json("gateway/resume.docs.json").GetProperty("d")));
        var heartbeat = fixture.Gateway.Received.Where(r => r.Op == 1)[0].D;
        Assert.Equal(DiscordFixtures.Json("gateway/heartbeat.docs.json").GetProperty("d").ValueKind, heartbeat.ValueKind);
    }

    [SharedDataFact(Folder)]
    public async Task ComposedMessageCreates_ReplayedThroughTheGateway()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        foreach (var file in new[] { "message_create.from_bot_self.composed.json", "message_create.guild_mention.composed.json", "message_create.dm.composed.json" })
            await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordFixtures.Json($"gateway/{file}").GetProperty("d"));

        Assert.Single(await fixture.WaitForReplyAsync("334385199974967044")); // the DM
        Assert.Single(await fixture.WaitForReplyAsync("334385199974967043")); // the mention
        Assert.Empty(fixture.RepliesTo("334385199974967045")); // the bot's own message, dispatched first

        var noPing = DiscordFixtures.Json("rest/create_message.reply_no_ping.composed.json");
        var reply = fixture.RepliesTo("334385199974967043")[0].Json;
        Assert.True(DiscordFixtures.HasShapeOf(reply.GetProperty("message_reference"), noPing.GetProperty("message_reference")));
        Assert.Equal(noPing.GetProperty("allowed_mentions").GetRawText().Replace(" ", "").Replace("\n", ""),
            reply.GetProperty("allowed_mentions").GetRawText());
    }
}
