using NewsBot.Core.Answering;
using NewsBot.Core.Articles;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// The replies shown when the model's answer cannot be: the extractive answer with a short note, the not-found form,
/// or (credentials refused) an apology. Every front end renders these as it renders any <see cref="Reply"/>.
/// </summary>
public sealed class ModelFallbackReplies(ExtractiveAnswerer extractive)
{
    /// <summary>Note when the model took longer than <see cref="ChatModelOptions.Timeout"/>.</summary>
    public const string TimeoutNote = "The chat model took too long, so the best matching sentences from the articles are shown instead.";
    /// <summary>Note when the model service failed after its retries.</summary>
    public const string UnavailableNote = "The chat model is unavailable right now, so the best matching sentences from the articles are shown instead.";
    /// <summary>Note when the model service still said 429 (too many requests) after its retries.</summary>
    public const string RateLimitedNote = "The chat model is busy (too many requests) right now, so the best matching sentences from the articles are shown instead.";
    /// <summary>Note when Azure OpenAI's content filter blocked the question, the passages or the answer.</summary>
    public const string ContentFilterNote = "The chat model's content filter declined to answer this, so the best matching sentences from the articles are shown instead.";
    /// <summary>Note when the model's reply could not be read.</summary>
    public const string UnreadableNote = "The chat model sent a reply that could not be read, so the best matching sentences from the articles are shown instead.";
    /// <summary>Note when no sentence of the model's answer was backed by a citation.</summary>
    public const string UncheckedNote = "The chat model's answer could not be checked against the sources, so the best matching sentences are shown instead.";
    /// <summary>The apology users see while the model refuses the bot's credentials.</summary>
    public const string ApologyAnswer = "Sorry, I can't answer right now: the chat model refused the bot's credentials. An administrator has been told in the log.";

    private const int ClosestArticles = 3;

    /// <summary>The extractive answer for the request, with a note saying why it is shown.</summary>
    public async Task<Reply> ExtractiveAsync(AnswerRequest request, string? note)
    {
        // Not the request's token: after a model timeout it is cancelled, and the fallback must still be written.
        var reply = await extractive.AnswerAsync(request.Question, request.Hits, CancellationToken.None);
        return note is null ? reply : reply with { Note = note };
    }

    /// <summary>The model's not-found form as an explicit not-found reply naming the closest articles.</summary>
    public Reply NotFound(AnswerRequest request) =>
        new("I couldn't find an answer to that in the articles I know.", Abstained: true, Citations: [])
        {
            Closest = Closest(request),
        };

    /// <summary>No answer and no citations: abstained, with the apology and the closest articles to read meanwhile.</summary>
    public Reply Apology(AnswerRequest request) =>
        new(ApologyAnswer, Abstained: true, Citations: [])
        {
            Closest = Closest(request),
            Note = "The chat model is not available (authentication failed).",
        };

    private static IReadOnlyList<ArticleSummary> Closest(AnswerRequest request) =>
        [.. request.Hits
            .Select(hit => hit.Passage)
            .DistinctBy(passage => passage.ArticleId)
            .Take(ClosestArticles)
            .Select(passage => new ArticleSummary(passage.ArticleId, passage.Title, passage.Published, Source: null, passage.Url))];
}
