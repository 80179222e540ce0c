using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Commands;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Queue;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>
/// What makes a re-run post nothing twice, on one host with the in-memory inbox: nonces from the inbox key, the fake
/// honouring <c>enforce_nonce</c> as Discord does, and jobs that survive their inbox payload.
/// </summary>
public sealed class ReplyNonceTests
{
    [Fact]
    public void Nonce_IsTheSameForTheSameKeyAndPart_DiffersOtherwise_AndFitsDiscordsLimit()
    {
        var key = DiscordMessageJob.KeyFor("1234567890123456789");

        Assert.Equal(DiscordNonce.For(key, "0"), DiscordNonce.For(key, "0"));
        Assert.NotEqual(DiscordNonce.For(key, "0"), DiscordNonce.For(key, "1"));
        Assert.NotEqual(DiscordNonce.For(key, "0"), DiscordNonce.For(DiscordMessageJob.KeyFor("1234567890123456780"), "0"));
        Assert.All(new[] { "0", "12", "f", "12345678" }, part => Assert.True(DiscordNonce.For(key, part).Length <= DiscordNonce.MaxLength));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscordNonce.For(key, "123456789"));
    }

    [Fact]
    public void Payload_RoundTrips_AndATakenOverInteractionCountsAsAcknowledged()
    {
        var at = new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.Zero);
        var pending = new TaskCompletionSource().Task;
        var interaction = new DiscordInteractionJob("discord:interaction:1", "token-1", new BotCommand(CommandKind.Articles, "ukraine", 2), "discord:9", pending, at);
        var message = new DiscordMessageJob("discord:message:2", "chan", "2", new BotCommand(CommandKind.Ask, "where?"), "discord:chan");

        var again = Assert.IsType<DiscordInteractionJob>(DiscordJobPayload.Deserialize(DiscordJobPayload.Serialize(interaction)));
        Assert.Equal(interaction with { Acknowledged = again.Acknowledged }, again);
        Assert.True(again.Acknowledged.IsCompletedSuccessfully);
        Assert.Equal(message, DiscordJobPayload.Deserialize(DiscordJobPayload.Serialize(message)));
        Assert.Throws<System.Text.Json.JsonException>(() => DiscordJobPayload.Deserialize("""{"key":"k","command":{"kind":0,"argument":""},"conversation_id":"c"}"""));
    }

    [Fact]
    public async Task FakeDiscord_CreatesOneMessagePerEnforcedNonce_AndReturnsItAgain()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, ingest: false);
        var rest = bot.Services.GetRequiredService<DiscordRestClient>();

        await rest.CreateMessageAsync("42", DiscordMessage.Text("first").WithNonce("abc.0"), CancellationToken.None);
        await rest.CreateMessageAsync("42", DiscordMessage.Text("again").WithNonce("abc.0"), CancellationToken.None);
        await rest.CreateMessageAsync("42", DiscordMessage.Text("next part").WithNonce("abc.1"), CancellationToken.None);
        await rest.CreateMessageAsync("42", DiscordMessage.Text("no nonce"), CancellationToken.None);
        await rest.CreateMessageAsync("42", DiscordMessage.Text("no nonce"), CancellationToken.None);

        Assert.Equal(5, discord.Requests.Where(r => r.Is("POST", "channels/42/messages")).Count);
        Assert.Equal(["first", "next part", "no nonce", "no nonce"], discord.CreatedMessages.Snapshot().Select(m => m.Json.GetProperty("content").GetString()));
    }

    [Fact]
    public async Task AGatewayMessageReply_CarriesItsKeysNonceWithEnforceNonce_AndAReplayedMessageIsAnsweredOnce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await BotHost.StartAsync(discord, gateway: true, ingest: false);

        InboxMessages.Deliver(bot, GatewayMessages.Mention("7001", "help"));
        InboxMessages.Deliver(bot, GatewayMessages.Mention("7001", "help"));
        await bot.IdleAsync();

        var reply = Assert.Single(InboxMessages.RepliesTo(discord, "7001"));
        Assert.Equal(DiscordNonce.For(DiscordMessageJob.KeyFor("7001"), "0"), reply.Json.GetProperty("nonce").GetString());
        Assert.True(reply.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Single(discord.Requests.Where(r => r.Is("POST", "channels/") && r.Path.EndsWith("/messages", StringComparison.Ordinal)));
    }
}
