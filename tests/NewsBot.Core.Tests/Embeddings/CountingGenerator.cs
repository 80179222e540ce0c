using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace NewsBot.Core.Tests.Embeddings;

/// <summary>Passes every call on to <c>inner</c> and remembers what it was asked, so tests can see what reached the encoder.</summary>
public sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ConcurrentQueue<string[]> _calls = new();

    public IReadOnlyList<string[]> Calls => [.. _calls];

    public IReadOnlyList<string> Texts => [.. _calls.SelectMany(call => call)];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToArray();
        _calls.Enqueue(texts);
        return inner.GenerateAsync(texts, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        // The inner generator belongs to whoever made it.
    }
}
