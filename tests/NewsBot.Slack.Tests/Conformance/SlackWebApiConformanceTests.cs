using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Connections;
using NewsBot.Slack.Startup;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Slack.WebApi;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests.Conformance;

/// <summary>The Web API client against the official response examples (protocols.md B4, B6), served by the fake.</summary>
public sealed class SlackWebApiConformanceTests
{
    private static FakeSlackResponse Ok(string file) => new(200, Fixtures.Text($"{file}"));

    [SharedDataFact("protocol-fixtures/slack/web_api")]
    public async Task Official_success_and_error_bodies_are_read_as_documented()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("auth.test", Ok("web_api/auth.test.ok.openapi_example.json"));
        await using var bot = await SlackBot.StartAsync(slack, socketMode: false, ingest: false);
        var api = bot.Services.GetRequiredService<SlackApiClient>();
        var message = SlackMessage.Plain("x");

        var auth = await bot.Services.GetRequiredService<SlackBotIdentity>().WaitAsync(CancellationToken.None);
        Assert.Equal("W12345678", auth.UserId);

        slack.Script("chat.postMessage", Ok("web_api/chat.postMessage.ok.openapi_example.json"));
        Assert.Equal("1503435956.000247", await api.PostMessageAsync("C1H9RESGL", null, message, CancellationToken.None));

        slack.Script("chat.update", Ok("web_api/chat.update.ok.openapi_example.json"));
        await api.UpdateMessageAsync("C024BE91L", "1401383885.000061", message, CancellationToken.None);

        slack.Script("chat.postMessage", Ok("web_api/chat.postMessage.error.openapi_example.json"));
        var post = await Assert.ThrowsAsync<SlackApiException>(() => api.PostMessageAsync("C1", null, message, CancellationToken.None));
        Assert.Equal("too_many_attachments", post.Error);

        slack.Script("chat.update", Ok("web_api/chat.update.error.openapi_example.json"));
        var update = await Assert.ThrowsAsync<SlackApiException>(() => api.UpdateMessageAsync("C1", "1.1", message, CancellationToken.None));
        Assert.Equal("cant_update_message", update.Error);

        slack.Script("apps.connections.open", Ok("socket_mode/apps.connections.open.response.docs.json"));
        Assert.Equal("wss://wss-somethiing.slack.com/link/?ticket=12348&app_id=5678", (await api.OpenConnectionAsync(CancellationToken.None)).AbsoluteUri);
    }

    [SharedDataFact("protocol-fixtures/slack/web_api/rate_limited_429.composed.json")]
    public async Task The_documented_429_is_retried_after_its_retry_after_capped_by_settings()
    {
        var limited = Fixtures.Json("web_api/rate_limited_429.composed.json");
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        slack.Script("chat.postMessage", new FakeSlackResponse(limited["status"]!.GetValue<int>(), limited["body"]!.ToJsonString(),
            TimeSpan.FromSeconds(int.Parse(limited["headers"]!["Retry-After"]!.GetValue<string>()))));

        var ts = await bot.Services.GetRequiredService<SlackApiClient>().PostMessageAsync("C1", null, SlackMessage.Plain("x"), CancellationToken.None);

        Assert.NotEmpty(ts);
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
    }

    [SharedDataFact("protocol-fixtures/slack/web_api/auth.test.error.openapi_example.json")]
    public async Task The_documented_auth_test_error_is_reported_as_a_bad_token()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("auth.test", Ok("web_api/auth.test.error.openapi_example.json"));

        await using var bot = await SlackBot.StartAsync(slack, ingest: false);

        var report = await SlackStartupTests.SettledAsync(bot);
        Assert.Equal(FrontEndState.BadSetting, report.State);
        Assert.Contains("invalid_auth", report.Detail);
    }
}
