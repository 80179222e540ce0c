using System.Net;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// PostgreSQL down under a host with the shared inbox (issue 14 item 7): nothing is acknowledged that could not be
/// recorded, so Slack delivers it again, and once the server is back the question is answered exactly once.
/// </summary>
[Collection(SlackPostgresCollection.Name)]
public sealed class SlackPostgresDownTests(PostgresCluster cluster)
{
    private const string Question = "where did they meet?";

    [PostgresFact]
    public async Task With_postgres_down_events_and_commands_get_503_and_the_retried_event_is_answered_once_when_it_is_back()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartSharedAsync(slack, await cluster.CreateDatabaseAsync());
        var body = Payloads.Callback("EvDown", Payloads.Mention(Question, ts: "1700060000.000001")).ToJsonString();

        cluster.Stop();
        try
        {
            using var down = await bot.PostSignedAsync("/slack/events", body);
            using var command = await bot.PostSignedAsync("/slack/commands",
                Payloads.SlashForm("/ask", Question, slack.ResponseUrl("down")), "application/x-www-form-urlencoded");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, command.StatusCode);
            Assert.Contains(bot.Logs.Lines, l => l.Contains("/slack/events (answered 503) not acknowledged", StringComparison.Ordinal));
        }
        finally
        {
            cluster.Start();
        }

        // Slack's retries, until one is acknowledged; then one more, late, as Slack may still send it.
        var retries = 0;
        await Eventually.TrueAsync(() => Retry(bot, body, ++retries) == HttpStatusCode.OK, "a retry to be acknowledged once PostgreSQL is back", timeoutMs: 20_000);
        Assert.Equal(HttpStatusCode.OK, Retry(bot, body, retries + 1));
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count >= 1, "the retried event is answered");
        await bot.IdleAsync();
        Assert.Single(slack.CallsTo("chat.postMessage"));
        SlackEndToEndTests.AssertCitesSampleArticles(Assert.Single(slack.CallsTo("chat.update")));
        Assert.Empty(slack.CallsTo("response_url:down"));
    }

    [PostgresFact]
    public async Task With_postgres_down_a_socket_mode_envelope_is_not_acked_and_its_redelivery_is_answered_once_when_it_is_back()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartSharedAsync(slack, await cluster.CreateDatabaseAsync(), socketMode: true, http: false);
        var socket = await slack.NextConnectionAsync();
        const string ts = "1700061000.000001";

        cluster.Stop();
        try
        {
            await socket.SendAsync(SlackSocketModeTests.MentionEnvelope("env-down", "EvSocketDown", ts));

            await Eventually.TrueAsync(() => bot.Logs.Lines.Any(l => l.Contains("envelope env-down not acknowledged", StringComparison.Ordinal)),
                "the envelope to be refused");
            Assert.Empty(SlackSocketModeTests.AcksFor(slack, "env-down"));
        }
        finally
        {
            cluster.Start();
        }

        // Slack re-delivers an unacknowledged envelope (retry_attempt counts up) until one is acknowledged.
        for (var attempt = 1; attempt <= 20 && SlackSocketModeTests.AcksFor(slack, "env-down").Count == 0; attempt++)
        {
            await socket.SendAsync(SlackSocketModeTests.MentionEnvelope("env-down", "EvSocketDown", ts, retry: attempt));
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        await Eventually.TrueAsync(() => slack.CallsTo("chat.update").Count >= 1, "the re-delivered event is answered");
        await bot.IdleAsync();
        Assert.NotEmpty(SlackSocketModeTests.AcksFor(slack, "env-down"));
        Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Single(slack.CallsTo("chat.update"));
    }

    private static HttpStatusCode Retry(SlackBot bot, string body, int retryNum)
    {
        using var response = bot.PostSignedAsync("/slack/events", body, retryNum: retryNum.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetAwaiter().GetResult();
        return response.StatusCode;
    }
}
