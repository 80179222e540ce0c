using System.Buffers;
using System.Net.WebSockets;

namespace NewsBot.Slack.SocketMode;

/// <summary>Reads whole text messages, reassembling fragmented frames, with a size cap.</summary>
internal static class WebSocketMessages
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>The next text message, or null when the peer closed the socket.</summary>
    public static async Task<byte[]?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                    return null;
                message.Write(buffer, 0, result.Count);
                if (message.Length > MaxMessageBytes)
                    throw new WebSocketException(WebSocketError.Faulted, $"Socket Mode message over {MaxMessageBytes} bytes.");
                if (result.EndOfMessage)
                    return message.ToArray();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
