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

    /// <summary>The completion's <c>finish_reason</c>; Azure says <c>content_filter</c> when its filter cut the answer off.</summary>
    public string FinishReason { get; init; } = "stop";

    /// <summary>Further response headers, e.g. Azure's <c>retry-after-ms</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

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

    /// <summary>
    /// Azure OpenAI's refusal of a prompt its content filter blocked: HTTP 400, <c>error.code = "content_filter"</c> and the
    /// per-category <c>innererror.content_filter_result</c> (here: violence, medium).
    /// </summary>
    public static FakeChatResponse ContentFilterError() => new()
    {
        Status = 400,
        RawBody = """
            {"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
            "type":null,"param":"prompt","code":"content_filter","status":400,
            "innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{
            "hate":{"filtered":false,"severity":"safe"},"jailbreak":{"filtered":false,"detected":false},
            "self_harm":{"filtered":false,"severity":"safe"},"sexual":{"filtered":false,"severity":"safe"},
            "violence":{"filtered":true,"severity":"medium"}}}}}
            """,
    };

    /// <summary>A 200 whose body is sent as is (for malformed JSON or a broken stream).</summary>
    public static FakeChatResponse Raw(string body) => new() { RawBody = body };
}
