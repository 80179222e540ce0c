using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Slash commands without an Interactions Endpoint URL: INTERACTION_CREATE over the gateway, answered by callback.</summary>
[Collection(GatewayFixture.Collection)]
public sealed class GatewayInteractionTests
{
    private static object Interaction(string id, string token, string name, params object[] options) => new
    {
        id, application_id = FakeDiscord.ApplicationId, type = 2, token, version = 1,
        channel_id = InteractionBodies.ChannelId, guild_id = InteractionBodies.GuildId,
        data = new { id = "771825006014889984", name, type = 1, options },
    };

    [Fact]
    public async Task Help_IsAnsweredByCallbackEphemerally()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        await fixture.Gateway.DispatchAsync("INTERACTION_CREATE", Interaction("3001", "gw-help", "help"));

        var callback = Assert.Single(await fixture.Discord.Requests.WaitForAsync(r => r.Is("POST", "interactions/3001/gw-help/callback")));
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Ask_IsDeferredByCallbackThenTheOriginalIsEditedOnce()
    {
        await using var fixture = await GatewayFixture.StartAsync(ingest: true);

        await fixture.Gateway.DispatchAsync("INTERACTION_CREATE",
            Interaction("3002", "gw-ask", "ask", InteractionBodies.Option("question", "where did they meet?")));

        var edit = Assert.Single(await fixture.Discord.Requests.WaitForAsync(r => r.Is("PATCH", $"webhooks/{FakeDiscord.ApplicationId}/gw-ask/messages/@original")));
        var callback = Assert.Single(fixture.Discord.Requests.Where(r => r.Is("POST", "interactions/3002/gw-ask/callback")));
        Assert.Equal("""{"type":5}""", callback.Body);
        Assert.True(callback.At <= edit.At, "the deferred response goes out before the edit");
        Assert.Contains("New Delhi", edit.Json.GetProperty("embeds")[0].GetProperty("description").GetString());
    }
}
