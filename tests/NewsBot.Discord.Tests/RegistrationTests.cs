using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests;

/// <summary>AddNewsBotDiscord registers only what its settings allow, and wrong settings fail at start by name.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task NoDiscordSettings_NoEndpointAndNoServices()
    {
        await using var app = Build(new Dictionary<string, string?>());
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await http.PostAsync("/discord/interactions", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(app.Services.GetService<IOptions<DiscordOptions>>()?.Value.PublicKey);
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s.GetType().Namespace!.StartsWith("NewsBot.Discord", StringComparison.Ordinal));
        await app.StopAsync();
    }

    [Fact]
    public async Task InteractionsOnly_NoGateway()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);
        Assert.DoesNotContain(bot.Services.GetServices<IHostedService>(), s => s.GetType().Name == "GatewayClient");
        await Task.Delay(200);
        Assert.Empty(discord.Gateway.Connections.Snapshot());
    }

    [Theory]
    [InlineData("Discord:PublicKey", "not-a-key", "Discord:PublicKey")]
    [InlineData("Discord:ApplicationId", "", "Discord:ApplicationId")]
    [InlineData("Discord:QueueCapacity", "0", "Discord:QueueCapacity")]
    public async Task WrongSetting_FailsAtStartNamingIt(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = new TestSigner().PublicKeyHex,
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
            [key] = value,
        };
        await using var app = Build(settings);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(named, error.Message);
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddNewsBotCore();
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        var app = builder.Build();
        app.MapNewsBotDiscord();
        return app;
    }
}
