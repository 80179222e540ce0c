using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using NewsBot.Core.ChatModels;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>Azure with UseEntraId: a bearer token for the Cognitive Services scope, no api-key header.</summary>
public sealed class EntraIdTests
{
    [Fact]
    public async Task Entra_id_sends_a_bearer_token_for_the_cognitive_services_scope()
    {
        await using var server = (await FakeChatModelServer.StartAsync("/openai/v1", tls: true)).Script(FakeChatResponse.Completion("ok"));
        var credential = new FixedTokenProvider();
        using var http = new HttpClient(server.TrustingHandler());
        using var client = ChatClientFactory.Create(new ChatModelOptions
        {
            Provider = ChatModelProvider.AzureOpenAI, Endpoint = server.Endpoint, Model = "gpt-4o", UseEntraId = true,
        }, credential, new HttpClientPipelineTransport(http));

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("Bearer entra-token", request.Header("authorization"));
        Assert.Null(request.Header("api-key"));
        Assert.Contains("https://cognitiveservices.azure.com/.default", credential.Scopes);
    }

    // A hand-written token source at the seam we own (DefaultAzureCredential in production).
    private sealed class FixedTokenProvider : AuthenticationTokenProvider
    {
        public List<string> Scopes { get; } = [];

        public override GetTokenOptions? CreateTokenOptions(IReadOnlyDictionary<string, object> properties) =>
            new(properties);

        public override AuthenticationToken GetToken(GetTokenOptions options, CancellationToken cancellationToken)
        {
            if (options.Properties.TryGetValue(GetTokenOptions.ScopesPropertyName, out var scopes) && scopes is ReadOnlyMemory<string> list)
                Scopes.AddRange(list.ToArray());
            return new AuthenticationToken("entra-token", "Bearer", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AuthenticationToken> GetTokenAsync(GetTokenOptions options, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(options, cancellationToken));
    }
}
