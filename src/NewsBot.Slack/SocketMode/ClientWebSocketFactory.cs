using System.Net.WebSockets;

namespace NewsBot.Slack.SocketMode;

/// <summary>A real <see cref="ClientWebSocket"/>.</summary>
internal sealed class ClientWebSocketFactory : ISlackWebSocketFactory
{
    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // Pings that get no pong within the timeout fail the socket, so a dead connection reconnects instead of hanging.
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(15);
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
