using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>One accepted gateway WebSocket on the fake's side.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, int number)
{
    private const int FragmentBytes = 64;
    private readonly SemaphoreSlim _send = new(1, 1);
    private bool _ended;

    public int Number { get; } = number;
    public volatile bool Ready;

    public Task SendAsync(object payload) => SendTextAsync(JsonSerializer.Serialize(payload), fragmented: false);

    public Task SendFragmentedAsync(string frame) => SendTextAsync(frame, fragmented: true);

    public async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _send.WaitAsync();
        try
        {
            Ready = false;
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>
    /// The server side is ending (the client closed or dropped): waits for a send in flight, whose frame the client may
    /// be reacting to, so the response is not completed under it; later sends do nothing.
    /// </summary>
    public async Task EndAsync()
    {
        await _send.WaitAsync();
        _ended = true;
        _send.Release();
    }

    public void Abort()
    {
        Ready = false;
        socket.Abort();
    }

    private async Task SendTextAsync(string text, bool fragmented)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _send.WaitAsync();
        try
        {
            if (_ended || socket.State != WebSocketState.Open)
                return;
            var step = fragmented ? FragmentBytes : bytes.Length;
            for (var offset = 0; offset < bytes.Length; offset += step)
            {
                var count = Math.Min(step, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _send.Release();
        }
    }
}
