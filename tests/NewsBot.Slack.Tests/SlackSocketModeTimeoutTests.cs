using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Slack.SocketMode;
using NewsBot.Slack.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Slack.Tests;

/// <summary>A cancellation nobody asked for (keep-alive or HttpClient timeout) is a dropped connection, not a shutdown.</summary>
public sealed class SlackSocketModeTimeoutTests
{
    /// <summary>The first socket fails its receive the way ClientWebSocket does when no pong comes back in time.</summary>
    private sealed class TimesOutFirst : ISlackWebSocketFactory
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) == 1
                ? Task.FromResult<WebSocket>(new NoPongSocket())
                : new ClientWebSocketFactory().ConnectAsync(url, cancellationToken);
    }

    private sealed class NoPongSocket : WebSocket
    {
        public override WebSocketCloseStatus? CloseStatus => null;
        public override string? CloseStatusDescription => null;
        public override WebSocketState State => WebSocketState.Open;
        public override string? SubProtocol => null;

        public override void Abort()
        {
        }

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public override void Dispose()
        {
        }

        public override Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken) =>
            Task.FromException<WebSocketReceiveResult>(new OperationCanceledException("Aborted", new WebSocketException("no pong")));

        public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }

    [Fact]
    public async Task A_keep_alive_timeout_reconnects_and_the_host_keeps_running()
    {
        var sockets = new TimesOutFirst();
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await SlackBot.StartAsync(slack, socketMode: true, http: false, ingest: false,
            services: s => s.AddSingleton<ISlackWebSocketFactory>(sockets));

        var socket = await slack.NextConnectionAsync();
        await socket.SendAsync(SlackSocketModeTests.MentionEnvelope("env-after-timeout", "EvAfterTimeout", "1700006000.000001"));
        await Eventually.TrueAsync(() => SlackSocketModeTests.AcksFor(slack, "env-after-timeout").Count == 1, "reconnected and acking");

        Assert.Equal(2, sockets.Attempts);
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count);
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}
