using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Startup;

/// <summary>The bot's own ids, learned from <c>auth.test</c> at start; events wait for them to filter the bot's own messages.</summary>
internal sealed class SlackBotIdentity
{
    private readonly TaskCompletionSource<SlackAuth> _auth = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<SlackAuth> WaitAsync(CancellationToken cancellationToken) => _auth.Task.WaitAsync(cancellationToken);

    public void Set(SlackAuth auth) => _auth.TrySetResult(auth);

    public void Fail(Exception error) => _auth.TrySetException(error);
}
