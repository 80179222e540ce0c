using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Embeddings;
using NewsBot.Core.Tests.ChatModels;

namespace NewsBot.Core.Tests.Embeddings;

/// <summary>What SentenceSimilarity does around the encoder: caching, switching off, failing once, cancelling.</summary>
public sealed class SentenceSimilarityTests
{
    [Fact]
    public async Task Cosine_similarity_comes_back_in_the_order_of_the_sentences()
    {
        var similarity = Similarity(DelegateGenerator.LetterCounts());

        var scores = await similarity.SimilaritiesAsync("abc", ["xyz", "cba", "aabbcc"], CancellationToken.None);

        Assert.NotNull(scores);
        Assert.Equal(0f, scores[0]);
        Assert.Equal(1f, scores[1], precision: 5);
        Assert.Equal(1f, scores[2], precision: 5);
    }

    [Fact]
    public async Task Provider_None_is_disabled_and_never_asks_the_generator()
    {
        var counting = new CountingGenerator(DelegateGenerator.LetterCounts());
        var similarity = Similarity(counting, provider: EmbeddingProvider.None);

        Assert.False(similarity.Enabled);
        Assert.Null(await similarity.SimilaritiesAsync("who", ["a sentence"], CancellationToken.None));
        Assert.Empty(counting.Calls);
    }

    [Fact]
    public async Task No_generator_is_disabled()
    {
        var similarity = new SentenceSimilarity(Options.Create(new EmbeddingOptions()), NullLogger<SentenceSimilarity>.Instance);

        Assert.False(similarity.Enabled);
        Assert.Null(await similarity.SimilaritiesAsync("who", ["a sentence"], CancellationToken.None));
    }

    [Fact]
    public async Task An_encoder_that_fails_to_load_logs_one_warning_and_is_not_asked_again()
    {
        using var logs = new CapturedLogs();
        var counting = new CountingGenerator(DelegateGenerator.Throwing(
            new TypeInitializationException("Microsoft.ML.OnnxRuntime.NativeMethods", new DllNotFoundException("libonnxruntime.so: cannot open shared object file"))));
        var similarity = Similarity(counting, logs: logs);

        var first = await similarity.SimilaritiesAsync("who met", ["The ministers met."], CancellationToken.None);
        var second = await similarity.SimilaritiesAsync("who met", ["The ministers met."], CancellationToken.None);
        var third = await similarity.SimilaritiesAsync("what fell", ["Shares fell."], CancellationToken.None);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Null(third);
        Assert.False(similarity.Enabled);
        Assert.Single(counting.Calls);
        var warning = Assert.Single(logs.Lines, line => line.Level >= LogLevel.Warning);
        Assert.StartsWith("sentence encoder failed to load: ", warning.Message);
        Assert.Contains("libonnxruntime.so", warning.Message);
        Assert.EndsWith("; answering without semantic similarity", warning.Message);
    }

    [Fact]
    public async Task Questions_failing_together_log_the_failure_once()
    {
        using var logs = new CapturedLogs();
        var similarity = Similarity(DelegateGenerator.Throwing(new InvalidOperationException("model missing")), logs: logs);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => similarity.SimilaritiesAsync($"question {i}", ["a sentence"], CancellationToken.None))));

        Assert.All(results, Assert.Null);
        Assert.Single(logs.Lines, line => line.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task An_empty_sentence_list_gives_an_empty_result_without_encoding()
    {
        var counting = new CountingGenerator(DelegateGenerator.LetterCounts());
        var similarity = Similarity(counting);

        var scores = await similarity.SimilaritiesAsync("who", [], CancellationToken.None);

        Assert.NotNull(scores);
        Assert.Empty(scores);
        Assert.Empty(counting.Calls);
    }

    [Fact]
    public async Task Repeated_texts_are_encoded_once_in_one_call()
    {
        var counting = new CountingGenerator(DelegateGenerator.LetterCounts());
        var similarity = Similarity(counting);

        var scores = await similarity.SimilaritiesAsync("same", ["same", "other", "other"], CancellationToken.None);

        Assert.Equal(3, scores!.Length);
        Assert.Equal(["same", "other"], Assert.Single(counting.Calls));
    }

    [Fact]
    public async Task With_cache_size_zero_every_call_encodes()
    {
        var counting = new CountingGenerator(DelegateGenerator.LetterCounts());
        var similarity = Similarity(counting, cacheSize: 0);

        await similarity.SimilaritiesAsync("q", ["a"], CancellationToken.None);
        await similarity.SimilaritiesAsync("q", ["a"], CancellationToken.None);

        Assert.Equal(2, counting.Calls.Count);
    }

    [Fact]
    public async Task Cancellation_is_honoured_and_does_not_switch_the_encoder_off()
    {
        using var logs = new CapturedLogs();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new DelegateGenerator(async (texts, token) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return [];
        });
        var similarity = Similarity(slow, logs: logs);
        using var cancellation = new CancellationTokenSource();

        var call = similarity.SimilaritiesAsync("who", ["a sentence"], cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(similarity.Enabled);
        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Warm_up_asks_the_local_encoder_once_ahead_of_the_first_question()
    {
        var counting = new CountingGenerator(DelegateGenerator.LetterCounts());
        var warmUp = new EncoderWarmUp(Similarity(counting));

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.Running;

        Assert.Single(counting.Calls);
    }

    [Theory]
    [InlineData(EmbeddingProvider.OpenAI)]
    [InlineData(EmbeddingProvider.None)]
    public async Task Warm_up_makes_no_call_for_a_remote_provider_or_with_the_encoder_off(EmbeddingProvider provider)
    {
        var counting = new CountingGenerator(DelegateGenerator.LetterCounts());
        var warmUp = new EncoderWarmUp(Similarity(counting, provider: provider));

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.Running;

        Assert.Empty(counting.Calls);
    }

    [Fact]
    public async Task Warm_up_switched_off_makes_no_call()
    {
        var counting = new CountingGenerator(DelegateGenerator.LetterCounts());
        var options = Options.Create(new EmbeddingOptions { WarmUp = false });
        var warmUp = new EncoderWarmUp(new SentenceSimilarity(options, NullLogger<SentenceSimilarity>.Instance, counting));

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.Running;

        Assert.Empty(counting.Calls);
    }

    [Fact]
    public async Task Warm_up_does_not_hold_up_start_and_stops_with_the_host()
    {
        var loading = new TaskCompletionSource();
        var generator = new DelegateGenerator(async (texts, ct) =>
        {
            loading.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return [];
        });
        var similarity = Similarity(generator);
        var warmUp = new EncoderWarmUp(similarity);

        await warmUp.StartAsync(CancellationToken.None);
        await loading.Task;
        await warmUp.StopAsync(CancellationToken.None);

        Assert.True(similarity.Enabled);
    }

    private static SentenceSimilarity Similarity(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        EmbeddingProvider provider = EmbeddingProvider.Local,
        int cacheSize = 100,
        CapturedLogs? logs = null)
    {
        var options = Options.Create(new EmbeddingOptions { Provider = provider, CacheSize = cacheSize });
        ILogger<SentenceSimilarity> logger = logs is null
            ? NullLogger<SentenceSimilarity>.Instance
            : new Logger<SentenceSimilarity>(new LoggerFactory([logs]));
        return new SentenceSimilarity(options, logger, generator);
    }
}
