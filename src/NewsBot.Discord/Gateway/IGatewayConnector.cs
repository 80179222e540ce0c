using System.Net.WebSockets;

namespace NewsBot.Discord.Gateway;

/// <summary>Opens the gateway WebSocket; the seam a test uses to see or shape connections.</summary>
internal interface IGatewayConnector
{
    Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
