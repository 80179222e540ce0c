using NewsBot.Host.Startup;

namespace NewsBot.Host.Web;

/// <summary>Body of <c>POST /api/ask</c> and <c>/api/ask/stream</c>.</summary>
internal sealed record AskRequest(string? Question, string? ConversationId)
{
    /// <summary>
    /// The conversation in the store that Slack and Discord share: a web client names only web conversations, so
    /// it can neither read nor steer a Slack thread's or a Discord channel's follow-ups by sending their id.
    /// </summary>
    public string? ScopedConversationId => ConversationId is null ? null : "web:" + ConversationId;

    public string? Problem(int maxQuestionChars) =>
        InputLimits.QuestionProblem(Question, maxQuestionChars)
        ?? (ConversationId is { Length: > InputLimits.MaxConversationIdChars }
            ? $"'conversationId' is longer than {InputLimits.MaxConversationIdChars} characters."
            : null);
}
