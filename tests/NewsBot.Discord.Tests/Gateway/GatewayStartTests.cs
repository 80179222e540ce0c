using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Connections;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>
/// How the gateway front end reports itself while starting: a 401 is a bad <c>Discord:BotToken</c>, named and not
/// retried; a 5xx is retried with backoff; the host keeps running in both cases.
/// </summary>
[Collection(GatewayFixture.Collection)]
public sealed class GatewayStartTests
{
    private static readonly Dictionary<string, string?> OneTryPerCall = new() { ["Discord:MaxRetries"] = "0" };

    [Fact]
    public async Task A_401_from_gateway_bot_is_a_bad_setting_naming_Discord_BotToken_and_is_not_retried()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.FailNext("GET", "gateway/bot", times: 10, status: 401);

        await using var bot = await BotHost.StartAsync(discord, gateway: true, ingest: false, settings: OneTryPerCall);

        var report = await SettledAsync(bot);
        Assert.Equal(FrontEndState.BadSetting, report.State);
        Assert.Contains("Discord:BotToken", report.Detail);
        Assert.Contains("Discord__BotToken", report.Detail);
        Assert.DoesNotContain("test-bot-token", report.Detail);
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        await Task.Delay(500);
        Assert.Single(discord.Requests.Where(r => r.Path == "gateway/bot"));
    }

    [Fact]
    public async Task A_500_from_gateway_bot_is_retried_and_not_blamed_on_the_token()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.FailNext("GET", "gateway/bot", times: 2, status: 500);

        await using var bot = await BotHost.StartAsync(discord, gateway: true, ingest: false, settings: OneTryPerCall);

        var report = await SettledAsync(bot);
        Assert.Equal(FrontEndState.Running, report.State);
        Assert.Equal(3, discord.Requests.Where(r => r.Path == "gateway/bot").Count);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("BotToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Close_code_4004_is_a_bad_setting_naming_Discord_BotToken()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        Assert.Equal(FrontEndState.Running, Status(fixture.Bot).State);

        await fixture.Gateway.CloseAsync(4004, "Authentication failed.");

        await Eventually.TrueAsync(() => Status(fixture.Bot).State == FrontEndState.BadSetting, "the gateway reported a bad token");
        Assert.Contains("Discord:BotToken", Status(fixture.Bot).Detail);
    }

    [Fact]
    public async Task Interactions_without_a_bot_token_report_running()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);

        Assert.Equal(FrontEndState.Running, Status(bot).State);
    }

    private static FrontEndReport Status(BotHost bot) =>
        bot.Services.GetRequiredService<FrontEndStatus>().For("Discord") ?? new FrontEndReport("Discord", FrontEndState.Starting, "no report", default);

    private static async Task<FrontEndReport> SettledAsync(BotHost bot)
    {
        await Eventually.TrueAsync(() => Status(bot).State is FrontEndState.Running or FrontEndState.BadSetting or FrontEndState.Stopped,
            "the Discord front end settled", onTimeout: () => Status(bot).ToString());
        return Status(bot);
    }
}
