using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Slack.SocketMode;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

public sealed class SlackSocketModeBackoffTests
{
    /// <summary>Fails the first <paramref name="failures"/> connects, then connects for real.</summary>
    private sealed class FlakySocketFactory(int failures) : ISlackWebSocketFactory
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) <= failures
                ? throw new WebSocketException(WebSocketError.Faulted, "simulated connect failure")
                : new ClientWebSocketFactory().ConnectAsync(url, cancellationToken);
    }

    [Fact]
    public async Task Failed_connects_wait_on_the_injected_clock_then_reconnect_with_a_fresh_url()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var sockets = new FlakySocketFactory(failures: 3);
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<ISlackWebSocketFactory>(sockets);
        });

        var cap = TimeSpan.FromMilliseconds(200); // Slack:MaxReconnectDelay in SlackBot
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var seen = "";
            await Eventually.TrueAsync(() =>
            {
                seen = $"attempts {sockets.Attempts}, timers {clock.PendingTimers}";
                return sockets.Attempts == attempt && clock.PendingTimers > 0 && clock.UntilNextTimer() <= cap;
            }, $"attempt {attempt} failed and its backoff is waiting on the clock", onTimeout: () => seen);
            await Task.Delay(100);
            Assert.Equal(attempt, sockets.Attempts); // no retry until the clock moves
            clock.Advance(cap);
            await Eventually.TrueAsync(() => sockets.Attempts > attempt, $"attempt {attempt + 1} after the clock moved",
                onTimeout: () => $"attempts {sockets.Attempts}, timers {clock.PendingTimers}");
        }

        var socket = await slack.NextConnectionAsync();
        Assert.Equal(4, sockets.Attempts);
        Assert.Equal(4, slack.CallsTo("apps.connections.open").Count);
        await socket.SendAsync(SlackSocketModeTests.MentionEnvelope("env-late", "EvLate", "1700004000.000001"));
        await Eventually.TrueAsync(() => SlackSocketModeTests.AcksFor(slack, "env-late").Count == 1, "connected and acking");
    }
}
