using NewsBot.Core.Conversations;

namespace NewsBot.Slack.Events;

/// <summary>
/// Threads the bot has answered in; a reply there continues the conversation without a new mention. Kept by
/// <see cref="IAnsweredThreads"/>: this host's memory, or the database several hosts share.
/// </summary>
internal sealed class SlackThreadRegistry(IAnsweredThreads answered)
{
    public static string ConversationId(string channel, string threadTs) => $"slack:{channel}:{threadTs}";

    public ValueTask AddAsync(string channel, string threadTs, CancellationToken cancellationToken) =>
        answered.AddAsync(ConversationId(channel, threadTs), cancellationToken);

    public ValueTask<bool> ContainsAsync(string channel, string threadTs, CancellationToken cancellationToken) =>
        answered.ContainsAsync(ConversationId(channel, threadTs), cancellationToken);
}
