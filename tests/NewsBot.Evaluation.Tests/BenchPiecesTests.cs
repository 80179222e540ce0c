using NewsBot.Evaluation.Bench;

namespace NewsBot.Evaluation.Tests;

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
}
