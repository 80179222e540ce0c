using Microsoft.Extensions.AI;
using NewsBot.Core.ChatModels;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>
/// Embeddings through the same providers as the chat model (<see cref="ModelClientFactory.CreateEmbeddingGenerator"/>),
/// for an <c>Embeddings:Provider</c> of AzureOpenAI or OpenAI: what the service receives, and the vectors that come back.
/// </summary>
public sealed class EmbeddingGeneratorTests
{
    [Fact]
    public async Task Azure_embedding_deployment_is_called_with_api_version_and_the_api_key_header()
    {
        await using var server = await FakeChatModelServer.StartAsync();
        using var generator = ModelClientFactory.CreateEmbeddingGenerator(
            new ModelConnection(ChatModelProvider.AzureOpenAI, server.ResourceEndpoint, "sk-embed-key"), "text-embedding-3-small");

        var embeddings = await generator.GenerateAsync(["Blinken met Lavrov", "in New Delhi"]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/text-embedding-3-small/embeddings", request.Path);
        Assert.Equal("?api-version=2024-10-21", request.Query);
        Assert.Equal("sk-embed-key", request.Header("api-key"));
        Assert.Null(request.Header("authorization"));
        Assert.Equal(2, embeddings.Count);
        Assert.Equal([0.5f, 0.25f, -1f], embeddings[0].Vector.ToArray());
        Assert.Equal([1.5f, 0.25f, -1f], embeddings[1].Vector.ToArray());
    }

    [Fact]
    public async Task OpenAI_embedding_model_is_called_on_the_v1_path_with_a_bearer_key()
    {
        await using var server = await FakeChatModelServer.StartAsync();
        using var generator = ModelClientFactory.CreateEmbeddingGenerator(
            new ModelConnection(ChatModelProvider.OpenAI, server.Endpoint, "sk-embed-key"), "text-embedding-3-small");

        var embedding = await generator.GenerateAsync("Blinken met Lavrov");

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("Bearer sk-embed-key", request.Header("authorization"));
        Assert.Equal("text-embedding-3-small", request.Json.GetProperty("model").GetString());
        Assert.Equal([0.5f, 0.25f, -1f], embedding.Vector.ToArray());
    }
}
