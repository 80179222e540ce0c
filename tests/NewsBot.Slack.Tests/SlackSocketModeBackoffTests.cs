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

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await Eventually.TrueAsync(() => sockets.Attempts == attempt && clock.PendingTimers > 0, $"attempt {attempt} failed and is waiting");
            await Task.Delay(100);
            Assert.Equal(attempt, sockets.Attempts); // no retry until the clock moves
            // Move the clock by the configured cap (Slack:MaxReconnectDelay) until the retry comes: on a loaded
            // machine the backoff's own timer may be registered after another component's timer was seen above.
            await Eventually.TrueAsync(() =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(200));
                return sockets.Attempts > attempt;
            }, $"attempt {attempt + 1} after the clock moved");
        }

        var socket = await slack.NextConnectionAsync();
        Assert.Equal(4, sockets.Attempts);
        Assert.Equal(4, slack.CallsTo("apps.connections.open").Count);
        await socket.SendAsync(SlackSocketModeTests.MentionEnvelope("env-late", "EvLate", "1700004000.000001"));
        await Eventually.TrueAsync(() => SlackSocketModeTests.AcksFor(slack, "env-late").Count == 1, "connected and acking");
    }
}
