using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Conversations;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// Rewrites a follow-up into a standalone question with the chat model (prompt <c>rewrite-system</c>/<c>rewrite-user</c>).
/// When the model fails or says something unusable, the key-term rewrite is used, so retrieval always gets a question.
/// </summary>
public sealed class ModelQuestionRewriter(
    IChatClient client,
    PromptLibrary prompts,
    IOptions<ChatModelOptions> options,
    TimeProvider time,
    ILogger<ModelQuestionRewriter> logger) : IQuestionRewriter
{
    // A rewrite this much longer than question plus history is the model chatting, not rewriting.
    private const int MaxRewriteChars = 500;
    private readonly ChatModelOptions _options = options.Value;

    /// <inheritdoc />
    public async ValueTask<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        if (history.Count == 0)
            return question;

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, prompts[PromptLibrary.RewriteSystem].Text),
            new(ChatRole.User, prompts.Render(PromptLibrary.RewriteUser, new Dictionary<string, string>
            {
                ["history"] = Turns(history),
                ["question"] = QuotedText.Escape(question),
            })),
        };
        using var deadline = new CancellationTokenSource(_options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var started = time.GetTimestamp();
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(messages, new ChatOptions { Temperature = 0, MaxOutputTokens = 100 }, linked.Token);
        }
        catch (Exception exception) when (ChatModelFailure.Classify(exception, cancellationToken) is { } kind)
        {
            ChatModelLog.RewriteFellBack(logger, kind.ToString());
            return KeyTermRewriter.Rewrite(question, history);
        }
        ChatModelLog.Rewrote(logger, response.ModelId ?? _options.Model ?? "", (long)time.GetElapsedTime(started).TotalMilliseconds);

        var rewritten = response.Text.Trim().Split('\n', 2)[0].Trim().Trim('"', '“', '”');
        if (rewritten.Length == 0 || rewritten.Length > MaxRewriteChars)
        {
            ChatModelLog.RewriteFellBack(logger, "unusable rewrite");
            return KeyTermRewriter.Rewrite(question, history);
        }
        return rewritten;
    }

    private static string Turns(IReadOnlyList<ConversationTurn> history)
    {
        var turns = new StringBuilder();
        foreach (var turn in history)
            turns.Append("Q: ").AppendLine(QuotedText.Escape(turn.StandaloneQuestion)).Append("A: ").AppendLine(QuotedText.Escape(turn.Answer));
        return turns.ToString().TrimEnd();
    }
}
