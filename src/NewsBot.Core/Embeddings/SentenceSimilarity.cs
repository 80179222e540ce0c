using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Embeddings;

/// <summary>
/// How close in meaning a question is to each candidate sentence, for the extractive answerer. Sentence vectors
/// are cached by text (section <c>Embeddings</c>, <c>CacheSize</c>), so passages seen before cost nothing; the
/// rest go to the encoder in one call. When the encoder is off or has failed, callers get <c>null</c> and score by
/// words alone: a broken encoder logs one warning and is not asked again, and never stops an answer.
/// </summary>
public sealed class SentenceSimilarity
{
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _generator;
    private readonly RecentCache<float[]> _vectors;
    private readonly ILogger<SentenceSimilarity> _logger;
    private readonly bool _warmUp;
    private int _failed;

    /// <summary>Creates the scorer; <paramref name="generator"/> is ignored when <c>Embeddings:Provider</c> is <c>None</c>.</summary>
    public SentenceSimilarity(
        IOptions<EmbeddingOptions> options, ILogger<SentenceSimilarity> logger, IEmbeddingGenerator<string, Embedding<float>>? generator = null)
    {
        _generator = options.Value.Provider == EmbeddingProvider.None ? null : generator;
        _warmUp = options.Value.Provider == EmbeddingProvider.Local && options.Value.WarmUp;
        _vectors = new RecentCache<float[]>(options.Value.CacheSize);
        _logger = logger;
    }

    /// <summary>No encoder: every call returns <c>null</c> (the answerer scores by words alone).</summary>
    public static SentenceSimilarity Off { get; } = new(
        Options.Create(new EmbeddingOptions { Provider = EmbeddingProvider.None }), Microsoft.Extensions.Logging.Abstractions.NullLogger<SentenceSimilarity>.Instance);

    /// <summary>False when no encoder is configured or it failed to load; <see cref="SimilaritiesAsync"/> then returns <c>null</c>.</summary>
    public bool Enabled => _generator is not null && Volatile.Read(ref _failed) == 0;

    /// <summary>
    /// Loads the local encoder before the first question needs it (about a second of CPU: the model read from the
    /// package, ONNX Runtime's session, the first inference). Does nothing for a remote provider (no call at start),
    /// when the encoder is off or when <c>Embeddings:WarmUp</c> is false; a failure is handled as in
    /// <see cref="SimilaritiesAsync"/> (one warning, then off).
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (_warmUp && Enabled)
            await EncodeAsync([WarmUpText], cancellationToken).ConfigureAwait(false);
    }

    private const string WarmUpText = "The encoder is loaded before the first question.";

    /// <summary>
    /// Cosine similarity (−1 to 1) of <paramref name="question"/> to each of <paramref name="sentences"/>, in their order;
    /// <c>null</c> when the encoder is off or failed to load. The first call loads the local model (about a second).
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<float[]?> SimilaritiesAsync(string question, IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentences);
        if (!Enabled)
            return null;
        cancellationToken.ThrowIfCancellationRequested();
        if (sentences.Count == 0)
            return [];

        // [1] Vectors already cached; the rest (each text once) go to the encoder together.
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in sentences.Prepend(question))
        {
            if (!seen.Add(text))
                continue;
            if (_vectors.TryGet(text, out var cached))
                vectors[text] = cached;
            else
                missing.Add(text);
        }

        // [2] Encode what is missing; a failure turns semantic similarity off for the life of the process.
        if (missing.Count > 0)
        {
            var encoded = await EncodeAsync(missing, cancellationToken).ConfigureAwait(false);
            if (encoded is null)
                return null;
            for (var i = 0; i < missing.Count; i++)
            {
                vectors[missing[i]] = encoded[i];
                _vectors.Add(missing[i], encoded[i]);
            }
        }

        // [3] Compare.
        var questionVector = vectors[question];
        var similarities = new float[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
            similarities[i] = Cosine(questionVector, vectors[sentences[i]]);
        return similarities;
    }

    private async Task<float[][]?> EncodeAsync(List<string> texts, CancellationToken cancellationToken)
    {
        try
        {
            var embeddings = await _generator!.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != texts.Count)
                throw new InvalidOperationException($"the encoder returned {embeddings.Count} vectors for {texts.Count} texts");
            return [.. embeddings.Select(embedding => embedding.Vector.ToArray())];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Latch first so that questions arriving together log the failure once between them.
            if (Interlocked.Exchange(ref _failed, 1) == 0)
            {
                EmbeddingsLog.FailedToLoad(_logger, Reason(ex));
                EmbeddingsLog.FailureDetail(_logger, ex);
            }
            return null;
        }
    }

    // A native library that will not load surfaces wrapped (TypeInitializationException and the like); the innermost
    // message names the file.
    private static string Reason(Exception ex)
    {
        var inner = ex.GetBaseException();
        return inner == ex ? $"{ex.GetType().Name}: {ex.Message}" : $"{ex.GetType().Name}: {ex.Message} ({inner.GetType().Name}: {inner.Message})";
    }

    // Computed in full rather than as a dot product, so a generator whose vectors are not unit length still fits.
    private static float Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length)
            return 0;
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : (float)(dot / Math.Sqrt(normA * normB));
    }
}
