using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Connections;
using NewsBot.Core.Index;
using NewsBot.Slack.Events;
using NewsBot.Slack.Startup;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.SocketMode;

/// <summary>
/// Socket Mode (protocols.md B6): one reconnect loop that opens a fresh URL with <c>apps.connections.open</c> for every
/// connection, waits for <c>hello</c>, acknowledges every envelope in <c>finally</c> once its work is recorded and
/// queued (except one the inbox could not record: Slack re-delivers that), follows <c>disconnect</c>, and backs off
/// with jitter (capped, reset by <c>hello</c>) when connections fail. It connects only
/// once <see cref="SlackStartup"/> knows the bot's identity (events need it), and reports to <see cref="FrontEndStatus"/>.
/// </summary>
internal sealed class SlackSocketModeClient(
    SlackApiClient api,
    SlackBotIdentity identity,
    FrontEndStatus status,
    ISlackWebSocketFactory sockets,
    SlackEnvelopeHandler envelopes,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackSocketModeClient> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await identity.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (InvalidOperationException)
        {
            // The bot token was refused; SlackStartup has reported it, and Socket Mode has nothing to answer with.
            return;
        }

        var backoff = new ReconnectBackoff(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay);
        while (!stoppingToken.IsCancellationRequested)
        {
            SocketSessionEnd end;
            try
            {
                var url = await api.OpenConnectionAsync(stoppingToken);
                using var socket = await sockets.ConnectAsync(url, stoppingToken);
                end = await RunSessionAsync(socket, backoff, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException ex) when (ex.RejectsToken)
            {
                SlackLog.SocketModeRejected(logger, ex.Error);
                status.Report(SlackStartup.Name, FrontEndState.BadSetting,
                    $"Slack rejected Slack:AppToken: apps.connections.open answered '{ex.Error}'. " +
                    "Set the environment variable Slack__AppToken to an app-level token (xapp-…) with connections:write.");
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The loop's edge: anything short of shutdown or a refused token is a dropped connection. That
                // includes OperationCanceledException from a keep-alive timeout (no pong) or an HttpClient timeout,
                // which must back off and reconnect, not end the hosted service and with it the whole host.
                SlackLog.SocketFailed(logger, ex.GetType().Name, ex.Message);
                end = SocketSessionEnd.Dropped;
            }

            if (end == SocketSessionEnd.Stop)
            {
                status.Report(SlackStartup.Name, FrontEndState.Stopped, "Slack switched Socket Mode off for this app; enable it in the app's settings");
                return;
            }
            if (end == SocketSessionEnd.Refresh)
                continue;
            var delay = backoff.Next();
            SlackLog.Reconnecting(logger, (long)delay.TotalMilliseconds, backoff.Failures);
            status.Report(SlackStartup.Name, FrontEndState.Retrying,
                $"Socket Mode connection failed or dropped; reconnecting in {delay.TotalSeconds:0.#} s (failure {backoff.Failures})");
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<SocketSessionEnd> RunSessionAsync(WebSocket socket, ReconnectBackoff backoff, CancellationToken stop)
    {
        while (true)
        {
            var bytes = await WebSocketMessages.ReceiveAsync(socket, stop);
            if (bytes is null)
                return SocketSessionEnd.Dropped;
            using var document = ParseOrNull(bytes);
            if (document is null)
                continue;
            var root = document.RootElement;
            var type = SlackMessageEvent.Str(root, "type") ?? "";
            if (type == "hello")
            {
                backoff.Reset();
                SlackLog.SocketHello(logger);
                status.Report(SlackStartup.Name, FrontEndState.Running, "Socket Mode connected");
                continue;
            }
            if (type == "disconnect")
            {
                var reason = SlackMessageEvent.Str(root, "reason") ?? "";
                SlackLog.SocketDisconnect(logger, reason);
                await CloseQuietlyAsync(socket);
                return reason switch
                {
                    "refresh_requested" or "warning" => SocketSessionEnd.Refresh,
                    "socket_mode_disabled" or "link_disabled" => SocketSessionEnd.Stop,
                    _ => SocketSessionEnd.Dropped,
                };
            }
            if (SlackMessageEvent.Str(root, "envelope_id") is { } envelopeId)
                await HandleEnvelopeAsync(socket, envelopeId, type, root, stop);
        }
    }

    private async Task HandleEnvelopeAsync(WebSocket socket, string envelopeId, string type, JsonElement root, CancellationToken stop)
    {
        JsonObject? payload = null;
        var kept = true;
        try
        {
            if (root.TryGetProperty("payload", out var body))
                payload = await envelopes.HandleAsync(type, body, stop);
        }
        catch (CatalogUnavailableException ex)
        {
            // The request could not be recorded, so it is not acknowledged: Slack delivers the envelope again (to this
            // connection or another host's) instead of taking an ack for something no host will answer.
            kept = false;
            SlackLog.NotKept(logger, $"Socket Mode {type} envelope {envelopeId}", ex.InnerException?.Message ?? ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SlackLog.EnvelopeFailed(logger, ex, type);
        }
        finally
        {
            // Acknowledged even when handling failed, so Slack does not redeliver a poison envelope forever; only one the
            // inbox could not record is left for Slack to deliver again.
            var accepts = root.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True;
            if (kept)
                await AckAsync(socket, envelopeId, accepts ? payload : null);
        }
    }

    private async Task AckAsync(WebSocket socket, string envelopeId, JsonObject? payload)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
            ack["payload"] = payload;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is gone; Slack redelivers the envelope on the next connection and the event id dedupes it.
            SlackLog.AckFailed(logger, envelopeId, ex.GetType().Name);
        }
    }

    private JsonDocument? ParseOrNull(byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            SlackLog.BadSocketMessage(logger, ex.Message);
            return null;
        }
    }

    private async Task CloseQuietlyAsync(WebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already closed by Slack; the next connection is opened either way.
            SlackLog.CloseFailed(logger, ex.GetType().Name);
        }
    }
}
