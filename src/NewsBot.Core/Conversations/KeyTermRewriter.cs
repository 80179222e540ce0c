namespace NewsBot.Core.Conversations;

/// <summary>
/// Rewrites a follow-up without a model: when the question leans on earlier turns ("when did that happen?" — a word
/// pointing back, or hardly any content words of its own), the previous standalone question's key terms are carried
/// into it, so retrieval finds the same subject. A question that stands alone is returned unchanged.
/// </summary>
public sealed class KeyTermRewriter : IQuestionRewriter
{
    // A question with fewer content words than this cannot name its own subject ("and when?", "why?").
    private const int StandaloneTerms = 2;

    /// <inheritdoc />
    public ValueTask<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Rewrite(question, history));

    /// <summary>The synchronous rewrite (also the chat model's fallback).</summary>
    public static string Rewrite(string question, IReadOnlyList<ConversationTurn> history)
    {
        if (history.Count == 0)
            return question;
        var own = KeyTerms.Of(question);
        if (!KeyTerms.RefersBack(question) && own.Count >= StandaloneTerms)
            return question;

        // The previous standalone question already carries whatever it inherited, so a chain of follow-ups keeps its subject.
        var carried = KeyTerms.Of(history[^1].StandaloneQuestion).Where(term => !own.Contains(term)).ToList();
        return carried.Count == 0 ? question : $"{question.TrimEnd()} ({string.Join(' ', carried)})";
    }
}
