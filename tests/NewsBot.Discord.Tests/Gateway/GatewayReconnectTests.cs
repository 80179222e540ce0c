using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>
/// Drops, RECONNECT, INVALID_SESSION, missing heartbeat ACKs and close codes: the client resumes or identifies as the
/// protocol says, and a message sent meanwhile is answered exactly once.
/// </summary>
[Collection(GatewayFixture.Collection)]
public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task DroppedConnection_ResumesOnResumeUrlAndAnswersTheMissedMessageOnce()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1001", "help"));
        await fixture.WaitForReplyAsync("1001");

        fixture.Gateway.Drop();
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1002", "help"));

        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        await AssertResumedAsync(fixture, connection: 2);
        await AssertAnsweredOnceAsync(fixture, "1002");
        Assert.Single(fixture.RepliesTo("1001"));
    }

    /// <summary>Throws what ClientWebSocket throws on a keep-alive timeout (a cancellation not asked for) on the first connect.</summary>
    private sealed class TimesOutFirst : IGatewayConnector
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public Task<System.Net.WebSockets.WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) == 1
                ? Task.FromException<System.Net.WebSockets.WebSocket>(new OperationCanceledException("Aborted", new System.Net.WebSockets.WebSocketException("no pong")))
                : new ClientWebSocketConnector().ConnectAsync(url, cancellationToken);
    }

    [Fact]
    public async Task ATimeoutThatIsNotShutdown_IsRetried_AndDoesNotStopTheHost()
    {
        var connector = new TimesOutFirst();
        await using var fixture = await GatewayFixture.StartAsync(services: s => s.AddSingleton<IGatewayConnector>(connector));

        Assert.Equal(2, connector.Attempts);
        Assert.False(fixture.Bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1401", "help"));
        await AssertAnsweredOnceAsync(fixture, "1401");
    }

    [Fact]
    public async Task ReplayedEvents_AreNotAnsweredTwice()
    {
        await using var fixture = await GatewayFixture.StartAsync(g => g.ReplayEverything = true);
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1101", "help"));
        await fixture.WaitForReplyAsync("1101");

        fixture.Gateway.Drop();
        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1102", "help"));

        await AssertAnsweredOnceAsync(fixture, "1102");
        Assert.Single(fixture.RepliesTo("1101"));
    }

    [Fact]
    public async Task Reconnect_ClosesAndResumes()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        await fixture.Gateway.SendAsync(new { op = 7, d = (object?)null });
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1201", "help"));

        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        await AssertResumedAsync(fixture, connection: 2);
        await AssertAnsweredOnceAsync(fixture, "1201");
    }

    [Fact]
    public async Task InvalidSessionNotResumable_IdentifiesAgainOnTheGatewayUrl()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        await fixture.Gateway.SendAsync(new { op = 9, d = false });

        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        Assert.Equal(["/gateway", "/gateway"], fixture.Gateway.Connections.Snapshot());
        Assert.Single(fixture.Gateway.Received.Where(r => r.Connection == 2 && r.Op == 2));
        Assert.Empty(fixture.Gateway.Received.Where(r => r.Op == 6));
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1301", "help"));
        await AssertAnsweredOnceAsync(fixture, "1301");
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var fixture = await GatewayFixture.StartAsync();
        await fixture.Gateway.SendAsync(new { op = 9, d = true });
        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        await AssertResumedAsync(fixture, connection: 2);
    }

    [Fact]
    public async Task MissingHeartbeatAck_ReconnectsAndResumes()
    {
        await using var fixture = await GatewayFixture.StartAsync(g =>
        {
            g.HeartbeatIntervalMs = 100;
            g.AcksHeartbeats = connection => connection != 1;
        });

        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        await AssertResumedAsync(fixture, connection: 2);
        Assert.NotEmpty(fixture.Gateway.Received.Where(r => r.Connection == 1 && r.Op == 1));
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1401", "help"));
        await AssertAnsweredOnceAsync(fixture, "1401");
    }

    [Fact]
    public async Task Heartbeat_CarriesTheLastSequenceAndAnswersARequestAtOnce()
    {
        await using var fixture = await GatewayFixture.StartAsync(g => g.HeartbeatIntervalMs = 60_000);
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Unmentioned("1501", "not for the bot"));
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct("1502", "help"));
        await fixture.WaitForReplyAsync("1502");

        await fixture.Gateway.SendAsync(new { op = 1, d = (object?)null });

        var heartbeat = await fixture.Gateway.Received.WaitForAsync(r => r.Op == 1, timeout: TimeSpan.FromSeconds(2));
        Assert.Equal(3, heartbeat[^1].D.GetInt64()); // READY was 1, then two dispatches
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4009)]
    public async Task ReconnectableCloseCode_Reconnects(int code)
    {
        await using var fixture = await GatewayFixture.StartAsync();
        await fixture.Gateway.CloseAsync(code, "test");
        await fixture.Gateway.Readies.WaitForAsync(n => n == 2);
        // 4009 (session timed out) ends the session: identify again; others resume.
        var expectedOp = code == 4009 ? 2 : 6;
        Assert.Single(fixture.Gateway.Received.Where(r => r.Connection == 2 && r.Op == expectedOp));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsWithoutReconnecting(int code)
    {
        await using var fixture = await GatewayFixture.StartAsync();
        await fixture.Gateway.CloseAsync(code, "fatal");
        // Reconnect delays in these tests are at most 200 ms; a looping client would have reconnected by now.
        await Task.Delay(700);
        Assert.Single(fixture.Gateway.Connections.Snapshot());
    }

    private static async Task AssertResumedAsync(GatewayFixture fixture, int connection)
    {
        Assert.Equal("/resume", fixture.Gateway.Connections.Snapshot()[connection - 1]);
        var resume = Assert.Single(fixture.Gateway.Received.Where(r => r.Connection == connection && r.Op == 6)).D;
        Assert.Equal("test-bot-token", resume.GetProperty("token").GetString());
        Assert.False(string.IsNullOrEmpty(resume.GetProperty("session_id").GetString()));
        Assert.Equal(JsonValueKind.Number, resume.GetProperty("seq").ValueKind);
        Assert.Empty(fixture.Gateway.Received.Where(r => r.Connection == connection && r.Op == 2));
        await Task.CompletedTask;
    }

    private static async Task AssertAnsweredOnceAsync(GatewayFixture fixture, string messageId)
    {
        await fixture.WaitForReplyAsync(messageId);
        // A marker DM sent afterwards is answered after any duplicate would have been queued.
        var marker = messageId + "9";
        await fixture.Gateway.DispatchAsync("MESSAGE_CREATE", GatewayMessages.Direct(marker, "help"));
        await fixture.WaitForReplyAsync(marker);
        Assert.Single(fixture.RepliesTo(messageId));
    }
}
