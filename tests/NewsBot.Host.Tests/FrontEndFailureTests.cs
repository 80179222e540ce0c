using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>
/// A front end that cannot start (its platform hangs or answers 500) does not hold up or take down the host: the web
/// chat answers at once, and <c>/healthz</c> names the front end that is not running and says why.
/// </summary>
public sealed class FrontEndFailureTests
{
    [Fact]
    public async Task With_slack_hanging_and_discord_answering_500_the_web_chat_answers_and_healthz_names_both()
    {
        await using var slack = await BrokenPeer.NeverAnswersAsync();
        await using var discord = await BrokenPeer.FailsAsync(500);
        var clock = Stopwatch.StartNew();

        await using var host = await RunningHost.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-test-token-0001",
            ["Slack:SigningSecret"] = "test-signing-secret-0001",
            ["Slack:ApiBaseUrl"] = new Uri(slack.BaseAddress, "api/").AbsoluteUri,
            ["Discord:BotToken"] = "test-discord-token-0001",
            ["Discord:ApplicationId"] = "771825006014889000",
            ["Discord:ApiBaseUrl"] = new Uri(discord.BaseAddress, "api/v10/").AbsoluteUri,
            ["Discord:MaxRetries"] = "0",
        });
        var reply = await host.PostJsonAsync("api/ask", new { question = "where did they meet?" });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the first answer took {clock.Elapsed.TotalSeconds:0.0} s");
        ReplyAssertions.NamesNewDelhiAndCitesMumbaiSeparately(reply);
        await Eventually.TrueAsync(() => discord.Paths.Count > 0 && slack.Paths.Count > 0, "both front ends tried their platform");
        var health = await host.Client.GetStringAsync("healthz");
        for (var attempt = 0; attempt < 100 && !health.Contains("Discord: retrying", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(50);
            health = await host.Client.GetStringAsync("healthz");
        }
        Assert.Contains("Discord: retrying", health, StringComparison.Ordinal);
        Assert.StartsWith("Degraded", health, StringComparison.Ordinal);
        Assert.Matches("(?m)^Slack: (starting|retrying): ", health);
        Assert.Contains("500", health, StringComparison.Ordinal);
        // Neither failure is the tokens' fault, and no token is shown.
        Assert.DoesNotContain("bad setting", health, StringComparison.Ordinal);
        Assert.DoesNotContain("BotToken", health, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_healthz_while_a_front_end_is_down_does_not_log_a_warning_per_poll()
    {
        await using var host = await RunningHost.StartAsync();

        var healthLog = host.App.Services.GetRequiredService<ILoggerFactory>()
            .CreateLogger("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService");

        Assert.False(healthLog.IsEnabled(LogLevel.Warning));
        Assert.True(healthLog.IsEnabled(LogLevel.Error));
    }

    [Fact]
    public async Task With_no_front_end_configured_healthz_is_just_Healthy()
    {
        await using var host = await RunningHost.StartAsync();

        Assert.Equal("Healthy", await host.Client.GetStringAsync("healthz"));
    }
}
