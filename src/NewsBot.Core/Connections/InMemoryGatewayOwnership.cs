namespace NewsBot.Core.Connections;

/// <summary>
/// Gateway ownership in this process (the default, one host): the host is the owner whenever it asks, and the session
/// lives in memory, so nothing changes from a host that never shared its gateway.
/// </summary>
public sealed class InMemoryGatewayOwnership : IGatewayOwnership
{
    private readonly Lock _gate = new();
    private StoredGatewaySession? _session;
    private long _epoch;
    private bool _held;

    public ValueTask<IGatewayLease?> TryAcquireAsync(TimeSpan checkEvery, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_held)
                return ValueTask.FromResult<IGatewayLease?>(null);
            _held = true;
            return ValueTask.FromResult<IGatewayLease?>(new Lease(this, ++_epoch, _session));
        }
    }

    private bool Save(long epoch, StoredGatewaySession? session)
    {
        lock (_gate)
        {
            if (epoch != _epoch)
                return false;
            _session = session;
            return true;
        }
    }

    private void Release(long epoch)
    {
        lock (_gate)
        {
            if (epoch == _epoch)
                _held = false;
        }
    }

    private sealed class Lease(InMemoryGatewayOwnership owner, long epoch, StoredGatewaySession? session) : IGatewayLease
    {
        public long Epoch => epoch;
        public StoredGatewaySession? Session => session;

        // One process cannot lose what only it holds.
        public CancellationToken Lost => CancellationToken.None;

        public ValueTask<bool> SaveAsync(StoredGatewaySession? stored, CancellationToken cancellationToken) =>
            ValueTask.FromResult(owner.Save(epoch, stored));

        public ValueTask DisposeAsync()
        {
            owner.Release(epoch);
            return ValueTask.CompletedTask;
        }
    }
}
