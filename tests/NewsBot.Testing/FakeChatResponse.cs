namespace NewsBot.Testing;

/// <summary>
/// One scripted answer of <see cref="FakeChatModelServer"/>: a completion text (sent as JSON, or as SSE chunks when the
/// request asks to stream), an HTTP error status with an optional <c>Retry-After</c>, or a raw body; optionally after a delay.
/// </summary>
public sealed record FakeChatResponse
{
    public int Status { get; init; } = 200;
    public string? Text { get; init; }
    public string? RetryAfter { get; init; }
    public string? RawBody { get; init; }
    public TimeSpan Delay { get; init; }
    public int PromptTokens { get; init; } = 321;
    public int CompletionTokens { get; init; } = 17;

    /// <summary>When streaming: the content pieces to send (default: <see cref="Text"/> split after each whitespace).</summary>
    public IReadOnlyList<string>? Pieces { get; init; }

    /// <summary>When streaming: after this many content chunks, wait for <see cref="Resume"/> before sending the rest.</summary>
    public int PauseAfterChunks { get; init; } = -1;

    /// <summary>Completes when the paused stream may go on (lets a test see pieces arrive before the model is done).</summary>
    public Task? Resume { get; init; }

    /// <summary>A completion whose content is <paramref name="text"/>.</summary>
    public static FakeChatResponse Completion(string text) => new() { Text = text };

    /// <summary>An error status with an OpenAI-style error body.</summary>
    public static FakeChatResponse Error(int status, string? retryAfter = null) => new()
    {
        Status = status,
        RetryAfter = retryAfter,
        RawBody = $$$"""{"error":{"message":"scripted {{{status}}}","type":"test","code":"{{{status}}}"}}""",
    };

    /// <summary>A 200 whose body is sent as is (for malformed JSON or a broken stream).</summary>
    public static FakeChatResponse Raw(string body) => new() { RawBody = body };
}
