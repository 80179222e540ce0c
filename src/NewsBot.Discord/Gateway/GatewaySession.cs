namespace NewsBot.Discord.Gateway;

/// <summary>What survives a dropped connection: who we are, and what a RESUME needs (session id, resume URL, last sequence).</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? UserId { get; private set; }
    public string? SessionId { get; private set; }
    public Uri? ResumeUrl { get; private set; }

    /// <summary>The last dispatch sequence seen, or null before the first.</summary>
    public long? Sequence
    {
        get { var s = Interlocked.Read(ref _sequence); return s < 0 ? null : s; }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Saw(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void Ready(string userId, string sessionId, Uri resumeUrl)
    {
        UserId = userId;
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Forget the session (INVALID_SESSION false, 4007, 4009): the next connection identifies again.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
