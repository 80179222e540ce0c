using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;

namespace NewsBot.Host.Tests;

/// <summary>
/// An answer writer the test steers: it fails the first <see cref="Failures"/> questions (as a broken model would),
/// and holds each answer until <see cref="Release"/>, so the page can be seen while it waits.
/// </summary>
internal sealed class ScriptedReplyWriter(Reply reply) : IAnswerWriter
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failures;

    public int Failures { get => _failures; init => _failures = value; }

    public bool Held { get; init; }

    public Action<IServiceCollection> Serving => services => services.AddSingleton<IAnswerWriter>(this);

    public void Release() => _gate.TrySetResult();

    public async IAsyncEnumerable<AnswerUpdate> WriteAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Held)
            await _gate.Task.WaitAsync(cancellationToken);
        if (Interlocked.Decrement(ref _failures) >= 0)
            throw new InvalidOperationException("The scripted writer fails this question.");
        yield return AnswerUpdate.Text(reply.Answer);
        yield return AnswerUpdate.Done(reply);
    }
}
