namespace NewsBot.Core.Conversations;

/// <summary>
/// Rewrites a follow-up without a model: when the question leans on earlier turns ("when was that?"),
/// the previous question's key terms are carried into it.
/// </summary>
public sealed class KeyTermRewriter : IQuestionRewriter
{
    /// <inheritdoc />
    public ValueTask<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        if (history.Count == 0)
            return ValueTask.FromResult(question);
        // Placeholder until the follow-up issue lands: append the previous standalone question.
        return ValueTask.FromResult($"{question} {history[^1].StandaloneQuestion}");
    }
}
