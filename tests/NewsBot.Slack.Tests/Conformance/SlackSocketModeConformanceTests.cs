using System.Text.Json.Nodes;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests.Conformance;

/// <summary>The Socket Mode frames of the official SDKs' test servers (protocols.md B6), replayed over a real WebSocket.</summary>
public sealed class SlackSocketModeConformanceTests
{
    private static string Frame(string file) => Fixtures.Text($"socket_mode/{file}");

    private static string EnvelopeId(string file) => JsonNode.Parse(Frame(file))!["envelope_id"]!.GetValue<string>();

    [SharedDataFact("protocol-fixtures/slack/socket_mode")]
    public async Task Official_frames_are_acked_in_the_sdk_shape_answered_once_and_disconnects_reconnect()
    {
        await using var slack = await FakeSlack.StartAsync("U111");
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false);
        var socket = await slack.NextConnectionAsync();

        await socket.SendAsync(Frame("hello.python-sdk.json"));
        await socket.SendAsync(Frame("events_api.app_mention.python-sdk.json"));
        await socket.SendAsync(Frame("events_api.app_mention.retry.node-sdk.json"));
        await socket.SendAsync(Frame("events_api.message.python-sdk.json"));
        await socket.SendAsync(Frame("slash_commands.python-sdk.json"));
        await socket.SendAsync(Frame("interactive.shortcut.python-sdk.json"));

        var mention = EnvelopeId("events_api.app_mention.python-sdk.json");
        var message = EnvelopeId("events_api.message.python-sdk.json");
        var slash = EnvelopeId("slash_commands.python-sdk.json");
        var shortcut = EnvelopeId("interactive.shortcut.python-sdk.json");
        IReadOnlyList<(int, JsonObject Message, DateTimeOffset)> Acks(string id) => SlackSocketModeTests.AcksFor(slack, id);
        await Eventually.TrueAsync(() => Acks(mention).Count == 2 && Acks(message).Count == 1 && Acks(slash).Count == 1 && Acks(shortcut).Count == 1,
            "every envelope acked (the mention and its retry share an envelope id)");

        // Acks have exactly the SDKs' shape.
        Assert.True(JsonNode.DeepEquals(Fixtures.Json("socket_mode/ack.minimal.sdk_shape.json"), Acks(mention)[0].Message));
        var slashAck = Acks(slash)[0].Message;
        var sdkShape = Fixtures.Json("socket_mode/ack.slash_command_with_payload.sdk_shape.json");
        Assert.Equal(sdkShape["envelope_id"]!.GetValue<string>(), slashAck["envelope_id"]!.GetValue<string>());
        Assert.Equal(sdkShape["payload"]!["response_type"]!.GetValue<string>(), slashAck["payload"]!["response_type"]!.GetValue<string>());
        Assert.Contains("/hello-socket-mode", slashAck["payload"]!["text"]!.GetValue<string>());
        Assert.Null(Acks(shortcut)[0].Message["payload"]);

        // The bare mention (and not its retry, nor the plain channel message) gets one reply, in its thread.
        await Eventually.TrueAsync(() => slack.CallsTo("chat.postMessage").Count == 1, "the mention is answered");
        await bot.IdleAsync();
        var post = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal("C111", post.Str("channel"));
        Assert.Equal("1610241741.000200", post.Str("thread_ts"));

        // Each documented disconnect leads to a fresh URL and a new socket.
        var current = socket;
        foreach (var disconnect in new[] { "disconnect.too_many_websockets.python-sdk.json", "disconnect.refresh_requested.composed.json", "disconnect.warning.composed.json" })
        {
            await current.SendAsync(Frame(disconnect));
            var next = await slack.NextConnectionAsync();
            Assert.Equal(current.Number + 1, next.Number);
            current = next;
        }
        Assert.Equal(4, slack.CallsTo("apps.connections.open").Count);
    }
}
