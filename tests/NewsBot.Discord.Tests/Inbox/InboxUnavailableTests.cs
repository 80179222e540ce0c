using System.Net;
using NewsBot.Discord.Queue;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>
/// PostgreSQL down (issue 14 item 7): nothing is acknowledged that was not recorded, and the person learns it at once;
/// once the database is back, requests are recorded and answered again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class InboxUnavailableTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task With_postgres_down_http_answers_503_a_gateway_command_gets_a_private_try_again_and_a_message_a_reply_then_all_work_again()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await PostgresBots.StartAsync(discord, await cluster.CreateDatabaseAsync());

        cluster.Stop();
        try
        {
            using var down = await bot.PostInteractionAsync(InteractionBodies.Command("articles", "down-http"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);

            InboxMessages.DeliverInteraction(bot, InteractionBodies.Command("articles", "down-gateway"));
            var callback = Assert.Single(await discord.Requests.WaitForAsync(r => r.Is("POST", $"interactions/{InteractionBodies.IdFor("down-gateway")}/down-gateway/callback")));
            Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
            Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
            Assert.Equal(DiscordAdmission.UnavailableText, callback.Json.GetProperty("data").GetProperty("content").GetString());

            InboxMessages.Deliver(bot, GatewayMessages.Mention("7101", "help"));
            var reply = Assert.Single(await discord.CreatedMessages.WaitForAsync(m => InboxMessages.IsReplyTo(m, "7101")));
            Assert.Equal(DiscordAdmission.UnavailableText, reply.Json.GetProperty("content").GetString());
        }
        finally
        {
            cluster.Start();
        }

        // Back: a command is deferred and answered (retried with a new interaction while the pool reconnects).
        var attempt = 0;
        var token = "";
        await Eventually.TrueAsync(() =>
        {
            token = $"up-{++attempt}";
            using var up = bot.PostInteractionAsync(InteractionBodies.Command("articles", token)).Result;
            return up.StatusCode == HttpStatusCode.OK;
        }, "an interaction to be accepted once PostgreSQL is back", timeoutMs: 20_000);
        Assert.Single(await discord.Requests.WaitForAsync(r => r.Is("PATCH", $"webhooks/{FakeDiscord.ApplicationId}/{token}/messages/@original")));
        InboxMessages.Deliver(bot, GatewayMessages.Mention("7102", "help"));
        await discord.CreatedMessages.WaitForAsync(m => InboxMessages.IsReplyTo(m, "7102"));
        await bot.IdleAsync();

        Assert.Empty(discord.Requests.Where(r => r.Path.Contains("down-", StringComparison.Ordinal) && !r.Path.EndsWith("/callback", StringComparison.Ordinal)));
        Assert.Single(discord.Requests.Where(r => r.Path.Contains("down-gateway", StringComparison.Ordinal)));
        Assert.Single(InboxMessages.RepliesTo(discord, "7101"));
        Assert.Single(InboxMessages.RepliesTo(discord, "7102"));
    }
}
