using System.Runtime.CompilerServices;

namespace NewsBot.Core.Answering;

/// <summary>The answer writer used when no chat model is configured.</summary>
public sealed class ExtractiveAnswerWriter(ExtractiveAnswerer answerer) : IAnswerWriter
{
    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerUpdate> WriteAsync(
        AnswerRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reply = await answerer.AnswerAsync(request.Question, request.Hits, cancellationToken);
        yield return AnswerUpdate.Text(reply.Answer);
        yield return AnswerUpdate.Done(reply);
    }
}
