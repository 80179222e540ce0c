using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// The Discord gateway on loopback. Speaks HELLO, HEARTBEAT_ACK, READY (on IDENTIFY) and RESUME (replaying the
/// dispatches after the client's sequence, then RESUMED). Dispatches are sent in several WebSocket fragments so the
/// client must reassemble them. Tests dispatch events, send RECONNECT/INVALID_SESSION, close or drop connections, and
/// read what each connection sent (IDENTIFY or RESUME with its session id and sequence) and how it closed.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    public const string BotUserId = "1098765432109876543";
    private readonly Lock _lock = new();
    private readonly List<(long Seq, string Frame)> _log = [];
    private FakeGatewayConnection? _current;
    private string? _sessionId;
    private long _seq;
    private int _connections;

    public Uri BaseUrl { get; set; } = null!;
    public int HeartbeatIntervalMs { get; set; } = 45_000;

    /// <summary>Whether connection n (1-based) acknowledges heartbeats.</summary>
    public Func<int, bool> AcksHeartbeats { get; set; } = _ => true;

    /// <summary>Replays the whole session on RESUME, whatever sequence the client sends (at-least-once delivery).</summary>
    public bool ReplayEverything { get; set; }

    public Recorder<GatewayReceived> Received { get; } = new();

    /// <summary>The path ("/gateway" or "/resume") of each connection, in order.</summary>
    public Recorder<string> Connections { get; } = new();

    public Recorder<int> Readies { get; } = new();

    /// <summary>Close frames the bot sent, by connection (a connection dropped without one is not here).</summary>
    public Recorder<FakeGatewayClose> Closes { get; } = new();

    /// <summary>IDENTIFY payloads received, on any connection.</summary>
    public IReadOnlyList<GatewayReceived> Identifies => Received.Where(r => r.Op == 2);

    /// <summary>RESUME payloads received (<c>session_id</c>, <c>seq</c>), on any connection.</summary>
    public IReadOnlyList<GatewayReceived> Resumes => Received.Where(r => r.Op == 6);

    /// <summary>The session the last IDENTIFY started.</summary>
    public string? SessionId
    {
        get { lock (_lock) return _sessionId; }
    }

    /// <summary>The sequence of the last dispatch sent or logged.</summary>
    public long Sequence
    {
        get { lock (_lock) return _seq; }
    }

    /// <summary>Heartbeat ACKs sent, by connection number.</summary>
    public Recorder<int> Acks { get; } = new();

    public Uri Url(string path) => new UriBuilder(BaseUrl) { Scheme = "ws", Path = path }.Uri;

    public async Task AcceptAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        var query = context.Request.Query;
        if (query["v"] != "10" || query["encoding"] != "json")
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var number = Interlocked.Increment(ref _connections);
        var connection = new FakeGatewayConnection(socket, number);
        lock (_lock)
            _current = connection;
        Connections.Add(path);
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = HeartbeatIntervalMs } });
        try
        {
            await ServeAsync(connection);
            if (socket.CloseStatus is { } code)
                Closes.Add(new FakeGatewayClose(number, (int)code));
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The client dropped or aborted the connection; that is a scenario under test, not a failure.
        }
        finally
        {
            connection.Ready = false;
            await connection.EndAsync();
        }
    }

    private async Task ServeAsync(FakeGatewayConnection connection)
    {
        while (await connection.ReceiveAsync() is { } text)
        {
            var frame = JsonDocument.Parse(text).RootElement;
            var op = frame.GetProperty("op").GetInt32();
            var d = frame.GetProperty("d").Clone();
            Received.Add(new GatewayReceived(connection.Number, op, d));
            switch (op)
            {
                case 1 when AcksHeartbeats(connection.Number):
                    await connection.SendAsync(new { op = 11 });
                    Acks.Add(connection.Number);
                    break;
                case 2:
                    await IdentifyAsync(connection);
                    break;
                case 6:
                    await ResumeAsync(connection, d);
                    break;
            }
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection)
    {
        lock (_lock)
        {
            _sessionId = Guid.NewGuid().ToString("n");
            _seq = 0;
            _log.Clear();
        }
        var ready = new
        {
            v = 10,
            user = new { id = BotUserId, username = "newsbot", bot = true },
            guilds = Array.Empty<object>(),
            session_id = _sessionId,
            resume_gateway_url = Url("/resume").ToString(),
            application = new { id = FakeDiscord.ApplicationId, flags = 0 },
        };
        await SendDispatchAsync(connection, "READY", ready);
        connection.Ready = true;
        Readies.Add(connection.Number);
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonElement d)
    {
        List<string> replay;
        lock (_lock)
        {
            if (d.GetProperty("session_id").GetString() != _sessionId)
                replay = [];
            else
            {
                var after = d.GetProperty("seq").ValueKind == JsonValueKind.Number && !ReplayEverything ? d.GetProperty("seq").GetInt64() : 0;
                replay = _log.Where(e => e.Seq > after).Select(e => e.Frame).ToList();
            }
        }
        if (d.GetProperty("session_id").GetString() != _sessionId)
        {
            await connection.SendAsync(new { op = 9, d = false });
            return;
        }
        foreach (var frame in replay)
            await connection.SendFragmentedAsync(frame);
        await SendDispatchAsync(connection, "RESUMED", new { });
        connection.Ready = true;
        Readies.Add(connection.Number);
    }

    /// <summary>Sends an event to the live session; while no connection is ready it is only logged, for a resume to replay.</summary>
    public async Task DispatchAsync(string type, object d)
    {
        FakeGatewayConnection? target;
        lock (_lock)
            target = _current is { Ready: true } ? _current : null;
        if (target is null)
            Append(type, d);
        else
            await SendDispatchAsync(target, type, d);
    }

    /// <summary>Discord forgets the session (it timed out, or was closed with 1000): a RESUME of it is answered INVALID_SESSION false.</summary>
    public void EndSession()
    {
        lock (_lock)
            _sessionId = null;
    }

    /// <summary>Sends a raw payload (RECONNECT, INVALID_SESSION, HEARTBEAT…) on the current connection.</summary>
    public Task SendAsync(object payload) => Current().SendAsync(payload);

    public Task CloseAsync(int code, string reason) => Current().CloseAsync(code, reason);

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => Current().Abort();

    public async ValueTask DisposeAsync()
    {
        FakeGatewayConnection? current;
        lock (_lock)
            current = _current;
        current?.Abort();
        await Task.CompletedTask;
    }

    private FakeGatewayConnection Current()
    {
        lock (_lock)
            return _current ?? throw new InvalidOperationException("No gateway connection yet.");
    }

    private async Task SendDispatchAsync(FakeGatewayConnection connection, string type, object d) =>
        await connection.SendFragmentedAsync(Append(type, d));

    private string Append(string type, object d)
    {
        lock (_lock)
        {
            var seq = ++_seq;
            var frame = JsonSerializer.Serialize(new { op = 0, s = seq, t = type, d });
            _log.Add((seq, frame));
            return frame;
        }
    }
}
