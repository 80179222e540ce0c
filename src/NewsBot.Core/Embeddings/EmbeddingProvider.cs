namespace NewsBot.Core.Embeddings;

/// <summary>Which encoder turns sentences into vectors for semantic similarity.</summary>
public enum EmbeddingProvider
{
    /// <summary>all-MiniLM-L6-v2 run in-process on ONNX Runtime (the default; no network, no key).</summary>
    Local,
    /// <summary>No encoder: the extractive answerer scores sentences by their words alone.</summary>
    None,
}
