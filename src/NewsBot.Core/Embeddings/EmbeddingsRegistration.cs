using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.ChatModels;

namespace NewsBot.Core.Embeddings;

/// <summary>Registers the sentence encoder (section <c>Embeddings</c>) and <see cref="SentenceSimilarity"/>.</summary>
internal static class EmbeddingsRegistration
{
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider), "Embeddings:Provider must be Local, None, OpenAI or AzureOpenAI.")
            .Validate(o => o.Provider is EmbeddingProvider.Local or EmbeddingProvider.None || !string.IsNullOrWhiteSpace(o.Model),
                "Embeddings:Model must name the embedding model (OpenAI) or deployment (AzureOpenAI).")
            .Validate(o => o.CacheSize >= 0, "Embeddings:CacheSize must be 0 or more (0 caches no sentence vectors).")
            .ValidateOnStart();

        // Registration happens before configuration is readable, so the provider is decided in SentenceSimilarity,
        // which ignores the generator when Provider is None. Resolving the local encoder costs nothing: it loads
        // the model on first use.
        services.TryAddSingleton<LocalSentenceEncoder>();
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            if (options.Provider is not (EmbeddingProvider.OpenAI or EmbeddingProvider.AzureOpenAI))
                return sp.GetRequiredService<LocalSentenceEncoder>();
            // The same client the chat model uses (Azure.AI.OpenAI or the OpenAI SDK, with its retry policy), for embeddings.
            var connection = ModelConnection.From(sp.GetRequiredService<IOptions<ChatModelOptions>>().Value) with
            {
                Provider = options.Provider == EmbeddingProvider.OpenAI ? ChatModelProvider.OpenAI : ChatModelProvider.AzureOpenAI,
            };
            return ModelClientFactory.CreateEmbeddingGenerator(connection, options.Model!);
        });
        services.TryAddSingleton<SentenceSimilarity>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, EncoderWarmUp>());
        return services;
    }
}
