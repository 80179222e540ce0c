using System.Net;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests.Conformance;

/// <summary>Official Events API payloads (protocols.md B1) sent, byte for byte and signed, to the real endpoint.</summary>
public sealed class SlackEventsConformanceTests
{
    // The bot user the docs' app_mention example mentions.
    private const string DocsBotUser = "U0LAN0Z89";

    [SharedDataTheory("protocol-fixtures/slack/events_api")]
    [InlineData("event_callback.app_mention.docs.json", "C123ABC456", "1515449522.000016")]
    [InlineData("event_callback.message_im.docs.json", "D024BE91L", null)]
    [InlineData("event_callback.message_im.api_slack_com_legacy.docs.json", "D024BE91L", null)]
    [InlineData("event_callback.message_channel.docs.json", null, null)]
    [InlineData("event_callback.bot_message.docs.json", null, null)]
    [InlineData("app_rate_limited.docs.json", null, null)]
    public async Task Official_payloads_are_answered_in_the_right_place_or_ignored(string file, string? channel, string? threadTs)
    {
        await using var slack = await FakeSlack.StartAsync(DocsBotUser);
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);

        using var response = await bot.PostSignedAsync("/slack/events", Fixtures.Text($"events_api/{file}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (channel is null)
        {
            await bot.IdleAsync();
            Assert.Empty(slack.CallsTo("chat.postMessage"));
            return;
        }
        await Eventually.TrueAsync(() => slack.CallsTo("chat.postMessage").Count == 1, $"{file} is answered");
        var post = slack.CallsTo("chat.postMessage").Single();
        Assert.Equal(channel, post.Str("channel"));
        Assert.Equal(threadTs, post.Str("thread_ts"));
    }

    [SharedDataFact("protocol-fixtures/slack/events_api/url_verification.request.docs.json")]
    public async Task Url_verification_answers_in_the_first_documented_form()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var forms = System.Text.Json.Nodes.JsonNode.Parse(Fixtures.Text("events_api/url_verification.responses.docs.json"))!.AsArray();

        using var response = await bot.PostSignedAsync("/slack/events", Fixtures.Text("events_api/url_verification.request.docs.json"));

        Assert.Equal(forms[0]!["status"]!.GetValue<int>(), (int)response.StatusCode);
        Assert.Equal(forms[0]!["content_type"]!.GetValue<string>(), response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(forms[0]!["body"]!.GetValue<string>(), await response.Content.ReadAsStringAsync());
    }

    [SharedDataFact("protocol-fixtures/slack/events_api/retry_delivery.headers.composed.json")]
    public async Task A_delivery_retried_with_slacks_retry_headers_is_answered_once()
    {
        await using var slack = await FakeSlack.StartAsync(DocsBotUser);
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var body = Fixtures.Text("events_api/event_callback.app_mention.docs.json");
        var headers = Fixtures.Json("events_api/retry_delivery.headers.composed.json");

        using var first = await bot.PostSignedAsync("/slack/events", body);
        using var retry = await bot.PostSignedAsync("/slack/events", body, retryNum: headers["X-Slack-Retry-Num"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count == 1, "answered");
        await bot.IdleAsync();
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }
}
