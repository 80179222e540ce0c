using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Embeddings;

/// <summary>Log messages of the sentence encoder.</summary>
internal static partial class EmbeddingsLog
{
    [LoggerMessage(1, LogLevel.Information, "Loaded sentence encoder {ModelId} in {ElapsedMs} ms")]
    public static partial void Loaded(ILogger logger, string modelId, long elapsedMs);

    [LoggerMessage(2, LogLevel.Warning, "sentence encoder failed to load: {Reason}; answering without semantic similarity")]
    public static partial void FailedToLoad(ILogger logger, string reason);

    // The warning stays one line; the stack trace is there for whoever turns Debug on.
    [LoggerMessage(3, LogLevel.Debug, "Sentence encoder failure detail")]
    public static partial void FailureDetail(ILogger logger, Exception exception);
}
