using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Connections;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>
/// The start check (<c>auth.test</c>) runs beside the host, not in front of it: a refused token is a named bad
/// setting, anything else (no answer, HTTP 500) is retried with backoff; the host keeps running either way.
/// </summary>
public sealed class SlackStartupTests
{
    [Fact]
    public async Task A_bot_token_slack_rejects_is_a_bad_setting_named_in_status_and_log_and_the_host_keeps_running()
    {
        await using var slack = await FakeSlack.StartAsync();

        await using var bot = await SlackBot.StartAsync(slack, ingest: false,
            settings: new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-wrong-token-42" });

        var report = await SettledAsync(bot);
        Assert.Equal(FrontEndState.BadSetting, report.State);
        Assert.Contains("Slack:BotToken", report.Detail);
        Assert.Contains("Slack__BotToken", report.Detail);
        Assert.Contains("invalid_auth", report.Detail);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("Slack:BotToken", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("xoxb-wrong-token-42", StringComparison.Ordinal));
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        // Retrying a refused token cannot help: it was asked once (the test's reconnect delays are 50–200 ms).
        await Task.Delay(500);
        Assert.Single(slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task Slack_answering_http_500_is_retried_with_backoff_and_not_blamed_on_the_token()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("auth.test", new FakeSlackResponse(500, "<html>Internal Server Error</html>"));
        slack.Script("auth.test", new FakeSlackResponse(500, """{"ok":false,"error":"fatal_error"}"""));

        await using var bot = await SlackBot.StartAsync(slack, ingest: false);

        var report = await SettledAsync(bot);
        Assert.Equal(FrontEndState.Running, report.State);
        Assert.Equal(3, slack.CallsTo("auth.test").Count);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("http_500", StringComparison.Ordinal) && l.Contains("trying again", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("BotToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slack_that_never_answers_does_not_hold_up_start_and_is_reported_as_starting()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Delays["auth.test"] = TimeSpan.FromMinutes(5);
        var clock = Stopwatch.StartNew();

        await using var bot = await SlackBot.StartAsync(slack, ingest: false);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"start took {clock.Elapsed.TotalSeconds:0.0} s");
        var report = bot.Services.GetRequiredService<FrontEndStatus>().For("Slack");
        Assert.NotNull(report);
        Assert.Equal(FrontEndState.Starting, report.State);
    }

    [Fact]
    public async Task An_app_token_slack_rejects_is_a_bad_setting_naming_Slack_AppToken()
    {
        await using var slack = await FakeSlack.StartAsync();

        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false,
            settings: new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-wrong-token-42" });

        var report = await SettledAsync(bot);
        Assert.Equal(FrontEndState.BadSetting, report.State);
        Assert.Contains("Slack:AppToken", report.Detail);
        Assert.Equal(0, slack.ConnectionCount);
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

    /// <summary>Waits until the Slack front end is running or has given up, and returns that report.</summary>
    internal static async Task<FrontEndReport> SettledAsync(SlackBot bot)
    {
        var status = bot.Services.GetRequiredService<FrontEndStatus>();
        await Eventually.TrueAsync(() => status.For("Slack")?.State is FrontEndState.Running or FrontEndState.BadSetting or FrontEndState.Stopped,
            "the Slack front end settled", onTimeout: () => status.For("Slack")?.ToString() ?? "no report");
        return status.For("Slack")!;
    }
}
