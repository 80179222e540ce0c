using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using NewsBot.Core.Conversations;
using NewsBot.Core.Index;

namespace NewsBot.Core.Answering;

/// <summary>
/// The one answering pipeline every front end uses: rewrite a follow-up, retrieve, write a cited answer,
/// remember the turn.
/// </summary>
public sealed class AnswerService(
    PassageIndex index,
    IAnswerWriter writer,
    IQuestionRewriter rewriter,
    IConversationStore conversations,
    IOptions<AnsweringOptions> options)
{
    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Answers a question and returns the final checked reply.</summary>
    public async Task<Reply> AskAsync(string question, string? conversationId, CancellationToken cancellationToken)
    {
        Reply? final = null;
        await foreach (var update in AskStreamingAsync(question, conversationId, cancellationToken))
            final = update.Final ?? final;
        return final ?? throw new InvalidOperationException("The answer writer ended without a final reply.");
    }

    /// <summary>Streams the answer as it is written; the last update carries the final checked reply.</summary>
    public async IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(
        string question,
        string? conversationId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // [1] Normalise: the core never fails on what a user types; an over-long paste gets a reply naming the limit.
        var asked = question.Trim();
        if (TooLong(asked) is { } refusal)
        {
            yield return AnswerUpdate.Done(refusal);
            yield break;
        }

        // [2] A follow-up becomes a standalone question before retrieval.
        var history = conversationId is null ? [] : await conversations.RecentAsync(conversationId, cancellationToken);
        var standalone = history.Count == 0
            ? asked
            : await rewriter.RewriteAsync(asked, history, cancellationToken);

        // [3] Retrieve best-first.
        var hits = index.SearchForAnswer(standalone, _options.TopK, _options.MaxPassagesPerArticle);

        // [4] Write; the writer guarantees a final reply that is cited or an explicit not-found.
        Reply? final = null;
        await foreach (var update in writer.WriteAsync(new AnswerRequest(standalone, hits, history), cancellationToken))
        {
            if (update.Final is not null)
            {
                final = update.Final with { Question = standalone };
                yield return AnswerUpdate.Done(final);
            }
            else
            {
                yield return update;
            }
        }

        // [5] Remember the turn for follow-ups.
        if (conversationId is not null && final is not null)
            await conversations.AddAsync(conversationId, new ConversationTurn(asked, standalone, final.Answer), cancellationToken);
    }

    /// <summary>The reply to a question over the limit (nothing is searched or remembered), or null.</summary>
    private Reply? TooLong(string question) =>
        question.Length <= _options.MaxQuestionChars
            ? null
            : new Reply(
                string.Create(CultureInfo.InvariantCulture,
                    $"That question is {question.Length:N0} characters long; the limit is {_options.MaxQuestionChars:N0}. Please ask it in fewer words."),
                Abstained: true,
                Citations: []);
}
