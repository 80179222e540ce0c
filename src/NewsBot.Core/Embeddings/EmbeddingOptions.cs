namespace NewsBot.Core.Embeddings;

/// <summary>Settings of section <c>Embeddings</c>: the sentence encoder behind semantic similarity.</summary>
public sealed class EmbeddingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Embeddings";

    /// <summary>Which encoder to use; <see cref="EmbeddingProvider.None"/> turns semantic similarity off.</summary>
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.Local;

    /// <summary>
    /// For <see cref="EmbeddingProvider.OpenAI"/> or <see cref="EmbeddingProvider.AzureOpenAI"/>: the embedding model or
    /// deployment name (e.g. <c>text-embedding-3-small</c>). The connection (endpoint, key or Entra ID, API version)
    /// is the <c>ChatModel</c> section's.
    /// </summary>
    public string? Model { get; set; }

    /// <summary>
    /// Sentence vectors kept in memory, keyed by text (0 keeps none). A 384-dimension vector takes 1.5 KB,
    /// so the default holds about 30 MB.
    /// </summary>
    public int CacheSize { get; set; } = 20_000;

    /// <summary>
    /// With the local encoder, load it on a background thread when the host starts (about a second of CPU and 300 MB),
    /// so the first question after a restart does not wait for it; <c>false</c> loads it on the first question.
    /// </summary>
    public bool WarmUp { get; set; } = true;
}
