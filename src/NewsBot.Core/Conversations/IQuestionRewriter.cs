namespace NewsBot.Core.Conversations;

/// <summary>Turns a follow-up ("and when was that?") into a standalone question using recent turns.</summary>
public interface IQuestionRewriter
{
    /// <summary>Returns the question unchanged when there is no history or it already stands alone.</summary>
    ValueTask<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken);
}
