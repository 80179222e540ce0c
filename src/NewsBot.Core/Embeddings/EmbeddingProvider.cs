namespace NewsBot.Core.Embeddings;

/// <summary>Which encoder turns sentences into vectors for semantic similarity.</summary>
public enum EmbeddingProvider
{
    /// <summary>all-MiniLM-L6-v2 run in-process on ONNX Runtime (the default; no network, no key).</summary>
    Local,
    /// <summary>No encoder: the extractive answerer scores sentences by their words alone.</summary>
    None,
    /// <summary>An OpenAI embedding model (<c>Embeddings:Model</c>), reached with the <c>ChatModel</c> section's key and endpoint.</summary>
    OpenAI,
    /// <summary>An Azure OpenAI embedding deployment (<c>Embeddings:Model</c>), reached with the <c>ChatModel</c> section's resource endpoint and key or Entra ID.</summary>
    AzureOpenAI,
}
