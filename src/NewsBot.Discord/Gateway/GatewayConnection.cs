using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One gateway connection from connect to close: HELLO → heartbeats (first after interval × jitter) and IDENTIFY
/// or RESUME; dispatches; RECONNECT, INVALID_SESSION and close codes end it with an outcome for the reconnect loop.
/// A heartbeat without an ACK since the previous one marks the connection dead (zombie). When this host stops owning
/// the gateway (<c>handOver</c>), the connection closes with 4000 so the session stays resumable for the next owner.
/// </summary>
internal sealed class GatewayConnection(
    IGatewayConnector connector,
    MessageCreateHandler messages,
    GatewayInteractionHandler interactions,
    string botToken,
    TimeProvider time,
    ILogger logger,
    Action? onReady = null) : IDisposable
{
    private const int MaxFrameBytes = 4 << 20;
    private const WebSocketCloseStatus KeepSession = (WebSocketCloseStatus)4000;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private WebSocket? _socket;
    private int _acked = 1;
    private volatile bool _zombie;
    private bool _ready;

    public async Task<GatewayOutcome> RunAsync(Uri url, GatewaySession session, CancellationToken stoppingToken, CancellationToken handOver = default)
    {
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, handOver))
            _socket = await connector.ConnectAsync(url, connecting.Token);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        // Cancelling a receive aborts the socket without a close frame; handing over sends 4000 first, then waits for
        // Discord's answering close (or gives up after CloseTimeout).
        using var handingOver = handOver.Register(() => _ = HandOverAsync(connection));
        var heartbeat = Task.CompletedTask;
        try
        {
            while (true)
            {
                var frame = await ReceiveAsync(connection.Token);
                if (frame is null && handOver.IsCancellationRequested)
                    return HandedOver();
                if (frame is null)
                    return await ClosedByDiscordAsync(session);
                // Handing over: the next owner resumes from the stored sequence, so what still arrives is its to handle.
                if (handOver.IsCancellationRequested)
                    continue;
                if (frame.S is { } sequence)
                    session.Saw(sequence);
                switch (frame.Op)
                {
                    case GatewayOpcode.Hello:
                        var interval = TimeSpan.FromMilliseconds(frame.D!.Value.GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = HeartbeatAsync(interval, session, connection);
                        await SendAsync(session.CanResume ? ResumePayload(session) : IdentifyPayload(), connection.Token);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        Volatile.Write(ref _acked, 1);
                        DiscordLog.HeartbeatAcked(logger);
                        break;
                    case GatewayOpcode.Heartbeat:
                        await SendAsync(new GatewaySend(GatewayOpcode.Heartbeat, session.Sequence), connection.Token);
                        break;
                    case GatewayOpcode.Reconnect:
                        await CloseAsync(KeepSession);
                        return GatewayOutcome.Retry("Discord asked the client to reconnect", _ready, immediate: true);
                    case GatewayOpcode.InvalidSession:
                        var resumable = frame.D is { ValueKind: JsonValueKind.True };
                        if (!resumable)
                            session.Reset();
                        await CloseAsync(KeepSession);
                        return GatewayOutcome.Retry($"invalid session (resumable: {resumable})", _ready);
                    case GatewayOpcode.Dispatch:
                        OnDispatch(frame, session);
                        break;
                }
            }
        }
        catch (Exception e) when (handOver.IsCancellationRequested && !stoppingToken.IsCancellationRequested
            && e is OperationCanceledException or WebSocketException)
        {
            _socket.Abort();
            return HandedOver();
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested
            && e is OperationCanceledException or WebSocketException or JsonException or InvalidDataException
                or KeyNotFoundException or InvalidOperationException)
        {
            _socket.Abort();
            return GatewayOutcome.Retry(_zombie ? "no heartbeat ACK (zombied connection)" : "connection lost: " + e.Message, _ready);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session so the bot shows offline at once.
            await CloseAsync(WebSocketCloseStatus.NormalClosure);
            throw;
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeat;
        }
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _sendLock.Dispose();
    }

    private GatewayOutcome HandedOver() => GatewayOutcome.Retry("this host no longer owns the gateway", _ready, immediate: true);

    private async Task HandOverAsync(CancellationTokenSource connection)
    {
        await CloseAsync(KeepSession);
        try
        {
            connection.CancelAfter(CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection had ended meanwhile.
        }
    }

    private async Task<GatewayFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        // Discord may fragment a large payload over several WebSocket frames; reassemble until EndOfMessage.
        _buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket!.ReceiveAsync(_buffer.GetMemory(8192), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > MaxFrameBytes)
                throw new InvalidDataException("A gateway message passed 4 MiB.");
            if (result.EndOfMessage)
                return JsonSerializer.Deserialize<GatewayFrame>(_buffer.WrittenSpan, DiscordJson.Gateway);
        }
    }

    private async Task<GatewayOutcome> ClosedByDiscordAsync(GatewaySession session)
    {
        var code = (int?)_socket!.CloseStatus ?? 0;
        var description = _socket.CloseStatusDescription;
        await CloseAsync(_socket.CloseStatus ?? KeepSession);
        if (code == GatewayCloseCodes.AuthenticationFailed)
            return GatewayOutcome.BadToken($"Discord rejected Discord:BotToken: {GatewayCloseCodes.Explain(code)} ({code} {description})");
        if (GatewayCloseCodes.IsFatal(code))
            return GatewayOutcome.Stop($"{GatewayCloseCodes.Explain(code)} ({code} {description})");
        if (GatewayCloseCodes.EndsSession(code))
            session.Reset();
        return GatewayOutcome.Retry($"closed by Discord ({code} {description})", _ready);
    }

    private void OnDispatch(GatewayFrame frame, GatewaySession session)
    {
        try
        {
            switch (frame.T)
            {
                case "READY" when frame.D?.Deserialize<GatewayReady>(DiscordJson.Options) is { } ready:
                    session.Ready(ready.User.Id, ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                    _ready = true;
                    DiscordLog.GatewayReady(logger, ready.User.Id);
                    onReady?.Invoke();
                    break;
                case "RESUMED":
                    session.Resumed();
                    _ready = true;
                    DiscordLog.GatewayResumed(logger, session.Sequence ?? 0);
                    onReady?.Invoke();
                    break;
                case "MESSAGE_CREATE" when frame.D?.Deserialize<GatewayMessage>(DiscordJson.Options) is { } message:
                    messages.Handle(message, session.UserId);
                    break;
                case "INTERACTION_CREATE" when frame.D?.Deserialize<Interactions.Interaction>(DiscordJson.Options) is { } interaction:
                    interactions.Handle(interaction);
                    break;
            }
        }
        catch (Exception e) when (e is JsonException or UriFormatException or InvalidOperationException)
        {
            DiscordLog.BadDispatch(logger, frame.T ?? "?", e.Message);
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, GatewaySession session, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, connection.Token);
            while (true)
            {
                if (Interlocked.Exchange(ref _acked, 0) == 0)
                {
                    _zombie = true;
                    await connection.CancelAsync();
                    return;
                }
                await SendAsync(new GatewaySend(GatewayOpcode.Heartbeat, session.Sequence), connection.Token);
                await Task.Delay(interval, time, connection.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The connection ended; the receive loop reports why.
        }
    }

    private object IdentifyPayload() => new GatewaySend(GatewayOpcode.Identify, new
    {
        token = botToken,
        intents = GatewayIntents.Requested,
        properties = new { os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), browser = "newsbot", device = "newsbot" },
    });

    private object ResumePayload(GatewaySession session) => new GatewaySend(GatewayOpcode.Resume, new
    {
        token = botToken,
        session_id = session.SessionId,
        seq = session.Sequence,
    });

    private async Task SendAsync(object payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJson.Gateway);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket!.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status)
    {
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            // A heartbeat may be sending: one send at a time on a WebSocket, the close frame included.
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                if (_socket!.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await _socket.CloseOutputAsync(status, null, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            DiscordLog.CloseFailed(logger, e.Message);
        }
    }
}
