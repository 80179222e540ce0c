using NewsBot.Core.Connections;

namespace NewsBot.Core.Tests.Connections;

/// <summary>One host alone: it owns the gateway whenever it asks, keeps the session in memory, and its epoch fences an old lease.</summary>
public sealed class InMemoryGatewayOwnershipTests
{
    private static readonly StoredGatewaySession Session = new("1098765432109876543", "abc123", "wss://resume.example/", 7);

    [Fact]
    public async Task The_host_owns_the_gateway_at_once_and_a_second_claim_waits_until_the_first_lease_ends()
    {
        var ownership = new InMemoryGatewayOwnership();

        var first = await ownership.TryAcquireAsync(TimeSpan.FromSeconds(5), default);

        Assert.NotNull(first);
        Assert.Equal(1, first.Epoch);
        Assert.Null(first.Session);
        Assert.False(first.Lost.CanBeCanceled);
        Assert.Null(await ownership.TryAcquireAsync(TimeSpan.FromSeconds(5), default));
        Assert.True(await first.SaveAsync(Session, default));
        await first.DisposeAsync();

        var second = await ownership.TryAcquireAsync(TimeSpan.FromSeconds(5), default);
        Assert.NotNull(second);
        Assert.Equal(2, second.Epoch);
        Assert.Equal(Session, second.Session);
        Assert.False(await first.SaveAsync(Session with { Sequence = 8 }, default));
    }
}
