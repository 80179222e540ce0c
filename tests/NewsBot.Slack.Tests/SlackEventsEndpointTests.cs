using System.Net;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>The Events API over HTTP against a real bot host and a fake Slack, both on 127.0.0.1.</summary>
public sealed class SlackEventsEndpointTests
{
    private static string Body(string eventId, System.Text.Json.Nodes.JsonObject inner) => Payloads.Callback(eventId, inner).ToJsonString();

    private static IReadOnlyList<FakeSlackCall> Posts(FakeSlack slack) => slack.CallsTo("chat.postMessage");

    [Fact]
    public async Task Url_verification_answers_the_challenge_as_plain_text()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);

        using var response = await bot.PostSignedAsync("/slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNF","type":"url_verification"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3eZbrw1aBm2rZgRNF", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_flood_of_forged_requests_is_logged_once_with_a_count_not_once_each()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var body = Body("EvFlood", Payloads.Mention("where did they meet?"));

        for (var i = 0; i < 50; i++)
        {
            using var forged = await bot.PostSignedAsync("/slack/events", body, secret: "not-the-secret");
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        var warnings = bot.Logs.Lines.Where(l => l.Contains("rejected request", StringComparison.Ordinal)).ToList();
        Assert.Single(warnings);
    }

    [Fact]
    public async Task A_forged_stale_or_unsigned_request_gets_401_and_nothing_is_posted()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var body = Body("EvForged1", Payloads.Mention("where did they meet?"));

        using var forged = await bot.PostSignedAsync("/slack/events", body, secret: "not-the-secret");
        using var stale = await bot.PostSignedAsync("/slack/events", body, timestamp: DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());
        using var unsigned = await bot.Http.PostAsync(new Uri(bot.Url, "slack/events"), new StringContent(body));
        using var forgedCommand = await bot.PostSignedAsync("/slack/commands",
            Payloads.SlashForm("/ask", "where?", slack.ResponseUrl("x")), "application/x-www-form-urlencoded", secret: "nope");
        using var forgedInteraction = await bot.PostSignedAsync("/slack/interactions", "payload=%7B%7D", "application/x-www-form-urlencoded", secret: "nope");

        Assert.All(new[] { forged, stale, unsigned, forgedCommand, forgedInteraction }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        // A correctly signed event afterwards is answered, so silence above is the verifier's doing.
        using var genuine = await bot.PostSignedAsync("/slack/events", Body("EvGenuine1", Payloads.Mention("where did they meet?", ts: "1700000009.000001")));
        await Eventually.TrueAsync(() => Posts(slack).Count == 1, "the genuine mention is answered");
        Assert.Equal("1700000009.000001", Posts(slack).Single().Str("thread_ts"));
        Assert.Empty(slack.CallsTo("response_url:x"));
        using var genuineInteraction = await bot.PostSignedAsync("/slack/interactions", "payload=%7B%22type%22%3A%22shortcut%22%7D", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, genuineInteraction.StatusCode);
    }

    [Fact]
    public async Task A_retried_event_with_the_same_event_id_is_answered_once()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var body = Body("EvRetried1", Payloads.Mention("where did they meet?"));

        using var first = await bot.PostSignedAsync("/slack/events", body);
        using var retry1 = await bot.PostSignedAsync("/slack/events", body, retryNum: "1");
        using var retry2 = await bot.PostSignedAsync("/slack/events", body, retryNum: "2");

        Assert.All(new[] { first, retry1, retry2 }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count >= 1, "the answer is written");
        await bot.IdleAsync();
        Assert.Single(Posts(slack));
        Assert.Single(slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task The_bots_own_messages_other_bots_edits_and_subtypes_get_no_answer()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);

        var ignored = new[]
        {
            Payloads.Message("where did they meet?", "D0DM0001", "im", user: FakeSlack.BotUserId),
            Payloads.Message("where did they meet?", "D0DM0001", "im", botId: "B0OTHER"),
            Payloads.Message("where did they meet?", "D0DM0001", "im", subtype: "message_changed"),
            Payloads.Message("where did they meet?", "D0DM0001", "im", subtype: "bot_message"),
            Payloads.Message("where did they meet?", Payloads.Channel, "channel"),
        };
        var n = 0;
        foreach (var inner in ignored)
        {
            using var response = await bot.PostSignedAsync("/slack/events", Body($"EvIgnored{n++}", inner));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        // A real DM after them is answered: the ones above were dropped, not merely slow.
        using var dm = await bot.PostSignedAsync("/slack/events", Body("EvDm1", Payloads.Message("where did they meet?", "D0DM0001", "im", ts: "1700000050.000001")));

        await Eventually.TrueAsync(() => Posts(slack).Count >= 1, "the DM is answered");
        await bot.IdleAsync();
        var post = Assert.Single(Posts(slack));
        Assert.Equal("D0DM0001", post.Str("channel"));
        Assert.Null(post.Str("thread_ts"));
    }

    [Fact]
    public async Task A_reply_in_a_thread_the_bot_answered_continues_without_a_mention()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        const string root = "1700000100.000001";

        await bot.PostSignedAsync("/slack/events", Body("EvRoot", Payloads.Mention("where did they meet?", ts: root)));
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "the mention is answered");
        await bot.PostSignedAsync("/slack/events", Body("EvFollow", Payloads.Message("and when?", Payloads.Channel, "channel", ts: "1700000101.000001", threadTs: root)));
        await bot.PostSignedAsync("/slack/events", Body("EvOther", Payloads.Message("unrelated", Payloads.Channel, "channel", ts: "1700000102.000001", threadTs: "1600000000.000001")));
        // A mention inside the thread also arrives as a message event; only the app_mention is answered.
        await bot.PostSignedAsync("/slack/events", Body("EvMentionMsg", Payloads.Message($"<@{FakeSlack.BotUserId}> again?", Payloads.Channel, "channel", ts: "1700000103.000001", threadTs: root)));

        await Eventually.TrueAsync(() => Posts(slack).Count == 2, "the follow-up is answered");
        await bot.IdleAsync();
        Assert.Equal(2, Posts(slack).Count);
        Assert.All(Posts(slack), p => Assert.Equal(root, p.Str("thread_ts")));
    }

    [Fact]
    public async Task Channels_outside_the_allowlist_get_no_answer_but_dms_do()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false, settings: new Dictionary<string, string?> { ["Slack:AllowedChannels:0"] = "C0ALLOWED" });

        await bot.PostSignedAsync("/slack/events", Body("EvNo", Payloads.Mention("where?", channel: "C0ELSEWHERE")));
        await bot.PostSignedAsync("/slack/events", Body("EvYes", Payloads.Mention("where?", channel: "C0ALLOWED")));
        await bot.PostSignedAsync("/slack/events", Body("EvDm", Payloads.Message("where?", "D0DM0002", "im")));

        await Eventually.TrueAsync(() => Posts(slack).Count == 2, "allowed channel and DM answered");
        await bot.IdleAsync();
        Assert.DoesNotContain(Posts(slack), p => p.Str("channel") == "C0ELSEWHERE");
    }

    [Fact]
    public async Task A_user_over_the_rate_limit_gets_a_polite_reply_instead_of_an_answer()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false, settings: new Dictionary<string, string?> { ["Slack:UserRequestsPerMinute"] = "2" });

        // Two answered, then five over the limit: one notice, not five replies crowding the channel.
        for (var i = 0; i < 7; i++)
            await bot.PostSignedAsync("/slack/events", Body($"EvRate{i}", Payloads.Mention("where?", ts: $"1700000200.00000{i}")));
        // Another user is not affected.
        await bot.PostSignedAsync("/slack/events", Body("EvRateOther", Payloads.Mention("where?", ts: "1700000200.000009", user: "UOTHER001")));

        await bot.IdleAsync();
        var notice = Assert.Single(Posts(slack), p => p.Str("text")!.Contains("faster than I can keep up"));
        Assert.Equal("1700000200.000002", notice.Str("thread_ts"));
        Assert.Equal(3, Posts(slack).Count(p => p.Str("text") == "Looking…"));
        Assert.Equal(4, Posts(slack).Count);
    }

    [Fact]
    public async Task A_full_queue_answers_busy_instead_of_dropping_the_question()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Delays["reactions.add"] = TimeSpan.FromSeconds(1.5);
        await using var bot = await SlackBot.StartAsync(slack, ingest: false,
            settings: new Dictionary<string, string?> { ["Slack:QueueCapacity"] = "1", ["Slack:Workers"] = "1" });

        await bot.PostSignedAsync("/slack/events", Body("EvBusy0", Payloads.Mention("q0", ts: "1700000300.000000")));
        await Eventually.TrueAsync(() => slack.CallsTo("reactions.add").Count == 1, "the only worker is busy with the first question");
        await bot.PostSignedAsync("/slack/events", Body("EvBusy1", Payloads.Mention("q1", ts: "1700000300.000001")));
        await bot.PostSignedAsync("/slack/events", Body("EvBusy2", Payloads.Mention("q2", ts: "1700000300.000002")));

        await Eventually.TrueAsync(() => Posts(slack).Any(p => p.Str("text")!.Contains("busy")), "the third question is told the bot is busy");
        Assert.Equal("1700000300.000002", Posts(slack).Single(p => p.Str("text")!.Contains("busy")).Str("thread_ts"));
        await Eventually.TrueAsync(() => Posts(slack).Count(p => p.Str("text") == "Looking…") == 2, "the two queued questions are answered");
    }
}
