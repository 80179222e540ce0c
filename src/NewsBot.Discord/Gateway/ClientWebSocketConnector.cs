using System.Net.WebSockets;

namespace NewsBot.Discord.Gateway;

/// <summary>The real connector: a <see cref="ClientWebSocket"/> per connection.</summary>
internal sealed class ClientWebSocketConnector : IGatewayConnector
{
    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // Discord's own heartbeat detects dead connections; WebSocket pings would only add traffic.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return socket;
        }
        catch (Exception)
        {
            socket.Dispose();
            throw;
        }
    }
}
