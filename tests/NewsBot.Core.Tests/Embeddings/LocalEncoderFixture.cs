using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Embeddings;

namespace NewsBot.Core.Tests.Embeddings;

/// <summary>One loaded model for a test class: loading takes about a second and some 300 MB.</summary>
public sealed class LocalEncoderFixture : IDisposable
{
    public LocalSentenceEncoder Encoder { get; } = new(NullLogger<LocalSentenceEncoder>.Instance);

    public void Dispose() => Encoder.Dispose();
}
