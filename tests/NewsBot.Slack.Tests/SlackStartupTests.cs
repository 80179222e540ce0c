using System.Net;
using Microsoft.Extensions.Options;
using NewsBot.Slack.Tests.Fakes;

namespace NewsBot.Slack.Tests;

public sealed class SlackStartupTests
{
    [Fact]
    public async Task A_bot_token_slack_rejects_stops_start_with_a_message_naming_the_setting()
    {
        await using var slack = await FakeSlack.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SlackBot.StartAsync(slack, ingest: false,
            settings: new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-wrong-token-42" }));

        Assert.Contains("Slack__BotToken", error.Message);
        Assert.Contains("invalid_auth", error.Message);
        Assert.DoesNotContain("xoxb-wrong-token-42", error.ToString());
    }

    [Fact]
    public async Task Without_slack_settings_nothing_is_registered_or_mapped()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, http: false, ingest: false,
            settings: new Dictionary<string, string?> { ["Slack:BotToken"] = null });

        using var response = await bot.PostSignedAsync("/slack/events", """{"type":"url_verification","challenge":"x"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(slack.Calls);
    }

    [Fact]
    public async Task A_bot_token_without_app_token_or_signing_secret_fails_start_naming_both()
    {
        await using var slack = await FakeSlack.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => SlackBot.StartAsync(slack, http: false, ingest: false));

        Assert.Contains("Slack__AppToken", error.Message);
        Assert.Contains("Slack__SigningSecret", error.Message);
    }
}
