namespace NewsBot.Core.Connections;

/// <summary>
/// Ownership of the Discord gateway, held until disposed or lost. <see cref="Epoch"/> fences the owner's writes: a host
/// that became owner later has a higher epoch, and a stale owner's <see cref="SaveAsync"/> changes nothing.
/// </summary>
public interface IGatewayLease : IAsyncDisposable
{
    /// <summary>The fencing number: one more each time any host becomes the owner.</summary>
    long Epoch { get; }

    /// <summary>The session stored when this lease was taken (to resume), or null (identify).</summary>
    StoredGatewaySession? Session { get; }

    /// <summary>Cancelled when this host no longer owns the gateway (the database connection holding it broke, or a save was fenced off).</summary>
    CancellationToken Lost { get; }

    /// <summary>Stores the session (null: none to resume); false when another host has taken over since.</summary>
    ValueTask<bool> SaveAsync(StoredGatewaySession? session, CancellationToken cancellationToken);
}
