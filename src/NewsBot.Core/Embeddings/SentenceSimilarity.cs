namespace NewsBot.Core.Embeddings;

/// <summary>TEMPORARY stand-in until the encoder branch lands (it replaces this file).</summary>
public sealed class SentenceSimilarity
{
    /// <summary>True when an encoder runs.</summary>
    public bool Enabled => false;

    /// <summary>Cosine similarity of the question to each sentence, in order; null when the encoder is off or failed to load.</summary>
    public Task<float[]?> SimilaritiesAsync(string question, IReadOnlyList<string> sentences, CancellationToken cancellationToken) =>
        Task.FromResult<float[]?>(null);
}
