using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Embeddings;

namespace NewsBot.Core.Tests.Embeddings;

/// <summary>The real all-MiniLM-L6-v2 from the package: no download, so these always run.</summary>
public sealed class LocalSentenceEncoderTests(LocalEncoderFixture fixture) : IClassFixture<LocalEncoderFixture>
{
    private static readonly string[] NewsSentences =
    [
        "The foreign ministers met in New Delhi on Thursday.",
        "Shares fell 3% on Monday.",
        "Blinken urged Moscow to return to the New START treaty.",
        "The central bank left interest rates unchanged.",
        "Rain is expected across the north this weekend.",
    ];

    [Fact]
    public async Task A_paraphrase_is_closer_to_the_question_than_an_unrelated_sentence()
    {
        var similarity = Similarity(fixture.Encoder);

        var scores = await similarity.SimilaritiesAsync(
            "where did the ministers meet", ["The foreign ministers met in New Delhi", "Shares fell 3% on Monday"], CancellationToken.None);

        Assert.NotNull(scores);
        Assert.True(scores[0] > scores[1] + 0.2f, $"paraphrase {scores[0]:F3}, unrelated {scores[1]:F3}");
    }

    [Fact]
    public async Task Vectors_are_unit_length_with_384_dimensions_and_the_metadata_names_the_model()
    {
        var embeddings = await fixture.Encoder.GenerateAsync(NewsSentences);

        Assert.Equal(NewsSentences.Length, embeddings.Count);
        foreach (var embedding in embeddings)
        {
            Assert.Equal(384, embedding.Vector.Length);
            Assert.Equal(1.0, Math.Sqrt(embedding.Vector.ToArray().Sum(x => (double)x * x)), precision: 4);
            Assert.Equal("all-MiniLM-L6-v2", embedding.ModelId);
        }
        var metadata = fixture.Encoder.GetService<EmbeddingGeneratorMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("local", metadata.ProviderName);
        Assert.Equal("all-MiniLM-L6-v2", metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
    }

    [Fact]
    public async Task Odd_texts_encode_without_error()
    {
        var longSentence = string.Join(' ', Enumerable.Repeat("The minister said inflation would ease.", 60))[..2_000];
        string[] texts = [longSentence, "😀🎉🔥", "", "  \t ", "word\tsplit\nby\r\nodd whitespace", new string('x', 300)];

        var embeddings = await fixture.Encoder.GenerateAsync(texts);

        Assert.Equal(texts.Length, embeddings.Count);
        Assert.All(embeddings, embedding => Assert.All(embedding.Vector.ToArray(), x => Assert.True(float.IsFinite(x))));
    }

    [Fact]
    public async Task Concurrent_calls_from_several_threads_give_identical_results()
    {
        // No cache, so every call reaches the model.
        var similarity = Similarity(fixture.Encoder, cacheSize: 0);
        var expected = await similarity.SimilaritiesAsync("who met in New Delhi", NewsSentences, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var mine = new List<float[]?>();
            for (var i = 0; i < 3; i++)
                mine.Add(await similarity.SimilaritiesAsync("who met in New Delhi", NewsSentences, CancellationToken.None));
            return mine;
        })));

        Assert.NotNull(expected);
        Assert.All(results.SelectMany(r => r), actual => Assert.Equal(expected, actual));
    }

    [Fact]
    public async Task A_cached_sentence_is_not_encoded_again()
    {
        var counting = new CountingGenerator(fixture.Encoder);
        var similarity = Similarity(counting);

        var first = await similarity.SimilaritiesAsync("where did they meet", NewsSentences[..3], CancellationToken.None);
        var again = await similarity.SimilaritiesAsync("where did they meet", NewsSentences[..3], CancellationToken.None);
        await similarity.SimilaritiesAsync("where did they meet", NewsSentences[..4], CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(2, counting.Calls.Count);
        Assert.Equal(["where did they meet", .. NewsSentences[..3]], counting.Calls[0]);
        Assert.Equal([NewsSentences[3]], counting.Calls[1]);
    }

    [Fact]
    public async Task Nothing_to_encode_gives_nothing_back()
    {
        Assert.Empty(await fixture.Encoder.GenerateAsync([]));
    }

    [Fact]
    public async Task A_cancelled_call_throws_a_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Encoder.GenerateAsync(NewsSentences, cancellationToken: cancelled.Token));
    }

    private static SentenceSimilarity Similarity(IEmbeddingGenerator<string, Embedding<float>> generator, int cacheSize = 1_000) =>
        new(Options.Create(new EmbeddingOptions { CacheSize = cacheSize }), NullLogger<SentenceSimilarity>.Instance, generator);
}
