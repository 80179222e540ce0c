using System.Net.WebSockets;

namespace NewsBot.Slack.SocketMode;

/// <summary>A real <see cref="ClientWebSocket"/>.</summary>
internal sealed class ClientWebSocketFactory : ISlackWebSocketFactory
{
    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
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
