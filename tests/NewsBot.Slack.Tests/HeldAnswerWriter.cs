using System.Runtime.CompilerServices;
using NewsBot.Core.Answering;

namespace NewsBot.Slack.Tests;

/// <summary>An answer that never comes: the host holding it is killed mid-answer (<see cref="SlackBot.DisposeAsync"/>).</summary>
internal sealed class HeldAnswerWriter : IAnswerWriter
{
    /// <summary>Set once a question reached the writer: the host is mid-answer.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async IAsyncEnumerable<AnswerUpdate> WriteAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }
}
