using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core;
using NewsBot.Core.Connections;
using NewsBot.Testing;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>
/// The Discord gateway's owner in the shared database: one host at a time holds the advisory lock, each new owner gets
/// a higher epoch and the session the previous one stored, and a stale owner's writes are fenced off.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GatewayOwnershipTests(PostgresCluster cluster)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(100);
    private static readonly StoredGatewaySession Session = new("1098765432109876543", "abc123", "wss://resume.example/", 42);

    [PostgresFact]
    public async Task While_one_host_owns_the_gateway_another_cannot_and_the_next_owner_gets_epoch_2_and_the_stored_session()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var shared = new PostgresSharedState(database);
        var hostA = new PostgresGatewayOwnership(shared, database, TimeProvider.System);
        var hostB = new PostgresGatewayOwnership(shared, database, TimeProvider.System);

        var first = await hostA.TryAcquireAsync(CheckEvery, default);
        Assert.NotNull(first);
        Assert.Equal(1, first.Epoch);
        Assert.Null(first.Session);
        Assert.Null(await hostB.TryAcquireAsync(CheckEvery, default));
        Assert.True(await first.SaveAsync(Session, default));
        await first.DisposeAsync();

        await using var second = await hostB.TryAcquireAsync(CheckEvery, default);
        Assert.NotNull(second);
        Assert.Equal(2, second.Epoch);
        Assert.Equal(Session, second.Session);
        Assert.False(second.Lost.IsCancellationRequested);
    }

    [PostgresFact]
    public async Task A_stale_owners_seq_write_is_refused_by_the_epoch_fence_and_the_stored_seq_stays()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var shared = new PostgresSharedState(database);
        await using var stale = await new PostgresGatewayOwnership(shared, database, TimeProvider.System).TryAcquireAsync(TimeSpan.FromMinutes(1), default);
        Assert.NotNull(stale);
        Assert.True(await stale.SaveAsync(Session, default));
        // The owner's lock connection is cut (its watch would notice only in a minute): another host takes over.
        Assert.Equal(1, await PostgresBackends.EndAdvisoryLockHoldersAsync(database));
        var next = new PostgresGatewayOwnership(shared, database, TimeProvider.System);
        IGatewayLease? current = null;
        await Eventually.TrueAsync(() => (current = next.TryAcquireAsync(CheckEvery, default).AsTask().Result) is not null, "the lock to be free");
        await using var owner = current!;

        var refused = await stale.SaveAsync(Session with { Sequence = 99 }, default);

        Assert.False(refused);
        Assert.True(stale.Lost.IsCancellationRequested);
        Assert.Equal([42L], await SchemaTests.ListAsync<long>(database, "SELECT seq FROM gateway_owner"));
        Assert.True(await owner.SaveAsync(Session with { Sequence = 43 }, default));
        Assert.Equal([43L], await SchemaTests.ListAsync<long>(database, "SELECT seq FROM gateway_owner"));
        Assert.Equal([2L], await SchemaTests.ListAsync<long>(database, "SELECT epoch FROM gateway_owner"));
    }

    [PostgresFact]
    public async Task An_owner_whose_lock_connection_is_cut_learns_it_has_lost_the_gateway()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var shared = new PostgresSharedState(database);
        await using var lease = await new PostgresGatewayOwnership(shared, database, TimeProvider.System).TryAcquireAsync(CheckEvery, default);
        Assert.NotNull(lease);

        Assert.Equal(1, await PostgresBackends.EndAdvisoryLockHoldersAsync(database));

        await Eventually.TrueAsync(() => lease.Lost.IsCancellationRequested, "the lease to report the lost lock", timeoutMs: 5000);
    }

    [Fact]
    public void With_sqlite_the_gateway_owner_is_this_host_even_with_postgres_registered()
    {
        using var folder = new TempDirectory();
        var settings = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Index:Path", (string?)folder.File("newsbot.db"))]).Build();
        using var core = CoreServiceProvider.Build(settings, storage: s => s.AddNewsBotPostgres());

        Assert.IsType<InMemoryGatewayOwnership>(core.GetRequiredService<IGatewayOwnership>());
    }
}
