using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>An INTERACTION_CREATE replayed after a RESUME, on one host with the in-memory inbox: responded to and answered once.</summary>
public sealed class GatewayReplayTests
{
    [Fact]
    public async Task A_replayed_gateway_interaction_gets_no_second_callback_and_one_edit()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, gateway: true, ingest: false);
        var body = InteractionBodies.Command("articles", "replayed-token");

        InboxMessages.DeliverInteraction(bot, body);
        await discord.Requests.WaitForAsync(r => r.Is("PATCH", $"webhooks/{FakeDiscord.ApplicationId}/replayed-token/"));
        InboxMessages.DeliverInteraction(bot, body);
        await Eventually.TrueAsync(() => bot.Logs.Lines.Any(l => l.Contains($"interaction {InteractionBodies.IdFor("replayed-token")} was recorded already", StringComparison.Ordinal)),
            "the replay to be recognised");
        await bot.IdleAsync();

        var calls = discord.Requests.Where(r => r.Path.Contains("replayed-token", StringComparison.Ordinal));
        Assert.Equal(["POST interactions", "PATCH webhooks"], calls.Select(c => c.Method + " " + c.Path.Split('/')[0]));
    }
}
