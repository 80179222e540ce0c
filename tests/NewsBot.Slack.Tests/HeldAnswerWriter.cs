using System.Runtime.CompilerServices;
using NewsBot.Core.Answering;

namespace NewsBot.Slack.Tests;

/// <summary>
/// An answer held until <see cref="Release"/>: the host holding it is killed mid-answer (<see cref="SlackBot.DisposeAsync"/>),
/// or kept busy while its queue waits. Once released, every question gets <see cref="Text"/>, uncited.
/// </summary>
internal sealed class HeldAnswerWriter : IAnswerWriter
{
    public const string Text = "The held answer.";

    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set once a question reached the writer: the host is mid-answer.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public async IAsyncEnumerable<AnswerUpdate> WriteAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
        yield return AnswerUpdate.Done(new Reply(Text, false, []));
    }
}
