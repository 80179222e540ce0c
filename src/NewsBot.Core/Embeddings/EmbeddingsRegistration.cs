using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Core.Embeddings;

/// <summary>Registers the sentence encoder (section <c>Embeddings</c>) and <see cref="SentenceSimilarity"/>.</summary>
internal static class EmbeddingsRegistration
{
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider), "Embeddings:Provider must be Local or None.")
            .Validate(o => o.CacheSize >= 0, "Embeddings:CacheSize must be 0 or more (0 caches no sentence vectors).")
            .ValidateOnStart();

        // Registration happens before configuration is readable, so the provider is decided in SentenceSimilarity,
        // which ignores the generator when Provider is None. Resolving the local encoder costs nothing: it loads
        // the model on first use.
        services.TryAddSingleton<LocalSentenceEncoder>();
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<LocalSentenceEncoder>());
        services.TryAddSingleton<SentenceSimilarity>();
        return services;
    }
}
