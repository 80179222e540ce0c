using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using NewsBot.Core.ChatModels;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>Azure with UseEntraId: a bearer token for the Cognitive Services scope, no api-key header, on either endpoint.</summary>
public sealed class EntraIdTests
{
    private const string CognitiveServicesScope = "https://cognitiveservices.azure.com/.default";

    [Fact]
    public async Task Entra_id_on_the_resource_endpoint_sends_a_bearer_token_to_the_deployment_url()
    {
        await using var server = (await FakeChatModelServer.StartAsync(tls: true)).Script(FakeChatResponse.Completion("ok"));
        var credential = new TestTokenCredential();
        using var http = new HttpClient(server.TrustingHandler());
        using var client = ModelClientFactory.CreateChatClient(new ChatModelOptions
        {
            Provider = ChatModelProvider.AzureOpenAI, Endpoint = server.ResourceEndpoint, Model = "gpt-4o", UseEntraId = true,
        }, credential, new HttpClientPipelineTransport(http));

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("ok", response.Text);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/gpt-4o/chat/completions", request.Path);
        Assert.Equal("?api-version=2024-10-21", request.Query);
        Assert.Equal("Bearer entra-token", request.Header("authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.Contains(CognitiveServicesScope, credential.Scopes);
    }

    [Fact]
    public async Task Entra_id_on_the_v1_endpoint_sends_a_bearer_token_for_the_cognitive_services_scope()
    {
        await using var server = (await FakeChatModelServer.StartAsync("/openai/v1", tls: true)).Script(FakeChatResponse.Completion("ok"));
        var credential = new TestTokenCredential();
        using var http = new HttpClient(server.TrustingHandler());
        using var client = ModelClientFactory.CreateChatClient(new ChatModelOptions
        {
            Provider = ChatModelProvider.AzureOpenAI, Endpoint = server.Endpoint, Model = "gpt-4o", UseEntraId = true,
        }, credential, new HttpClientPipelineTransport(http));

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("Bearer entra-token", request.Header("authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.Contains(CognitiveServicesScope, credential.Scopes);
    }
}
