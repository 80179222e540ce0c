using System.Net;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Queue;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>
/// Two bot hosts behind one Discord bot (issue 14 item 8): separate containers, each with its own index folder, over
/// one PostgreSQL database and one loopback <see cref="FakeDiscord"/>. The assertion is always what the fake received:
/// exactly one answer per request, also when a host dies mid-answer and the other takes the request over.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoHostTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task A_message_create_replayed_to_a_second_host_is_answered_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await PostgresBots.StartAsync(discord, database);
        await using var second = await PostgresBots.StartAsync(discord, database);

        // The gateway's new owner after a RESUME gets the events the old one had already handled.
        InboxMessages.Deliver(first, GatewayMessages.Mention("7201", "help"));
        InboxMessages.Deliver(second, GatewayMessages.Mention("7201", "help"));
        await discord.CreatedMessages.WaitForAsync(m => InboxMessages.IsReplyTo(m, "7201"));
        await first.IdleAsync();
        await second.IdleAsync();

        Assert.Single(InboxMessages.RepliesTo(discord, "7201"));
        Assert.Single(discord.Requests.Where(r => r.Is("POST", "channels/") && r.Path.EndsWith("/messages", StringComparison.Ordinal)));
    }

    [PostgresFact]
    public async Task The_same_signed_interaction_posted_to_both_hosts_is_deferred_by_both_and_answered_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await PostgresBots.StartAsync(discord, database, gateway: false);
        await using var second = await PostgresBots.StartAsync(discord, database, gateway: false);
        var body = InteractionBodies.Command("articles", "twice-token");

        using var one = await first.PostInteractionAsync(body);
        using var two = await second.PostInteractionAsync(body);
        await discord.Requests.WaitForAsync(r => r.Is("PATCH", $"webhooks/{FakeDiscord.ApplicationId}/twice-token/"));
        await first.IdleAsync();
        await second.IdleAsync();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], new[] { one.StatusCode, two.StatusCode });
        Assert.Equal("""{"type":5}""", await two.Content.ReadAsStringAsync());
        Assert.Single(discord.Requests.Where(r => r.Path.Contains("twice-token", StringComparison.Ordinal)));
    }

    [PostgresFact]
    public async Task A_hundred_messages_spread_over_two_hosts_some_delivered_to_both_get_a_hundred_replies_each_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await PostgresBots.StartAsync(discord, database);
        await using var second = await PostgresBots.StartAsync(discord, database);
        BotHost[] hosts = [first, second];
        var ids = Enumerable.Range(0, 100).Select(i => (8000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        for (var i = 0; i < ids.Count; i++)
        {
            InboxMessages.Deliver(hosts[i % 2], GatewayMessages.Mention(ids[i], "help"));
            if (i % 5 == 0)
                InboxMessages.Deliver(hosts[(i + 1) % 2], GatewayMessages.Mention(ids[i], "help"));
        }
        await discord.CreatedMessages.WaitForAsync(m => m.Json.TryGetProperty("message_reference", out _), ids.Count, TimeSpan.FromSeconds(30));
        await first.IdleAsync();
        await second.IdleAsync();

        Assert.All(ids, id => Assert.Single(InboxMessages.RepliesTo(discord, id)));
        Assert.Equal(ids.Count, discord.Requests.Where(r => r.Is("POST", "channels/") && r.Path.EndsWith("/messages", StringComparison.Ordinal)).Count);
    }

    [PostgresFact]
    public async Task A_host_killed_while_the_model_holds_its_answer_is_taken_over_and_the_message_gets_one_reply()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var model = await ModelHoldingItsFirstAnswerAsync();
        var database = await cluster.CreateDatabaseAsync();
        var settings = ModelSettings(model);
        var dying = await PostgresBots.StartAsync(discord, database, ingest: true, more: settings);
        await using var survivor = await PostgresBots.StartAsync(discord, database, more: settings);

        await KillAfterAsync(dying, async () =>
        {
            InboxMessages.Deliver(dying, GatewayMessages.Mention("7301", "where did Blinken and Lavrov meet?"));
            await Eventually.TrueAsync(() => model.Requests.Count == 1, "the dying host to ask the model");
        });
        var reply = Assert.Single(await discord.CreatedMessages.WaitForAsync(m => InboxMessages.IsReplyTo(m, "7301"), timeout: TimeSpan.FromSeconds(20)));
        await survivor.IdleAsync();

        Assert.Contains("New Delhi", reply.Body, StringComparison.Ordinal);
        Assert.Equal(DiscordNonce.For(DiscordMessageJob.KeyFor("7301"), "0"), reply.Json.GetProperty("nonce").GetString());
        Assert.Equal(2, model.Requests.Count);
        Assert.Contains(survivor.Logs.Lines, l => l.Contains("Took over discord:message:7301", StringComparison.Ordinal));
        Assert.Single(InboxMessages.RepliesTo(discord, "7301"));
    }

    [PostgresFact]
    public async Task A_host_that_posted_its_reply_and_died_before_completing_leaves_one_message_after_the_take_over()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var database = await cluster.CreateDatabaseAsync();
        var dying = await PostgresBots.StartAsync(discord, database);
        await using var survivor = await PostgresBots.StartAsync(discord, database);
        var held = discord.HoldNextMessageResponse();
        try
        {
            await KillAfterAsync(dying, async () =>
            {
                InboxMessages.Deliver(dying, GatewayMessages.Mention("7401", "help"));
                await discord.CreatedMessages.WaitForAsync(m => InboxMessages.IsReplyTo(m, "7401"));
            });
            // The survivor re-runs it and posts the same reply under the same nonce: Discord returns the existing message.
            var again = await discord.Requests.WaitForAsync(r => r.Is("POST", "channels/") && r.Path.EndsWith("/messages", StringComparison.Ordinal),
                timeout: TimeSpan.FromSeconds(20));
            await survivor.IdleAsync();

            Assert.Equal(200, Assert.Single(again).Status);
            Assert.Contains(survivor.Logs.Lines, l => l.Contains("Took over discord:message:7401", StringComparison.Ordinal));
            Assert.Single(InboxMessages.RepliesTo(discord, "7401"));
        }
        finally
        {
            held.TrySetResult();
        }
    }

    [PostgresFact]
    public async Task An_interaction_deferred_by_a_host_killed_while_the_model_holds_its_answer_is_edited_once_by_the_other()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var model = await ModelHoldingItsFirstAnswerAsync();
        var database = await cluster.CreateDatabaseAsync();
        var dying = await PostgresBots.StartAsync(discord, database, gateway: false, ingest: true, more: ModelSettings(model));
        await using var survivor = await PostgresBots.StartAsync(discord, database, gateway: false, more: ModelSettings(model));
        var body = InteractionBodies.Command("ask", "taken-token", InteractionBodies.Option("question", "where did Blinken and Lavrov meet?"));

        await KillAfterAsync(dying, async () =>
        {
            using var deferred = await dying.PostInteractionAsync(body);
            Assert.Equal("""{"type":5}""", await deferred.Content.ReadAsStringAsync());
            await Eventually.TrueAsync(() => model.Requests.Count == 1, "the dying host to ask the model");
        });
        var edit = Assert.Single(await discord.Requests.WaitForAsync(r => r.Is("PATCH", $"webhooks/{FakeDiscord.ApplicationId}/taken-token/"),
            timeout: TimeSpan.FromSeconds(20)));
        await survivor.IdleAsync();

        Assert.Contains("New Delhi", edit.Body, StringComparison.Ordinal);
        Assert.Contains(survivor.Logs.Lines, l => l.Contains($"Took over discord:interaction:{InteractionBodies.IdFor("taken-token")}", StringComparison.Ordinal));
        Assert.Single(discord.Requests.Where(r => r.Path.Contains("taken-token", StringComparison.Ordinal)));
    }

    [PostgresFact]
    public async Task A_re_run_of_a_long_interaction_answer_skips_the_follow_ups_recorded_as_sent()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var model = await FakeChatModelServer.StartAsync();
        model.Script(FakeChatResponse.Completion(string.Concat(Enumerable.Range(0, 700).Select(i => $"They met in New Delhi, point {i} [1]. "))));
        var database = await cluster.CreateDatabaseAsync();
        var dying = await PostgresBots.StartAsync(discord, database, gateway: false, ingest: true, more: ModelSettings(model));
        await using var survivor = await PostgresBots.StartAsync(discord, database, gateway: false, more: ModelSettings(model));
        var held = discord.HoldFollowup(2);
        try
        {
            // The dying host edits the original, posts follow-up 1 (recorded as sent), and dies posting follow-up 2.
            await KillAfterAsync(dying, async () =>
            {
                using var _ = await dying.PostInteractionAsync(
                    InteractionBodies.Command("ask", "long-token", InteractionBodies.Option("question", "where did Blinken and Lavrov meet?")));
                await discord.FollowupsArrived.WaitForAsync(_ => true, 2);
            });
            await Eventually.TrueAsync(() => survivor.Logs.Lines.Any(l => l.Contains("Took over discord:interaction:", StringComparison.Ordinal)),
                "the survivor to take the interaction over", timeoutMs: 20_000);
            await survivor.IdleAsync();

            var followups = discord.FollowupsArrived.Snapshot();
            Assert.True(followups.Count >= 3, $"a long answer has several follow-ups; got {followups.Count}");
            Assert.Single(followups, f => f.Body == followups[0].Body);
            Assert.Contains(survivor.Logs.Lines, l => l.Contains("2 of its messages were posted before", StringComparison.Ordinal));
        }
        finally
        {
            held.TrySetResult();
        }
    }

    /// <summary>Runs <paramref name="until"/> on a host, then stops it without letting it finish: its lease lapses.</summary>
    private static async Task KillAfterAsync(BotHost host, Func<Task> until)
    {
        try
        {
            await until();
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>A fake model whose first answer takes a minute (the host asking it is killed meanwhile); the next comes at once.</summary>
    private static async Task<FakeChatModelServer> ModelHoldingItsFirstAnswerAsync()
    {
        var model = await FakeChatModelServer.StartAsync();
        model.Script(FakeChatResponse.Completion("They met in New Delhi [1].") with { Delay = TimeSpan.FromSeconds(60) },
            FakeChatResponse.Completion("They met in New Delhi [1]."));
        return model;
    }

    private static Dictionary<string, string?> ModelSettings(FakeChatModelServer model) => new()
    {
        ["ChatModel:Provider"] = "OpenAICompatible",
        ["ChatModel:Endpoint"] = model.Endpoint,
        ["ChatModel:Model"] = "test-model",
        ["ChatModel:Timeout"] = "00:01:30",
        ["ChatModel:PromptsFolder"] = RepoPaths.Prompts,
    };
}
