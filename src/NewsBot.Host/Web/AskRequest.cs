using NewsBot.Host.Startup;

namespace NewsBot.Host.Web;

/// <summary>Body of <c>POST /api/ask</c> and <c>/api/ask/stream</c>.</summary>
internal sealed record AskRequest(string? Question, string? ConversationId)
{
    public string? Problem(int maxQuestionChars) =>
        InputLimits.QuestionProblem(Question, maxQuestionChars)
        ?? (ConversationId is { Length: > InputLimits.MaxConversationIdChars }
            ? $"'conversationId' is longer than {InputLimits.MaxConversationIdChars} characters."
            : null);
}
