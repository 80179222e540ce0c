using NewsBot.Core.Answering;
using NewsBot.Core.ChatModels;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>What a real chat-completions server receives from NewsBot, per provider.</summary>
public sealed class ChatModelRequestTests
{
    [Fact]
    public async Task Azure_v1_endpoint_is_still_accepted_with_the_api_key_header_and_the_deployment_as_model()
    {
        await using var harness = await ChatModelHarness.StartAsync("AzureOpenAI", "/openai/v1",
            script: FakeChatResponse.Completion("They met in New Delhi [1]."));

        await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("", request.Query); // the v1 API takes no api-version
        Assert.Equal("sk-test-secret-123", request.Header("api-key"));
        Assert.Null(request.Header("authorization"));
        Assert.Equal("test-model", request.Json.GetProperty("model").GetString());
        Assert.Equal(0, request.Json.GetProperty("temperature").GetDouble());
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("OpenAICompatible")]
    public async Task OpenAI_and_compatible_requests_send_the_key_as_a_bearer_token(string provider)
    {
        await using var harness = await ChatModelHarness.StartAsync(provider, "/v1",
            script: FakeChatResponse.Completion("They met in New Delhi [1]."));

        await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test-secret-123", request.Header("authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.Equal("test-model", request.Json.GetProperty("model").GetString());
        Assert.Equal(0, request.Json.GetProperty("temperature").GetDouble());
        Assert.Equal(800, request.Json.GetProperty("max_completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Request_carries_the_system_prompt_and_the_numbered_passages_with_title()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Completion("They met in New Delhi [1]."));

        await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        var request = Assert.Single(harness.Server.Requests);
        var systemPrompt = File.ReadAllText(Path.Combine(RepoPaths.Prompts, "answer-system.md")).Trim();
        Assert.Equal(systemPrompt, request.MessageContent("system"));
        var user = request.MessageContent("user")!;
        Assert.Contains("Question: where did they meet?", user);
        Assert.Contains("<passage n=\"1\" title=\"Lavrov-Blinken Talks on Ukraine Crisis at G-20\"", user);
        Assert.Contains("[1] Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Antony Blinken met briefly", user);
        Assert.Contains("<passage n=\"2\" title=\"First meeting between Blinken and Lavrov since the Ukraine War\"", user);
        Assert.Contains("[2] According to Mr. Blinken, the two had a brief encounter outside of the G20 meeting in Mumbai.", user);
        Assert.True(request.Json.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task Answer_logs_tokens_latency_prompt_hash_and_passage_ids_but_never_the_key_or_prompt_text()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Completion("They met in New Delhi [1]."));

        await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        var info = harness.Logs.Lines.Where(line => line.Level >= Microsoft.Extensions.Logging.LogLevel.Information)
            .Select(line => line.Message).ToList();
        var answered = Assert.Single(info, line => line.StartsWith("Chat model test-model answered", StringComparison.Ordinal));
        Assert.Contains("321 prompt tokens, 17 completion tokens, 338 total tokens", answered);
        Assert.Contains($"{SampleHits.NewDelhiArticle}#1 {SampleHits.MumbaiArticle}#3", answered);
        Assert.Matches(@"prompt answer-user \([0-9a-f]{12}\)", answered);
        Assert.Contains(info, line => line.StartsWith("Loaded prompt answer-system (sha256 ", StringComparison.Ordinal));
        Assert.DoesNotContain("sk-test-secret-123", harness.Logs.All);
        Assert.DoesNotContain(info, line => line.Contains("met briefly on Thursday", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_retrieved_means_no_model_call_and_an_explicit_not_found()
    {
        await using var harness = await ChatModelHarness.StartAsync();

        var (_, reply) = await harness.WriteAsync("who won the 2022 World Cup?", []);

        Assert.Empty(harness.Server.Requests);
        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task Adapter_maps_a_json_completion_text_model_and_usage()
    {
        await using var server = (await FakeChatModelServer.StartAsync()).Script(FakeChatResponse.Completion("Plain answer."));
        using var client = ModelClientFactory.CreateChatClient(new ChatModelOptions
        {
            Provider = ChatModelProvider.OpenAICompatible, Endpoint = server.Endpoint, Model = "m1", MaxOutputTokens = 50,
        });

        var response = await client.GetResponseAsync([new(Microsoft.Extensions.AI.ChatRole.User, "hi")],
            new Microsoft.Extensions.AI.ChatOptions { Temperature = 0, MaxOutputTokens = 50 });

        Assert.Equal("Plain answer.", response.Text);
        Assert.Equal("m1", response.ModelId);
        Assert.Equal(321, response.Usage?.InputTokenCount);
        Assert.Equal(17, response.Usage?.OutputTokenCount);
        var request = Assert.Single(server.Requests);
        Assert.False(request.Json.TryGetProperty("stream", out var stream) && stream.GetBoolean());
        Assert.Equal(50, request.Json.GetProperty("max_completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Passages_go_to_the_model_in_the_answer_models_order_the_answering_one_first()
    {
        await using var harness = await ChatModelHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["ChatModel:OrderPassagesByAnswer"] = "true" },
            script: FakeChatResponse.Completion("It was over in less than 10 minutes [1]."));
        // Retrieval put the Mumbai paragraph first; only the other one says how long the conversation lasted.
        var hits = SampleHits.Containing("G20 meeting in Mumbai", "was over in less than 10 minutes");

        await harness.WriteAsync("how long did the conversation last?", hits);

        var user = Assert.Single(harness.Server.Requests).MessageContent("user")!;
        var first = user.IndexOf("[1] ", StringComparison.Ordinal);
        Assert.Contains("was over in less than 10 minutes", user[first..user.IndexOf("</passage>", first, StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}
