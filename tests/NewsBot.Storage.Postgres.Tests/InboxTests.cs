using Microsoft.Extensions.Options;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>
/// The shared inbox: a key is recorded once whichever host gets it first, a request whose host stopped renewing its
/// lease is taken over by exactly one other host, a request is given up after its attempts, replies are remembered,
/// and an unreachable server is reported as such (the front end then refuses to acknowledge).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class InboxTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task A_key_is_recorded_once_whichever_host_gets_it_first()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var stateA = new PostgresSharedState(database);
        using var stateB = new PostgresSharedState(database);
        var hostA = Inbox(stateA);
        var hostB = Inbox(stateB);

        var adds = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? hostA : hostB).TryAddAsync(Item("slack:T1:C1:1.0"), default).AsTask()));

        Assert.Single(adds, added => added);
        Assert.True(await hostB.TryAddAsync(Item("slack:T1:C1:2.0"), default));
        Assert.Equal(2, (await SchemaTests.ListAsync<long>(database, "SELECT count(*) FROM inbox")).Single());
    }

    [PostgresFact]
    public async Task A_request_whose_lease_ran_out_is_taken_over_by_exactly_one_other_host()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var stateA = new PostgresSharedState(database);
        using var stateB = new PostgresSharedState(database);
        using var stateC = new PostgresSharedState(database);
        var dead = Inbox(stateA, leaseSeconds: 1);
        var hostB = Inbox(stateB, leaseSeconds: 30);
        var hostC = Inbox(stateC, leaseSeconds: 30);
        foreach (var n in Enumerable.Range(1, 12))
            await dead.TryAddAsync(Item($"discord:message:{n}"), default);
        await dead.TryAddAsync(Item("slack:T1:C1:9.0", platform: "slack"), default);

        Assert.Empty(await hostB.ClaimAbandonedAsync("discord", 100, default)); // the lease still holds
        await Task.Delay(1200);
        var claims = await Task.WhenAll(
            hostB.ClaimAbandonedAsync("discord", 100, default).AsTask(), hostC.ClaimAbandonedAsync("discord", 100, default).AsTask());

        var keys = claims.SelectMany(c => c.Select(i => i.Key)).ToList();
        Assert.Equal(12, keys.Count);
        Assert.Equal(12, keys.Distinct().Count()); // never the same request to both
        Assert.All(claims.SelectMany(c => c), item => Assert.Equal(2, item.Attempts));
        Assert.Equal("payload of discord:message:1", claims.SelectMany(c => c).Single(i => i.Key == "discord:message:1").Payload);
        Assert.False(await dead.RenewAsync("discord:message:1", default)); // the dead host's lease is gone
        Assert.Empty(await hostB.ClaimAbandonedAsync("discord", 100, default)); // the new leases hold
    }

    [PostgresFact]
    public async Task A_request_answered_or_renewed_is_not_taken_over()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var stateA = new PostgresSharedState(database);
        using var stateB = new PostgresSharedState(database);
        var hostA = Inbox(stateA, leaseSeconds: 1);
        var hostB = Inbox(stateB);
        await hostA.TryAddAsync(Item("discord:message:answered"), default);
        await hostA.TryAddAsync(Item("discord:message:renewed"), default);
        await hostA.CompleteAsync("discord:message:answered", default);

        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(400);
            Assert.True(await hostA.RenewAsync("discord:message:renewed", default));
        }

        Assert.Empty(await hostB.ClaimAbandonedAsync("discord", 100, default));
    }

    [PostgresFact]
    public async Task A_request_taken_up_max_attempts_times_is_given_up()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var state = new PostgresSharedState(database);
        var inbox = Inbox(state, leaseSeconds: 1, maxAttempts: 2);
        await inbox.TryAddAsync(Item("discord:message:poison"), default);

        await Task.Delay(1100);
        Assert.Single(await inbox.ClaimAbandonedAsync("discord", 10, default)); // attempt 2
        await Task.Delay(1100);
        Assert.Empty(await inbox.ClaimAbandonedAsync("discord", 10, default)); // no third
        Assert.False(await inbox.TryAddAsync(Item("discord:message:poison"), default)); // and a late copy is still a copy
    }

    [PostgresFact]
    public async Task The_reply_posted_is_remembered_for_a_re_run_on_another_host()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var stateA = new PostgresSharedState(database);
        using var stateB = new PostgresSharedState(database);
        var hostA = Inbox(stateA);
        await hostA.TryAddAsync(Item("slack:T1:C1:1.0"), default);

        Assert.Null(await Inbox(stateB).ReplyAsync("slack:T1:C1:1.0", default));
        await hostA.SetReplyAsync("slack:T1:C1:1.0", "1700000000.000200", default);

        Assert.Equal("1700000000.000200", await Inbox(stateB).ReplyAsync("slack:T1:C1:1.0", default));
        Assert.Null(await Inbox(stateB).ReplyAsync("slack:T1:C1:never", default));
    }

    [PostgresFact]
    public async Task Keys_older_than_the_keeping_time_are_deleted_as_hosts_poll()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var state = new PostgresSharedState(database);
        var inbox = Inbox(state);
        await inbox.TryAddAsync(Item("slack:T1:C1:old"), default);
        await inbox.TryAddAsync(Item("slack:T1:C1:new"), default);
        await SchemaTests.ExecuteAsync(database, "UPDATE inbox SET received_at = now() - interval '25 hours' WHERE key = 'slack:T1:C1:old'");

        await inbox.ClaimAbandonedAsync("slack", 10, default);

        Assert.Equal(1, (await SchemaTests.ListAsync<long>(database, "SELECT count(*) FROM inbox")).Single());
        Assert.True(await inbox.TryAddAsync(Item("slack:T1:C1:old"), default));
    }

    [PostgresFact]
    public async Task An_unreachable_server_is_reported_as_unavailable_not_as_a_duplicate()
    {
        var builder = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { Port = StorageOptionsTests.ClosedPort(), Timeout = 2 };
        using var state = new PostgresSharedState(builder.ToString());

        await Assert.ThrowsAsync<CatalogUnavailableException>(() => Inbox(state).TryAddAsync(Item("slack:T1:C1:1.0"), default).AsTask());
    }

    [PostgresFact]
    public async Task A_request_waiting_in_a_queue_keeps_its_lease_and_one_taken_over_meanwhile_is_not_run_twice()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var stateA = new PostgresSharedState(database);
        using var stateB = new PostgresSharedState(database);
        var hostA = Inbox(stateA, leaseSeconds: 1);
        var hostB = Inbox(stateB, leaseSeconds: 1);
        var queued = new QueuedLeases(hostA, TimeProvider.System, Options.Create(new InboxOptions { LeaseSeconds = 1 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<QueuedLeases>.Instance);
        using var stop = new CancellationTokenSource();
        var renewing = queued.RunAsync(stop.Token);
        await hostA.TryAddAsync(Item("discord:message:waiting"), default);
        await hostA.TryAddAsync(Item("discord:message:left"), default);
        queued.Waiting("discord:message:waiting");
        queued.Waiting("discord:message:left");
        queued.Left("discord:message:left");

        await Task.Delay(2500); // two and a half leases
        var claimed = await hostB.ClaimAbandonedAsync("discord", 10, default);

        Assert.Equal(["discord:message:left"], claimed.Select(i => i.Key)); // the one still waiting kept its lease
        Assert.True(await queued.StillOursAsync("discord:message:waiting", default));
        Assert.False(await queued.StillOursAsync("discord:message:left", default)); // host B answers it, not A
        await stop.CancelAsync();
        await renewing;
    }

    [PostgresFact]
    public async Task Renewing_a_queue_at_once_keeps_the_leases_still_held_and_names_only_those()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var stateA = new PostgresSharedState(database);
        using var stateB = new PostgresSharedState(database);
        var hostA = Inbox(stateA, leaseSeconds: 1);
        var hostB = Inbox(stateB, leaseSeconds: 1);
        string[] keys = ["discord:message:kept", "discord:message:lost", "discord:message:done", "discord:message:never"];
        foreach (var key in keys[..3])
            await hostA.TryAddAsync(Item(key), default);
        await hostA.CompleteAsync("discord:message:done", default);
        await Task.Delay(1200); // every lease has run out
        Assert.True(await hostA.RenewAsync("discord:message:kept", default));
        Assert.Equal(["discord:message:lost"], (await hostB.ClaimAbandonedAsync("discord", 10, default)).Select(i => i.Key));

        var held = await hostA.RenewAllAsync(keys, default);

        Assert.Equal(["discord:message:kept"], held);
        Assert.Empty(await hostA.RenewAllAsync([], default));
    }

    private static PostgresInbox Inbox(PostgresSharedState state, double leaseSeconds = 30, int maxAttempts = 3) =>
        new(state, Options.Create(new InboxOptions { LeaseSeconds = leaseSeconds, MaxAttempts = maxAttempts }));

    private static InboxItem Item(string key, string platform = "discord") => new(key, platform, "payload of " + key);
}
