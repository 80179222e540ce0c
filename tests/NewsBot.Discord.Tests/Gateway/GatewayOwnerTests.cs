using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Connections;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Storage.Postgres;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>
/// Several hosts, one bot (<c>Storage:Provider=Postgres</c>): only the host that owns the gateway connects; when it
/// dies, another resumes its session at the sequence it stored, without a new IDENTIFY, and answers once.
/// </summary>
[Collection(GatewayFixture.Collection)]
public sealed class GatewayOwnerTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task Of_two_hosts_one_identifies_and_when_it_dies_the_other_resumes_at_the_stored_seq_and_answers_once()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var discord = await FakeDiscord.StartAsync();
        var killA = new KillSwitch();
        await using var hostA = await StartHostAsync(discord, database, killA);
        await HandledReadyAsync(hostA);
        await using var hostB = await StartHostAsync(discord, database, new KillSwitch());
        await Eventually.TrueAsync(() => Discord(hostB)?.State == FrontEndState.Standby, "the second host to stand by");
        await MentionAndReplyAsync(discord, "2001");
        await Eventually.TrueAsync(() => StoredAsync(database).Result.Seq == discord.Gateway.Sequence, "the owner to store the last seq");
        var stored = await StoredAsync(database);
        await Task.Delay(TimeSpan.FromSeconds(1)); // five of the standby host's tries

        Assert.Equal(["/gateway"], discord.Gateway.Connections.Snapshot());
        Assert.Single(discord.Gateway.Identifies);
        Assert.Equal(FrontEndState.Standby, Discord(hostB)!.State);
        Assert.Contains("another host holds the Discord gateway", Discord(hostB)!.Detail, StringComparison.Ordinal);
        Assert.Equal(discord.Gateway.SessionId, stored.SessionId);

        // The owner dies: its socket ends without a close frame and its lock connection with it.
        killA.Kill();
        Assert.Equal(1, await PostgresBackends.EndAdvisoryLockHoldersAsync(database));
        await discord.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Mention("2002", "help"));

        await discord.Gateway.Readies.WaitForAsync(n => n == 2);
        var resume = Assert.Single(discord.Gateway.Resumes);
        Assert.Equal(2, resume.Connection);
        Assert.Equal(stored.SessionId, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(stored.Seq, resume.D.GetProperty("seq").GetInt64());
        Assert.Single(discord.Gateway.Identifies);
        Assert.Equal(["/gateway", "/resume"], discord.Gateway.Connections.Snapshot());
        Assert.Equal(2, (await StoredAsync(database)).Epoch);

        await MentionAndReplyAsync(discord, "2003");
        await discord.Requests.WaitForAsync(r => GatewayFixture.IsReplyTo(r, "2002"));
        await hostA.IdleAsync();
        await hostB.IdleAsync();
        Assert.Single(RepliesTo(discord, "2001"));
        Assert.Single(RepliesTo(discord, "2002"));
        Assert.Single(RepliesTo(discord, "2003"));
        Assert.Equal(FrontEndState.Running, Discord(hostB)!.State);
    }

    [PostgresFact]
    public async Task An_owner_whose_lock_connection_breaks_closes_with_4000_and_resumes_when_it_owns_the_gateway_again()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await StartHostAsync(discord, database, new KillSwitch());
        await HandledReadyAsync(host);
        await MentionAndReplyAsync(discord, "2101");

        // The database restarts, as far as this host's lock connection can tell.
        Assert.Equal(1, await PostgresBackends.EndAdvisoryLockHoldersAsync(database));

        var closed = await discord.Gateway.Closes.WaitForAsync(c => c.Connection == 1);
        Assert.Equal(4000, closed[0].Code);
        await discord.Gateway.Readies.WaitForAsync(n => n == 2);
        var resume = Assert.Single(discord.Gateway.Resumes);
        Assert.Equal(2, resume.Connection);
        Assert.Single(discord.Gateway.Identifies);
        Assert.Equal(2, (await StoredAsync(database)).Epoch);
        await MentionAndReplyAsync(discord, "2102");
        await host.IdleAsync();
        Assert.Single(RepliesTo(discord, "2101"));
    }

    [PostgresFact]
    public async Task A_new_owner_whose_stored_session_Discord_has_ended_identifies_and_stores_the_new_session()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await StartHostAsync(discord, database, new KillSwitch());
        await HandledReadyAsync(host);
        var first = discord.Gateway.SessionId;
        await Eventually.TrueAsync(() => StoredAsync(database).Result.SessionId == first, "the owner to store its session");

        discord.Gateway.EndSession();
        Assert.Equal(1, await PostgresBackends.EndAdvisoryLockHoldersAsync(database));

        await discord.Gateway.Readies.WaitForAsync(n => n > 1);
        Assert.Equal(first, Assert.Single(discord.Gateway.Resumes).D.GetProperty("session_id").GetString());
        Assert.Equal(2, discord.Gateway.Identifies.Count);
        var second = discord.Gateway.SessionId;
        Assert.NotEqual(first, second);
        await Eventually.TrueAsync(() => StoredAsync(database).Result.SessionId == second, "the new session to be stored");
        Assert.Equal(2, (await StoredAsync(database)).Epoch);
        await MentionAndReplyAsync(discord, "2201");
    }

    private static Task<BotHost> StartHostAsync(FakeDiscord discord, string database, KillSwitch kill) =>
        BotHost.StartAsync(discord, gateway: true, ingest: false, settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database,
            ["Discord:GatewayOwnerPollSeconds"] = "0.2",
        }, services: services =>
        {
            services.AddNewsBotPostgres();
            var elected = services.Last(d => d.ServiceType == typeof(IGatewayOwnership));
            services.Replace(ServiceDescriptor.Singleton(sp => kill.Guard((IGatewayOwnership)elected.ImplementationFactory!(sp))));
            services.AddSingleton<IGatewayConnector>(kill);
        });

    /// <summary>Sends a message mentioning the bot to whichever host holds the gateway and waits for its reply.</summary>
    private static async Task MentionAndReplyAsync(FakeDiscord discord, string messageId)
    {
        await discord.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Mention(messageId, "help"));
        await discord.Requests.WaitForAsync(r => GatewayFixture.IsReplyTo(r, messageId));
    }

    private static IReadOnlyList<RecordedRequest> RepliesTo(FakeDiscord discord, string messageId) =>
        discord.Requests.Where(r => GatewayFixture.IsReplyTo(r, messageId));

    private static Task HandledReadyAsync(BotHost host) =>
        Eventually.TrueAsync(() => host.Logs.Lines.Any(l => l.Contains("Discord gateway ready as user", StringComparison.Ordinal)), "the owner handled READY");

    private static FrontEndReport? Discord(BotHost host) => host.Services.GetRequiredService<FrontEndStatus>().For(GatewayClient.Name);

    private static async Task<(string? SessionId, long? Seq, long Epoch)> StoredAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT session_id, seq, epoch FROM gateway_owner", connection);
        await using var row = await command.ExecuteReaderAsync();
        if (!await row.ReadAsync())
            return (null, null, 0);
        return (row.IsDBNull(0) ? null : row.GetString(0), row.IsDBNull(1) ? null : row.GetInt64(1), row.GetInt64(2));
    }
}
