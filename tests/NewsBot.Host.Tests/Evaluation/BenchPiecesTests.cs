using NewsBot.Host.Evaluation.Bench;

namespace NewsBot.Host.Tests.Evaluation;

public sealed class BenchPiecesTests
{
    [Fact]
    public void Word_dropper_drops_every_kth_word_and_keeps_paragraph_breaks()
    {
        const string text = "one two three four five six\n\nseven eight nine";

        Assert.Equal("one two four five\n\nseven eight", WordDropper.Drop(text, 3, 0));
        Assert.Equal("one three four six\n\nseven nine", WordDropper.Drop(text, 3, 1));
        Assert.Equal(WordDropper.Drop(text, 4, 2), WordDropper.Drop(text, 4, 2));
    }

    [Fact]
    public void Word_dropper_rejects_k_below_two() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WordDropper.Drop("a b", 1, 0));

    [Fact]
    public void Perturbation_varies_k_from_3_to_12_and_shifts_the_phase_every_ten_copies()
    {
        Assert.Equal((3, 0), ScaleCorpus.Perturbation(1));
        Assert.Equal((12, 0), ScaleCorpus.Perturbation(10));
        Assert.Equal((3, 1), ScaleCorpus.Perturbation(11));
    }

    [Theory]
    [InlineData("10000,100000,1000000", new long[] { 10_000, 100_000, 1_000_000 })]
    [InlineData("10k, 1M", new long[] { 10_000, 1_000_000 })]
    [InlineData("2.5k", new long[] { 2_500 })]
    public void Sizes_accept_plain_counts_and_k_m_suffixes(string text, long[] expected) =>
        Assert.Equal(expected, BenchOptions.ParseSizes(text));

    [Theory]
    [InlineData("ten")]
    [InlineData("-5")]
    [InlineData("0")]
    public void A_size_that_is_not_a_positive_count_is_a_clear_error(string text) =>
        Assert.Contains("passage count", Assert.Throws<FormatException>(() => BenchOptions.ParseSizes(text)).Message);
}
