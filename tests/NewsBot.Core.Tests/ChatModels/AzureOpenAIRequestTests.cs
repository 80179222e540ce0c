using NewsBot.Core.ChatModels;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>
/// What Azure OpenAI receives from NewsBot on a resource endpoint (Azure.AI.OpenAI): the deployment in the path, the
/// service version in <c>api-version</c>, the key in <c>api-key</c>, a streamed request, and the usage it reports back.
/// </summary>
public sealed class AzureOpenAIRequestTests
{
    [Fact]
    public async Task Key_request_goes_to_the_deployment_url_with_api_version_and_the_api_key_header()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(script: FakeChatResponse.Completion("They met in New Delhi [1]."));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/openai/deployments/test-model/chat/completions", request.Path);
        Assert.Equal("?api-version=2024-10-21", request.Query);
        Assert.Equal("sk-test-secret-123", request.Header("api-key"));
        Assert.Null(request.Header("authorization"));
        Assert.Equal(0, request.Json.GetProperty("temperature").GetDouble());
        Assert.Equal(800, request.Json.GetProperty("max_completion_tokens").GetInt32());
        // Usage in a stream comes only when asked for: the last chunk then carries the token counts.
        Assert.True(request.Json.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        Assert.Contains("Question: where did they meet?", request.MessageContent("user"));
        Assert.Equal("They met in New Delhi [1].", reply.Answer);
    }

    [Fact]
    public async Task Configured_service_version_is_sent_as_api_version()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(
            new Dictionary<string, string?> { ["ChatModel:ApiVersion"] = "2024-06-01" },
            FakeChatResponse.Completion("They met in New Delhi [1]."));

        await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal("?api-version=2024-06-01", Assert.Single(harness.Server.Requests).Query);
    }

    [Fact]
    public async Task Answer_streams_piece_by_piece_and_the_reply_carries_the_token_usage()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(script:
            FakeChatResponse.Completion("They met in New Delhi [1].") with { PromptTokens = 500, CompletionTokens = 40 });

        var (deltas, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.True(Assert.Single(harness.Server.Requests).Json.GetProperty("stream").GetBoolean());
        Assert.True(deltas.Count > 1, $"{deltas.Count} piece(s)");
        Assert.Equal("They met in New Delhi [1].", string.Concat(deltas));
        Assert.Equal(new TokenUsage(500, 40, 540), reply.Usage);
        Assert.Contains(harness.Logs.Lines, line => line.Message.StartsWith("Chat model test-model answered", StringComparison.Ordinal)
            && line.Message.Contains("500 prompt tokens, 40 completion tokens, 540 total tokens", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Follow_up_rewrite_goes_to_the_same_deployment_without_streaming()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(script: FakeChatResponse.Completion("When did Blinken and Lavrov meet?"));

        var rewritten = await harness.Rewriter.RewriteAsync("when was that?",
            [new NewsBot.Core.Conversations.ConversationTurn("where did Blinken and Lavrov meet?", "where did Blinken and Lavrov meet?", "In New Delhi [1].")],
            CancellationToken.None);

        Assert.Equal("When did Blinken and Lavrov meet?", rewritten);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/openai/deployments/test-model/chat/completions", request.Path);
        Assert.False(request.Json.TryGetProperty("stream", out var stream) && stream.GetBoolean());
    }
}
