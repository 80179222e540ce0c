namespace NewsBot.Core.Connections;

/// <summary>
/// Which host owns the Discord gateway connection, and the session it resumes: one connection per bot, however many
/// hosts run (two would both receive every message). In this process by default (<see cref="InMemoryGatewayOwnership"/>:
/// one host, always the owner, as before); in a database several hosts share, the owner is elected there and its
/// session is stored so a surviving host resumes it instead of identifying anew.
/// </summary>
public interface IGatewayOwnership
{
    /// <summary>
    /// Makes this host the owner, or returns null while another host is. The lease checks every
    /// <paramref name="checkEvery"/> that it still owns the gateway and signals <see cref="IGatewayLease.Lost"/> when not.
    /// </summary>
    ValueTask<IGatewayLease?> TryAcquireAsync(TimeSpan checkEvery, CancellationToken cancellationToken);
}
