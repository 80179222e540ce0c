using System.ClientModel;
using System.Text.Json;
using Azure.Identity;

namespace NewsBot.Core.ChatModels;

/// <summary>How a model call failed, as far as the answer shown to the user is concerned.</summary>
internal enum ChatModelFailureKind
{
    /// <summary>Past <see cref="ChatModelOptions.Timeout"/> (retries included).</summary>
    Timeout,
    /// <summary>HTTP 401/403 or an Entra ID token that could not be had: a setting is wrong.</summary>
    Unauthorized,
    /// <summary>HTTP 429 still, after the SDK's retries honoured <c>Retry-After</c>.</summary>
    RateLimited,
    /// <summary>Azure OpenAI's content filter blocked the prompt or cut off the answer.</summary>
    ContentFiltered,
    /// <summary>Any other HTTP failure left after the SDK's retries (5xx, 404, connection refused).</summary>
    Unavailable,
    /// <summary>A response body or stream that is not valid chat-completions JSON.</summary>
    Malformed,
}

/// <summary>Classifies exceptions from the model path; anything not listed here is a bug and propagates.</summary>
internal static class ChatModelFailure
{
    /// <summary>The failure kind, or null when the exception is not a model failure (e.g. the caller cancelled).</summary>
    public static ChatModelFailureKind? Classify(Exception exception, CancellationToken caller) => exception switch
    {
        OperationCanceledException when !caller.IsCancellationRequested => ChatModelFailureKind.Timeout,
        ClientResultException { Status: 401 or 403 } => ChatModelFailureKind.Unauthorized,
        AuthenticationFailedException => ChatModelFailureKind.Unauthorized,
        ContentFilteredException => ChatModelFailureKind.ContentFiltered,
        ClientResultException refused when ContentFilteredException.FromError(refused) is not null => ChatModelFailureKind.ContentFiltered,
        ClientResultException { Status: 429 } => ChatModelFailureKind.RateLimited,
        ClientResultException => ChatModelFailureKind.Unavailable,
        JsonException or FormatException or InvalidOperationException or KeyNotFoundException => ChatModelFailureKind.Malformed,
        _ => null,
    };

    /// <summary>The content-filter refusal behind a failure classified <see cref="ChatModelFailureKind.ContentFiltered"/>.</summary>
    public static ContentFilteredException ContentFilterOf(Exception exception) => exception as ContentFilteredException
        ?? (exception is ClientResultException refused ? ContentFilteredException.FromError(refused) : null)
        ?? new ContentFilteredException("prompt", "unknown");

    /// <summary>The HTTP status behind a failure, 0 when there was none (e.g. connection refused).</summary>
    public static int StatusOf(Exception exception) => exception is ClientResultException result ? result.Status : 0;

    /// <summary>A one-line reason for the log: the HTTP status, else the exception's first line.</summary>
    public static string ReasonOf(Exception exception) => exception is ClientResultException { Status: > 0 } result
        ? $"HTTP {result.Status}"
        : exception.GetType().Name + ": " + exception.Message.Split('\n', 2)[0].Trim();

    /// <summary>The setting a 401/403 points at, for the one clear log line.</summary>
    public static string CredentialSetting(ChatModelOptions options) => options.UseEntraId
        ? "ChatModel:UseEntraId (the identity DefaultAzureCredential finds needs the 'Cognitive Services OpenAI User' role)"
        : "ChatModel:ApiKey (environment variable ChatModel__ApiKey)";
}
