using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsBot.Core.ChatModels;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>Each way the model can fail ends in the documented reply (docs/chat-models.md), never a hang.</summary>
public sealed class ChatModelFailureTests
{
    [Fact]
    public async Task Too_many_requests_with_retry_after_is_retried_by_the_sdk_then_answers()
    {
        await using var harness = await ChatModelHarness.StartAsync(script:
            [FakeChatResponse.Error(429, retryAfter: "1"), FakeChatResponse.Completion("They met in New Delhi [1].")]);

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Equal("They met in New Delhi [1].", reply.Answer);
        Assert.Null(reply.Note);
    }

    [Fact]
    public async Task Server_error_on_every_try_shows_the_extractive_answer_with_a_note()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Error(500, retryAfter: "0"));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(3, harness.Server.Requests.Count); // the first try and MaxRetries = 2, nothing more
        Assert.Equal(ModelFallbackReplies.UnavailableNote, reply.Note);
        AssertExtractive(reply);
        Assert.Contains(harness.Logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("HTTP 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slow_model_past_the_timeout_shows_the_extractive_answer_with_a_note()
    {
        await using var harness = await ChatModelHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["ChatModel:Timeout"] = "00:00:00.500" },
            script: FakeChatResponse.Completion("They met in New Delhi [1].") with { Delay = TimeSpan.FromSeconds(20) });
        var clock = Stopwatch.StartNew();

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        // Well short of the model's 20 s: the timeout cut it off (the extractive fallback's first answer loads the encoder).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Equal(ModelFallbackReplies.TimeoutNote, reply.Note);
        AssertExtractive(reply);
    }

    [Fact]
    public async Task Malformed_stream_json_shows_the_extractive_answer_with_a_note()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Raw(
            "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"They met [1\n\n"));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(ModelFallbackReplies.UnreadableNote, reply.Note);
        AssertExtractive(reply);
    }

    [Fact]
    public async Task Reply_without_any_citation_falls_back_to_the_extractive_answer()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Completion("They met in New Delhi, I believe."));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(ModelFallbackReplies.UncheckedNote, reply.Note);
        Assert.DoesNotContain("I believe", reply.Answer);
        AssertExtractive(reply);
    }

    [Fact]
    public async Task Rejected_key_logs_one_clear_line_naming_the_setting_and_users_get_an_apology()
    {
        await using var harness = await ChatModelHarness.StartAsync("AzureOpenAI", "/openai/v1", script: FakeChatResponse.Error(401));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Single(harness.Server.Requests); // 401 is not retried
        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
        Assert.Equal(ModelFallbackReplies.ApologyAnswer, reply.Answer);
        var error = Assert.Single(harness.Logs.Lines, line => line.Level == LogLevel.Error);
        Assert.Contains("HTTP 401", error.Message);
        Assert.Contains("ChatModel:ApiKey", error.Message);
        Assert.DoesNotContain("sk-test-secret-123", harness.Logs.All);
    }

    [Fact]
    public async Task Forbidden_is_treated_like_a_rejected_key()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Error(403));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.True(reply.Abstained);
        Assert.Contains(harness.Logs.Lines, line => line.Level == LogLevel.Error && line.Message.Contains("ChatModel:ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caller_cancellation_is_not_mistaken_for_a_timeout()
    {
        await using var harness = await ChatModelHarness.StartAsync(
            script: FakeChatResponse.Completion("x [1].") with { Delay = TimeSpan.FromSeconds(20) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.WriteAsync("where did they meet?", SampleHits.Meeting(), cancel.Token));
    }

    // The extractive answer quotes the articles: cited, every quote verbatim, no model wording.
    private static void AssertExtractive(NewsBot.Core.Answering.Reply reply)
    {
        Assert.False(reply.Abstained);
        Assert.NotEmpty(reply.Citations);
        foreach (var citation in reply.Citations)
            Assert.Contains(citation.Quote, SampleHits.ArticleText(citation.ArticleId));
    }
}
