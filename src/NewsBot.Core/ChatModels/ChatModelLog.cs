using Microsoft.Extensions.Logging;

namespace NewsBot.Core.ChatModels;

/// <summary>Log messages of the chat-model path. Never the key, never a whole prompt at Information.</summary>
internal static partial class ChatModelLog
{
    [LoggerMessage(1, LogLevel.Information, "Loaded prompt {PromptName} (sha256 {PromptHash}) from {Path}")]
    public static partial void PromptLoaded(ILogger logger, string promptName, string promptHash, string path);

    [LoggerMessage(2, LogLevel.Information,
        "Chat model {ModelId} answered with prompt {PromptName} ({PromptHash}) over passages {PassageIds}: {PromptTokens} prompt tokens, {CompletionTokens} completion tokens, {TotalTokens} total tokens, {ElapsedMs} ms")]
    public static partial void Answered(
        ILogger logger, string modelId, string promptName, string promptHash, string passageIds,
        long? promptTokens, long? completionTokens, long? totalTokens, long elapsedMs);

    [LoggerMessage(3, LogLevel.Warning, "Chat model cited passages it was not given: {Markers}; the markers were dropped")]
    public static partial void UnknownCitations(ILogger logger, string markers);

    [LoggerMessage(4, LogLevel.Warning, "Removed {Count} answer sentence(s) without a valid citation")]
    public static partial void UncitedSentences(ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Warning, "Chat model answer had no supported sentence; showing the extractive answer")]
    public static partial void NothingSupported(ILogger logger);

    [LoggerMessage(6, LogLevel.Warning, "Chat model {ModelId} did not answer within {TimeoutMs} ms; showing the extractive answer")]
    public static partial void TimedOut(ILogger logger, string modelId, long timeoutMs);

    [LoggerMessage(7, LogLevel.Error,
        "Chat model {ModelId} refused our credentials (HTTP {Status}): check setting {Setting}. Users get an apology until it is fixed")]
    public static partial void Unauthorized(ILogger logger, string modelId, int status, string setting);

    // Expected outages log one line with the reason; the stack trace only at Debug.
    [LoggerMessage(8, LogLevel.Warning, "Chat model {ModelId} failed after the SDK's retries ({Reason}); showing the extractive answer")]
    public static partial void Failed(ILogger logger, string modelId, string reason);

    [LoggerMessage(9, LogLevel.Warning, "Chat model {ModelId} sent a reply that could not be read ({Reason}); showing the extractive answer")]
    public static partial void Malformed(ILogger logger, string modelId, string reason);

    [LoggerMessage(14, LogLevel.Warning, "Chat model {ModelId} still rate-limited (HTTP 429) after the SDK's retries; showing the extractive answer")]
    public static partial void RateLimited(ILogger logger, string modelId);

    [LoggerMessage(15, LogLevel.Warning,
        "Chat model {ModelId}: the content filter blocked the {Where} (categories: {Categories}); showing the extractive answer")]
    public static partial void ContentFiltered(ILogger logger, string modelId, string where, string categories);

    [LoggerMessage(13, LogLevel.Debug, "Chat model failure detail")]
    public static partial void FailureDetail(ILogger logger, Exception exception);

    [LoggerMessage(10, LogLevel.Debug, "Prompt {PromptName} as sent:\n{Prompt}")]
    public static partial void PromptText(ILogger logger, string promptName, string prompt);

    [LoggerMessage(11, LogLevel.Information, "Rewrote follow-up with chat model {ModelId} in {ElapsedMs} ms")]
    public static partial void Rewrote(ILogger logger, string modelId, long elapsedMs);

    [LoggerMessage(12, LogLevel.Warning, "Chat model could not rewrite the follow-up ({Reason}); carrying key terms instead")]
    public static partial void RewriteFellBack(ILogger logger, string reason);
}
