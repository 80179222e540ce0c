using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Slack.Tests.Fakes;

/// <summary>
/// One Socket Mode connection on the fake's side: sends what the test tells it (whole or in fragments), records every
/// message the client sends back (acks), and can drop the socket without a close handshake.
/// </summary>
public sealed class FakeSocketConnection(WebSocket socket, int number, Action<int, JsonObject> onReceived)
{
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private bool _closed;

    public int Number { get; } = number;

    public Task Ended => _ended.Task;

    public async Task SendAsync(string json, int fragments = 1)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var size = (int)Math.Ceiling(bytes.Length / (double)Math.Max(1, fragments));
        await _sendLock.WaitAsync();
        try
        {
            if (_closed)
                return;
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection the way a network failure would: no close frame.</summary>
    public void Drop()
    {
        socket.Abort();
        _ended.TrySetResult();
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                    continue;
                if (JsonNode.Parse(message.ToArray()) is JsonObject received)
                    onReceived(Number, received);
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The test dropped the socket, or the client went away: this connection is over.
        }
        finally
        {
            // A send in flight (a frame the client may be reacting to by closing) finishes before the response ends.
            await _sendLock.WaitAsync();
            _closed = true;
            _sendLock.Release();
            _ended.TrySetResult();
        }
    }
}
