using System.Text.Json.Nodes;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>Socket Mode against a real WebSocket server on 127.0.0.1.</summary>
public sealed class SlackSocketModeTests
{
    internal static IReadOnlyList<(int Connection, JsonObject Message, DateTimeOffset At)> AcksFor(FakeSlack slack, string envelopeId) =>
        slack.SocketReceived.Where(m => m.Message["envelope_id"]?.GetValue<string>() == envelopeId).ToList();

    internal static string MentionEnvelope(string envelopeId, string eventId, string ts, string text = "where did they meet?", int retry = 0) =>
        Payloads.Envelope(envelopeId, Payloads.Callback(eventId, Payloads.Mention(text, ts: ts)), retryAttempt: retry);

    private static int Lookings(FakeSlack slack, string threadTs) =>
        slack.CallsTo("chat.postMessage").Count(p => p.Str("thread_ts") == threadTs && p.Str("text") == "Looking…");

    [Fact]
    public async Task Every_envelope_is_acked_once_including_one_sent_in_fragments()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false);
        var socket = await slack.NextConnectionAsync();

        await socket.SendAsync(MentionEnvelope("env-frag", "EvFrag", "1700001000.000001"), fragments: 7);
        await socket.SendAsync(MentionEnvelope("env-whole", "EvWhole", "1700001000.000002"));

        await Eventually.TrueAsync(() => AcksFor(slack, "env-frag").Count == 1 && AcksFor(slack, "env-whole").Count == 1, "both envelopes acked");
        Assert.Null(AcksFor(slack, "env-frag")[0].Message["payload"]);
        await Eventually.TrueAsync(() => Lookings(slack, "1700001000.000001") == 1 && Lookings(slack, "1700001000.000002") == 1, "both answered in their threads");
        Assert.Equal(FakeSlack.AppToken, slack.CallsTo("apps.connections.open").Single().Authorization!["Bearer ".Length..]);
    }

    [Fact]
    public async Task A_refresh_request_opens_a_fresh_url_and_reconnects()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false);
        var first = await slack.NextConnectionAsync();

        await first.SendAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"fake"}}""");
        var second = await slack.NextConnectionAsync();
        await second.SendAsync(MentionEnvelope("env-after", "EvAfter", "1700002000.000001"));

        await Eventually.TrueAsync(() => AcksFor(slack, "env-after").Count == 1, "the envelope on the new socket is acked");
        Assert.Equal(second.Number, AcksFor(slack, "env-after")[0].Connection);
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
        await first.Ended.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task After_drops_and_disconnects_every_envelope_is_acked_and_answered_exactly_once()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false);

        var one = await slack.NextConnectionAsync();
        await one.SendAsync(MentionEnvelope("e1", "Ev1", "1700003000.000001"));
        await one.SendAsync(MentionEnvelope("e2", "Ev2", "1700003000.000002"));
        await Eventually.TrueAsync(() => AcksFor(slack, "e1").Count == 1 && AcksFor(slack, "e2").Count == 1, "acks on socket 1");
        one.Drop();

        // Slack redelivers e2's event (its ack may have been lost with the socket) under a new envelope id.
        var two = await slack.NextConnectionAsync();
        await two.SendAsync(MentionEnvelope("e2-retry", "Ev2", "1700003000.000002", retry: 1));
        await two.SendAsync(MentionEnvelope("e3", "Ev3", "1700003000.000003"), fragments: 3);
        await Eventually.TrueAsync(() => AcksFor(slack, "e2-retry").Count == 1 && AcksFor(slack, "e3").Count == 1, "acks on socket 2");
        await two.SendAsync("""{"type":"disconnect","reason":"warning","debug_info":{"host":"fake"}}""");

        var three = await slack.NextConnectionAsync();
        await three.SendAsync(MentionEnvelope("e4", "Ev4", "1700003000.000004"));
        await Eventually.TrueAsync(() => AcksFor(slack, "e4").Count == 1, "ack on socket 3");

        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 4, "four answers written");
        await bot.IdleAsync();
        foreach (var id in new[] { "e1", "e2", "e2-retry", "e3", "e4" })
            Assert.Single(AcksFor(slack, id));
        for (var i = 1; i <= 4; i++)
            Assert.Equal(1, Lookings(slack, $"1700003000.00000{i}"));
        Assert.Equal(4, slack.CallsTo("chat.update").Count);
        Assert.Equal(3, slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task A_slash_command_envelope_is_acked_with_the_immediate_response()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false);
        var socket = await slack.NextConnectionAsync();

        var help = Payloads.Envelope("env-help", Payloads.SlashJson("/newsbot-help", "", slack.ResponseUrl("h")), "slash_commands", acceptsResponsePayload: true);
        var ask = Payloads.Envelope("env-ask", Payloads.SlashJson("/ask", "where did they meet?", slack.ResponseUrl("a")), "slash_commands", acceptsResponsePayload: true);
        var shortcut = Payloads.Envelope("env-short", new JsonObject { ["type"] = "shortcut", ["callback_id"] = "x" }, "interactive");
        await socket.SendAsync(help);
        await socket.SendAsync(ask);
        await socket.SendAsync(shortcut);

        await Eventually.TrueAsync(() => AcksFor(slack, "env-help").Count == 1 && AcksFor(slack, "env-ask").Count == 1 && AcksFor(slack, "env-short").Count == 1, "all acked");
        var helpPayload = AcksFor(slack, "env-help")[0].Message["payload"]!;
        Assert.Equal("ephemeral", helpPayload["response_type"]!.GetValue<string>());
        Assert.Contains("articles", helpPayload["text"]!.GetValue<string>());
        Assert.Equal("Looking that up…", AcksFor(slack, "env-ask")[0].Message["payload"]!["text"]!.GetValue<string>());
        Assert.Null(AcksFor(slack, "env-short")[0].Message["payload"]);
        await Eventually.TrueAsync(() => slack.CallsTo("response_url:a").Count == 1, "the /ask answer goes to its response_url");
    }

    [Fact]
    public async Task A_rejected_app_token_stops_socket_mode_without_a_reconnect_storm()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false,
            settings: new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-revoked-token-77" });

        await Eventually.TrueAsync(() => bot.Logs.Lines.Any(l => l.Contains("Slack__AppToken")), "a critical log naming the setting");
        await Task.Delay(400); // twice Slack:MaxReconnectDelay (200 ms): a reconnect storm would have started by now
        Assert.Single(slack.CallsTo("apps.connections.open"));
        Assert.Equal(0, slack.ConnectionCount);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("xapp-revoked-token-77"));
    }
}
