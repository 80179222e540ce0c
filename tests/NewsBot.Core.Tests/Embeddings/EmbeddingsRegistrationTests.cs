using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Embeddings;

namespace NewsBot.Core.Tests.Embeddings;

/// <summary>Section Embeddings through AddNewsBotCore, as the host wires it.</summary>
public sealed class EmbeddingsRegistrationTests
{
    [Fact]
    public void By_default_the_local_encoder_is_on_and_not_loaded_until_used()
    {
        using var services = Build([]);

        var similarity = services.GetRequiredService<SentenceSimilarity>();
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        Assert.True(similarity.Enabled);
        Assert.IsType<LocalSentenceEncoder>(generator);
        Assert.Equal("all-MiniLM-L6-v2", generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
        Assert.Equal(20_000, services.GetRequiredService<IOptions<EmbeddingOptions>>().Value.CacheSize);
    }

    [Fact]
    public void Provider_None_turns_semantic_similarity_off()
    {
        using var services = Build(new() { ["Embeddings:Provider"] = "None" });

        Assert.False(services.GetRequiredService<SentenceSimilarity>().Enabled);
    }

    [Theory]
    [InlineData("Embeddings:Provider", "Word2Vec", "Embeddings:Provider")]
    [InlineData("Embeddings:CacheSize", "-1", "Embeddings:CacheSize must be 0 or more")]
    [InlineData("Embeddings:Provider", "AzureOpenAI", "Embeddings:Model")]
    public void A_wrong_setting_fails_with_a_message_naming_it(string key, string value, string expected)
    {
        var exception = Assert.ThrowsAny<Exception>(() =>
        {
            using var services = Build(new() { [key] = value });
            _ = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        });

        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public async Task Provider_AzureOpenAI_compares_sentences_through_the_embedding_deployment_of_the_chat_model_resource()
    {
        await using var server = await NewsBot.Testing.FakeChatModelServer.StartAsync();
        using var services = Build(new()
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Model"] = "text-embedding-3-small",
            ["ChatModel:Endpoint"] = server.ResourceEndpoint,
            ["ChatModel:ApiKey"] = "sk-embed-key",
        });

        var similarities = await services.GetRequiredService<SentenceSimilarity>().SimilaritiesAsync("where did they meet", ["in New Delhi"], default);

        Assert.NotNull(similarities);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/text-embedding-3-small/embeddings", request.Path);
        Assert.Equal("sk-embed-key", request.Header("api-key"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddNewsBotCore();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
