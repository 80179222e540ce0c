using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// Writes answers with a chat model: streams the model's text as it arrives, then checks every citation before the
/// final reply. Failures are visible and never hang: timeout, outage, rate limit, content filter or unreadable output → the
/// extractive answer with a note; rejected credentials → a short apology (see docs/chat-models.md). The reply carries the
/// tokens the model reported (<see cref="Reply.Usage"/>).
/// </summary>
public sealed class ModelAnswerWriter(
    IChatClient client,
    AnswerPromptBuilder promptBuilder,
    CitationChecker checker,
    ModelFallbackReplies fallbacks,
    ExtractiveAnswerer scorer,
    IOptions<ChatModelOptions> options,
    TimeProvider time,
    ILogger<ModelAnswerWriter> logger) : IAnswerWriter
{
    private const string NotFoundForm = "NOT_FOUND";
    private readonly ChatModelOptions _options = options.Value;

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerUpdate> WriteAsync(
        AnswerRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // [1] Nothing retrieved: there is nothing to ground an answer in, so no model call.
        if (request.Hits.Count == 0)
        {
            yield return AnswerUpdate.Done(await fallbacks.ExtractiveAsync(request, note: null));
            yield break;
        }

        // [2] The passages in the answer model's order (the one holding the likeliest answer sentence first), then the
        //     prompt; logged by name and hash, never whole at Information.
        if (_options.OrderPassagesByAnswer)
            request = request with { Hits = await scorer.OrderByAnswerAsync(request.Question, request.Hits, cancellationToken) };
        var prompt = promptBuilder.Build(request);
        var passageIds = string.Join(' ', prompt.Given.Select(hit => hit.Passage.Id));
        ChatModelLog.PromptText(logger, PromptLibrary.AnswerUser, prompt.Messages[^1].Text);
        var chatOptions = new ChatOptions { Temperature = _options.Temperature, MaxOutputTokens = _options.MaxOutputTokens };

        // [3] Stream under one deadline that covers the SDK's retries too.
        using var deadline = new CancellationTokenSource(_options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var started = time.GetTimestamp();
        var text = new StringBuilder();
        UsageDetails? usage = null;
        string model = _options.Model ?? "";
        Exception? failure = null;
        var shown = 0;
        await using (var updates = client.GetStreamingResponseAsync(prompt.Messages, chatOptions, linked.Token).GetAsyncEnumerator(linked.Token))
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    if (!await updates.MoveNextAsync())
                        break;
                    update = updates.Current;
                }
                catch (Exception exception) when (ChatModelFailure.Classify(exception, cancellationToken) is not null)
                {
                    failure = exception;
                    break;
                }
                model = string.IsNullOrEmpty(update.ModelId) ? model : update.ModelId;
                foreach (var content in update.Contents.OfType<UsageContent>())
                    usage = content.Details;
                // Azure's content filter cut the answer off: what arrived so far is no answer to show.
                if (update.FinishReason == ChatFinishReason.ContentFilter)
                    failure = ContentFilteredException.Answer();
                if (update.Text is { Length: > 0 } delta)
                {
                    text.Append(delta);
                    // The not-found form is not text for readers: hold pieces back while the answer could still be it.
                    if (MayBeNotFound(text))
                        continue;
                    yield return AnswerUpdate.Text(shown == 0 ? text.ToString() : delta);
                    shown = text.Length;
                }
            }
        }
        var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;

        // [4] Failure → a reply that says so; success → the citation check decides what is shown.
        var tokens = TokenUsage.From(usage);
        if (failure is not null)
        {
            yield return AnswerUpdate.Done(await FailedAsync(request, failure, model, cancellationToken) with { Usage = tokens });
            yield break;
        }
        ChatModelLog.Answered(logger, model, PromptLibrary.AnswerUser, prompt.Hash, passageIds,
            tokens?.PromptTokens, tokens?.CompletionTokens, tokens?.TotalTokens, elapsedMs);
        yield return AnswerUpdate.Done(await CheckedAsync(request, text.ToString().Trim(), prompt) with { Usage = tokens });
    }

    private static bool MayBeNotFound(StringBuilder text)
    {
        var soFar = text.ToString().TrimStart();
        return soFar.Length < NotFoundForm.Length
            ? NotFoundForm.StartsWith(soFar, StringComparison.OrdinalIgnoreCase)
            : soFar.StartsWith(NotFoundForm, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<Reply> CheckedAsync(AnswerRequest request, string answer, AnswerPrompt prompt)
    {
        if (answer.StartsWith(NotFoundForm, StringComparison.OrdinalIgnoreCase))
            return fallbacks.NotFound(request);
        if (checker.Check(answer, prompt.Given) is { } reply)
            return reply;
        ChatModelLog.NothingSupported(logger);
        return await fallbacks.ExtractiveAsync(request, ModelFallbackReplies.UncheckedNote);
    }

    private async Task<Reply> FailedAsync(AnswerRequest request, Exception failure, string model, CancellationToken cancellationToken)
    {
        ChatModelLog.FailureDetail(logger, failure);
        switch (ChatModelFailure.Classify(failure, cancellationToken))
        {
            case ChatModelFailureKind.Timeout:
                ChatModelLog.TimedOut(logger, model, (long)_options.Timeout.TotalMilliseconds);
                return await fallbacks.ExtractiveAsync(request, ModelFallbackReplies.TimeoutNote);
            case ChatModelFailureKind.Unauthorized:
                ChatModelLog.Unauthorized(logger, model, ChatModelFailure.StatusOf(failure), ChatModelFailure.CredentialSetting(_options));
                return fallbacks.Apology(request);
            case ChatModelFailureKind.RateLimited:
                ChatModelLog.RateLimited(logger, model);
                return await fallbacks.ExtractiveAsync(request, ModelFallbackReplies.RateLimitedNote);
            case ChatModelFailureKind.ContentFiltered:
                var refusal = ChatModelFailure.ContentFilterOf(failure);
                ChatModelLog.ContentFiltered(logger, model, refusal.Where, refusal.Categories);
                return await fallbacks.ExtractiveAsync(request, ModelFallbackReplies.ContentFilterNote);
            case ChatModelFailureKind.Malformed:
                ChatModelLog.Malformed(logger, model, ChatModelFailure.ReasonOf(failure));
                return await fallbacks.ExtractiveAsync(request, ModelFallbackReplies.UnreadableNote);
            default:
                ChatModelLog.Failed(logger, model, ChatModelFailure.ReasonOf(failure));
                return await fallbacks.ExtractiveAsync(request, ModelFallbackReplies.UnavailableNote);
        }
    }
}
