using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Heartbeats at Discord's real 45-second interval, on virtual time: nothing here waits 45 seconds.</summary>
[Collection(GatewayFixture.Collection)]
public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task Heartbeats_FollowTheHelloInterval()
    {
        var time = new ManualTimeProvider();
        await using var fixture = await GatewayFixture.StartAsync(g => g.HeartbeatIntervalMs = 45_000, time: time);

        await time.WaitForTimersAsync();
        var first = time.UntilNextTimer();
        Assert.InRange(first, TimeSpan.Zero, TimeSpan.FromSeconds(45)); // interval × jitter, jitter in [0, 1)
        time.Advance(first);
        await fixture.Gateway.Received.WaitForAsync(r => r.Op == 1, 1);
        for (var beat = 2; beat <= 4; beat++)
        {
            // Virtual time outruns the socket: the client must have handled the last ACK before the next beat is due.
            await fixture.Gateway.Acks.WaitForAsync(_ => true, beat - 1);
            await Eventually.TrueAsync(() => fixture.Bot.Logs.Lines.Count(l => l.Contains("heartbeat acknowledged", StringComparison.Ordinal)) >= beat - 1,
                $"the client handled ACK {beat - 1}");
            await time.WaitForTimersAsync();
            Assert.Equal(TimeSpan.FromSeconds(45), time.UntilNextTimer());
            time.Advance(TimeSpan.FromSeconds(45));
            await fixture.Gateway.Received.WaitForAsync(r => r.Op == 1, beat);
        }
        Assert.Single(fixture.Gateway.Connections.Snapshot());
    }

    [Fact]
    public async Task NoAckBeforeTheNextHeartbeat_ReconnectsAfterBackoffAndResumes()
    {
        var time = new ManualTimeProvider();
        await using var fixture = await GatewayFixture.StartAsync(g =>
        {
            g.HeartbeatIntervalMs = 45_000;
            g.AcksHeartbeats = connection => connection != 1;
        }, time: time);

        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(45));
        await fixture.Gateway.Received.WaitForAsync(r => r.Op == 1);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(45)); // no ACK came: the connection is a zombie

        await time.WaitForTimersAsync(); // the reconnect backoff, on the same clock
        Assert.Single(fixture.Gateway.Connections.Snapshot());
        time.Advance(TimeSpan.FromSeconds(1));
        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        Assert.Equal(["/gateway", "/resume"], fixture.Gateway.Connections.Snapshot());
        Assert.Single(fixture.Gateway.Received.Where(r => r.Connection == 2 && r.Op == 6));
    }
}
