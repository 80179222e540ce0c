namespace NewsBot.Core.Inbox;

/// <summary>
/// Where acknowledged requests wait until they are answered: in this process (<see cref="InMemoryInbox"/>, the default,
/// one host) or in a database several hosts share. With a shared one, a request is recorded before the platform is
/// acknowledged, the host that recorded it holds a lease while it answers, and a request whose host died mid-answer is
/// taken over by another host once the lease runs out (<see cref="InboxPoller"/>).
/// </summary>
public interface IInbox
{
    /// <summary>Whether recorded requests outlive this process, so another host may finish one (a shared database).</summary>
    bool Durable { get; }

    /// <summary>
    /// Records the request with this host's lease on it. False when its key was recorded before (a retry, the other of
    /// a mention's two events, a copy delivered to another host): then it must not be answered again. Throws
    /// <see cref="Index.CatalogUnavailableException"/> when the store cannot be reached: the caller must not acknowledge.
    /// </summary>
    ValueTask<bool> TryAddAsync(InboxItem item, CancellationToken cancellationToken);

    /// <summary>Extends this host's lease while it answers; false when the lease is no longer this host's.</summary>
    ValueTask<bool> RenewAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Extends this host's lease on each of <paramref name="keys"/> at once (one statement, however many wait in a
    /// queue); returns the keys whose lease is still this host's.
    /// </summary>
    ValueTask<IReadOnlySet<string>> RenewAllAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>The request is answered (or its failure was told): no host runs it again.</summary>
    ValueTask CompleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Takes over, with a fresh lease, up to <paramref name="max"/> of the platform's requests whose lease ran out unanswered.</summary>
    ValueTask<IReadOnlyList<InboxItem>> ClaimAbandonedAsync(string platform, int max, CancellationToken cancellationToken);

    /// <summary>Records what the reply was posted as (a Slack message <c>ts</c>), so a re-run edits it instead of posting again.</summary>
    ValueTask SetReplyAsync(string key, string reply, CancellationToken cancellationToken);

    /// <summary>The reply recorded for the request, or null when none was posted yet.</summary>
    ValueTask<string?> ReplyAsync(string key, CancellationToken cancellationToken);
}
