namespace NewsBot.Core.Answering;

/// <summary>
/// Writes a cited answer from retrieved passages: the extractive answerer, or a chat model with
/// citation checking and extractive fallback. The last update is always the final <see cref="Reply"/>.
/// </summary>
public interface IAnswerWriter
{
    /// <summary>Streams text updates, then the final checked reply.</summary>
    IAsyncEnumerable<AnswerUpdate> WriteAsync(AnswerRequest request, CancellationToken cancellationToken);
}
