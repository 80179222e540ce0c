using Microsoft.Extensions.Hosting;

namespace NewsBot.Core.Embeddings;

/// <summary>
/// In a hosted app, loads the local sentence encoder on a background thread at start, while the index opens and the
/// front ends connect, so the first question after a restart does not wait for it. Start is not held up.
/// </summary>
internal sealed class EncoderWarmUp(SentenceSimilarity similarity) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The warm-up under way (for tests and for a caller that wants to wait for it).</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Running = Task.Run(() => similarity.WarmUpAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await Running.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopped before the model finished loading: nothing to keep.
        }
    }
}
