using Microsoft.Extensions.AI;

namespace NewsBot.Core.Tests.Embeddings;

/// <summary>A generator whose vectors (or failure, or wait) a test writes as a function of the texts.</summary>
public sealed class DelegateGenerator(Func<string[], CancellationToken, Task<float[][]>> generate) : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Letter counts a–z: texts sharing letters come out close, enough to check the arithmetic around the encoder.</summary>
    public static DelegateGenerator LetterCounts() => new((texts, _) => Task.FromResult(texts.Select(LetterVector).ToArray()));

    public static DelegateGenerator Throwing(Exception exception) => new((_, _) => throw exception);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var vectors = await generate([.. values], cancellationToken);
        return new GeneratedEmbeddings<Embedding<float>>(vectors.Select(vector => new Embedding<float>(vector)));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static float[] LetterVector(string text)
    {
        var vector = new float[26];
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
                vector[c - 'a']++;
        }
        return vector;
    }
}
