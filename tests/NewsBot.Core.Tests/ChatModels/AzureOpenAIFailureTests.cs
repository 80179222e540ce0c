using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using NewsBot.Core.ChatModels;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>
/// Azure OpenAI failing the ways it does in production, on the resource endpoint: each ends in a clear reply (the
/// extractive answer with a note), one log line without a stack trace at Warning or above, and never an exception.
/// </summary>
public sealed class AzureOpenAIFailureTests
{
    [Fact]
    public async Task Too_many_requests_waits_for_azures_retry_after_ms_then_answers()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(script:
        [
            FakeChatResponse.Error(429) with { Headers = new Dictionary<string, string> { ["retry-after-ms"] = "1500" } },
            FakeChatResponse.Completion("They met in New Delhi [1]."),
        ]);

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        var requests = harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        // The SDK's own backoff for a first retry is under a second; 1.5 s means Azure's header was honoured.
        Assert.True(requests[1].Received - requests[0].Received >= TimeSpan.FromMilliseconds(1400),
            $"retried after {(requests[1].Received - requests[0].Received).TotalMilliseconds} ms");
        Assert.Equal("They met in New Delhi [1].", reply.Answer);
        Assert.Null(reply.Note);
    }

    [Fact]
    public async Task Storm_of_429s_is_retried_max_retries_times_then_the_extractive_answer_says_the_model_is_busy()
    {
        // A generous timeout: the SDK's own backoff between the three tries must not race the clock on a loaded machine
        // (with the harness's 5 s the third try was sometimes cut off in CI).
        await using var harness = await ChatModelHarness.StartAzureAsync(
            new Dictionary<string, string?> { ["ChatModel:Timeout"] = "00:00:30" }, FakeChatResponse.Error(429, retryAfter: "0"));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(3, harness.Server.Requests.Count); // the first try and MaxRetries = 2, nothing more
        Assert.Equal(ModelFallbackReplies.RateLimitedNote, reply.Note);
        AssertExtractive(reply);
        AssertOneWarningWithoutStackTrace(harness, "HTTP 429");
    }

    [Fact]
    public async Task Content_filter_refusal_of_the_prompt_is_a_clear_note_and_names_the_category_in_the_log()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(script: FakeChatResponse.ContentFilterError());

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Single(harness.Server.Requests); // a refusal is an answer, not an outage: no retry
        Assert.Equal(ModelFallbackReplies.ContentFilterNote, reply.Note);
        AssertExtractive(reply);
        var warning = AssertOneWarningWithoutStackTrace(harness, "content filter blocked the prompt");
        Assert.Contains("violence (medium)", warning);
    }

    [Fact]
    public async Task Answer_cut_off_by_the_content_filter_is_replaced_by_the_extractive_answer_with_a_note()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(script:
            FakeChatResponse.Completion("They met in New Delhi [1] and") with { FinishReason = "content_filter" });

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(ModelFallbackReplies.ContentFilterNote, reply.Note);
        Assert.DoesNotContain("and", reply.Answer.Split(' ').TakeLast(1));
        AssertExtractive(reply);
        AssertOneWarningWithoutStackTrace(harness, "content filter blocked the answer");
        Assert.Equal(new TokenUsage(321, 17, 338), reply.Usage); // tokens were spent all the same
    }

    [Fact]
    public async Task Slow_deployment_past_the_timeout_shows_the_extractive_answer_with_a_note()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(
            new Dictionary<string, string?> { ["ChatModel:Timeout"] = "00:00:00.500" },
            FakeChatResponse.Completion("They met in New Delhi [1].") with { Delay = TimeSpan.FromSeconds(20) });
        var clock = Stopwatch.StartNew();

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        // Well short of the deployment's 20 s: the timeout cut it off. (Not a speed check: the extractive fallback loads
        // the sentence encoder on its first answer, which takes seconds on a loaded 2-core machine.)
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Equal(ModelFallbackReplies.TimeoutNote, reply.Note);
        AssertExtractive(reply);
    }

    [Fact]
    public async Task Dead_endpoint_shows_the_extractive_answer_saying_the_model_is_unavailable()
    {
        await using var harness = await ChatModelHarness.StartAzureAsync(new Dictionary<string, string?>
        {
            ["ChatModel:Endpoint"] = $"http://127.0.0.1:{ClosedPort()}/", ["ChatModel:MaxRetries"] = "0",
        });

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(ModelFallbackReplies.UnavailableNote, reply.Note);
        AssertExtractive(reply);
        AssertOneWarningWithoutStackTrace(harness, "failed after the SDK's retries");
    }

    // A port that was just free: nothing listens there, so connecting is refused.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string AssertOneWarningWithoutStackTrace(ChatModelHarness harness, string expected)
    {
        var serious = harness.Logs.Lines.Where(line => line.Level >= LogLevel.Warning).ToList();
        var warning = Assert.Single(serious);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(expected, warning.Message);
        Assert.DoesNotContain("   at ", harness.Logs.Lines.Where(line => line.Level >= LogLevel.Information).Select(line => line.Message));
        return warning.Message;
    }

    private static void AssertExtractive(NewsBot.Core.Answering.Reply reply)
    {
        Assert.False(reply.Abstained);
        Assert.NotEmpty(reply.Citations);
        foreach (var citation in reply.Citations)
            Assert.Contains(citation.Quote, SampleHits.ArticleText(citation.ArticleId));
    }
}
