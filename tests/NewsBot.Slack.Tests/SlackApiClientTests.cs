using Microsoft.Extensions.DependencyInjection;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Tests;

public sealed class SlackApiClientTests
{
    private static SlackMessage Hello => SlackMessage.Plain("hello");

    [Fact]
    public async Task Ok_false_becomes_a_typed_error_with_slacks_code()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var api = bot.Services.GetRequiredService<SlackApiClient>();
        slack.Script("chat.postMessage", new FakeSlackResponse(200, """{"ok":false,"error":"channel_not_found"}"""));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => api.PostMessageAsync("C0GONE", null, Hello, CancellationToken.None));

        Assert.Equal("chat.postMessage", error.Method);
        Assert.Equal("channel_not_found", error.Error);
        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_429_is_retried_after_retry_after()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var api = bot.Services.GetRequiredService<SlackApiClient>();
        slack.Script("chat.postMessage", new FakeSlackResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: TimeSpan.FromSeconds(1)));

        var ts = await api.PostMessageAsync(Payloads.Channel, null, Hello, CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(ts));
        var calls = slack.CallsTo("chat.postMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), "waited for Retry-After");
    }

    [Fact]
    public async Task Server_errors_are_retried_a_capped_number_of_times()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false, settings: new Dictionary<string, string?> { ["Slack:MaxRetries"] = "2" });
        var api = bot.Services.GetRequiredService<SlackApiClient>();
        for (var i = 0; i < 5; i++)
            slack.Script("chat.update", new FakeSlackResponse(503, "upstream down", RetryAfter: TimeSpan.Zero));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => api.UpdateMessageAsync(Payloads.Channel, "1.2", Hello, CancellationToken.None));

        Assert.Equal("http_503", error.Error);
        Assert.Equal(3, slack.CallsTo("chat.update").Count);
    }

    [Fact]
    public async Task The_bot_token_goes_to_the_web_api_but_never_to_a_response_url()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, ingest: false);
        var api = bot.Services.GetRequiredService<SlackApiClient>();

        await api.RespondAsync(slack.ResponseUrl("r1"), Hello, inChannel: true, CancellationToken.None);
        await api.AddReactionAsync(Payloads.Channel, "1.2", "eyes", CancellationToken.None);

        Assert.Equal("", slack.CallsTo("response_url:r1").Single().Authorization);
        Assert.Equal("in_channel", slack.CallsTo("response_url:r1").Single().Str("response_type"));
        Assert.Equal("Bearer " + FakeSlack.BotToken, slack.CallsTo("reactions.add").Single().Authorization);
        Assert.Equal("eyes", slack.CallsTo("reactions.add").Single().Str("name"));
    }
}
