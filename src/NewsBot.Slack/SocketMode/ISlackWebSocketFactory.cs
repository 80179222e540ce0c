using System.Net.WebSockets;

namespace NewsBot.Slack.SocketMode;

/// <summary>Opens the Socket Mode WebSocket; the seam tests use to fail connections on purpose.</summary>
internal interface ISlackWebSocketFactory
{
    Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
