using System.Threading.Channels;
using NewsBot.Core.Connections;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// What survives a dropped connection: who we are, and what a RESUME needs (session id, resume URL, last sequence).
/// Starts from the session the previous owner stored, if any, and tells <see cref="ChangedAsync"/> what changed so
/// <see cref="GatewaySessionWriter"/> can store it without the receive loop ever waiting on a write.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _gate = new();
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _sequence = -1;
    private int _urgent;

    public GatewaySession(StoredGatewaySession? stored = null)
    {
        if (stored is null)
            return;
        UserId = stored.UserId;
        SessionId = stored.SessionId;
        ResumeUrl = new Uri(stored.ResumeUrl);
        _sequence = stored.Sequence ?? -1;
    }

    public string? UserId { get; private set; }
    public string? SessionId { get; private set; }
    public Uri? ResumeUrl { get; private set; }

    /// <summary>The last dispatch sequence seen, or null before the first.</summary>
    public long? Sequence
    {
        get { var s = Interlocked.Read(ref _sequence); return s < 0 ? null : s; }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Saw(long sequence)
    {
        Interlocked.Exchange(ref _sequence, sequence);
        Changed(urgent: false);
    }

    public void Ready(string userId, string sessionId, Uri resumeUrl)
    {
        lock (_gate)
        {
            UserId = userId;
            SessionId = sessionId;
            ResumeUrl = resumeUrl;
        }
        Changed(urgent: true);
    }

    /// <summary>Discord confirmed a RESUME: the session is live again, worth storing at once.</summary>
    public void Resumed() => Changed(urgent: true);

    /// <summary>Forget the session (INVALID_SESSION false, 4007, 4009): the next connection identifies again.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            SessionId = null;
            ResumeUrl = null;
            Interlocked.Exchange(ref _sequence, -1);
        }
        Changed(urgent: true);
    }

    /// <summary>What to store now: null while there is no session to resume.</summary>
    public StoredGatewaySession? Snapshot()
    {
        lock (_gate)
            return UserId is null || SessionId is null || ResumeUrl is null
                ? null
                : new StoredGatewaySession(UserId, SessionId, ResumeUrl.AbsoluteUri, Sequence);
    }

    /// <summary>Waits until something changed since the last call; true when it should be stored at once (READY, RESUMED, reset).</summary>
    public async ValueTask<bool> ChangedAsync(CancellationToken cancellationToken)
    {
        await _changed.Reader.ReadAsync(cancellationToken);
        return Interlocked.Exchange(ref _urgent, 0) == 1;
    }

    private void Changed(bool urgent)
    {
        if (urgent)
            Volatile.Write(ref _urgent, 1);
        _changed.Writer.TryWrite(true);
    }
}
