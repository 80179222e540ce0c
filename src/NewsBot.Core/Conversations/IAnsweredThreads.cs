namespace NewsBot.Core.Conversations;

/// <summary>
/// Threads the bot has answered in, by conversation id (a Slack thread), so a reply there continues the conversation
/// without a new mention: in this process (<see cref="InMemoryAnsweredThreads"/>, the default) or in a database several
/// hosts share. A thread is known for <see cref="InMemoryAnsweredThreads.Keep"/> after the bot last answered in it.
/// </summary>
public interface IAnsweredThreads
{
    /// <summary>Records that the bot answered in the thread now.</summary>
    ValueTask AddAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Whether the bot answered in the thread within the time a thread is kept.</summary>
    ValueTask<bool> ContainsAsync(string conversationId, CancellationToken cancellationToken);
}
