using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Embeddings;

namespace NewsBot.Core.Tests.Embeddings;

/// <summary>The product's default sentence similarity (the local encoder), loaded once for the whole test run.</summary>
public static class SharedEncoder
{
    public static SentenceSimilarity Similarity { get; } = new(
        Options.Create(new EmbeddingOptions()), NullLogger<SentenceSimilarity>.Instance, new LocalSentenceEncoder(NullLogger<LocalSentenceEncoder>.Instance));
}
