using System.Net.WebSockets;
using NewsBot.Core.Connections;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>
/// What killing a host's process cuts at once, on the host's side: its gateway sockets (aborted, no close frame) and
/// every later connect or claim of the gateway. The server side of a kill, the host's lock connection ending, is
/// <c>PostgresBackends.EndAdvisoryLockHoldersAsync</c>.
/// </summary>
internal sealed class KillSwitch : IGatewayConnector
{
    private readonly ClientWebSocketConnector _connector = new();
    private readonly Lock _lock = new();
    private readonly List<WebSocket> _sockets = [];
    private bool _killed;

    public bool Killed
    {
        get { lock (_lock) return _killed; }
    }

    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        if (Killed)
            throw new WebSocketException("this host was killed");
        var socket = await _connector.ConnectAsync(url, cancellationToken);
        lock (_lock)
            _sockets.Add(socket);
        return socket;
    }

    public void Kill()
    {
        lock (_lock)
        {
            _killed = true;
            foreach (var socket in _sockets)
                socket.Abort();
        }
    }

    /// <summary><paramref name="ownership"/>, refusing every claim once this host is killed.</summary>
    public IGatewayOwnership Guard(IGatewayOwnership ownership) => new Guarded(this, ownership);

    private sealed class Guarded(KillSwitch host, IGatewayOwnership ownership) : IGatewayOwnership
    {
        public ValueTask<IGatewayLease?> TryAcquireAsync(TimeSpan checkEvery, CancellationToken cancellationToken) =>
            host.Killed ? ValueTask.FromResult<IGatewayLease?>(null) : ownership.TryAcquireAsync(checkEvery, cancellationToken);
    }
}
