using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Tests;

public sealed class MetricTests
{
    [Fact]
    public void Recall_and_mrr_count_only_ranks_within_k()
    {
        var ranks = new RankTally();
        foreach (var rank in new int?[] { 1, 3, 12, null })
            ranks.Add(rank);

        Assert.Equal(0.25, ranks.RecallAt(1));
        Assert.Equal(0.5, ranks.RecallAt(5));
        Assert.Equal(0.5, ranks.RecallAt(10));
        Assert.Equal((1 + 1.0 / 3) / 4, ranks.MrrAt(10), 12);
    }

    [Fact]
    public void Rank_of_is_the_first_matching_position_or_null()
    {
        Assert.Equal(2, RankTally.RankOf(["a", "b", "b"], s => s == "b"));
        Assert.Null(RankTally.RankOf(["a"], s => s == "z"));
    }

    [Fact]
    public void Abstention_precision_recall_and_false_abstentions()
    {
        var tally = new AbstentionTally();
        tally.Add(unanswerable: true, abstained: true);
        tally.Add(unanswerable: true, abstained: true);
        tally.Add(unanswerable: true, abstained: false);
        tally.Add(unanswerable: false, abstained: true);
        tally.Add(unanswerable: false, abstained: false);
        tally.Add(unanswerable: false, abstained: false);
        tally.Add(unanswerable: false, abstained: false);

        Assert.Equal(2.0 / 3, tally.Precision, 12);
        Assert.Equal(2.0 / 3, tally.Recall, 12);
        Assert.Equal(0.25, tally.FalseAbstentionRate);
    }

    [Fact]
    public void Answer_text_matches_as_squad_normalises_on_word_boundaries()
    {
        Assert.Equal("denver broncos", AnswerText.Normalize("The Denver  Broncos!"));
        Assert.True(AnswerText.ContainsAny("It was won by the Denver Broncos, 24–10.", ["Denver Broncos"]));
        Assert.True(AnswerText.ContainsAny("In Tampa, Florida.", ["tampa florida"]));
        Assert.False(AnswerText.ContainsAny("The Broncos won.", ["Denver Broncos"]));
        Assert.False(AnswerText.ContainsAny("In 1990s music", ["199"]));
        Assert.False(AnswerText.ContainsAny("anything", ["", "the"]));
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var latency = new LatencyTally();
        for (var ms = 1; ms <= 100; ms++)
            latency.Add(101 - ms);

        Assert.Equal(50, latency.Percentile(50));
        Assert.Equal(99, latency.Percentile(99));
        Assert.Equal(100, latency.Percentile(100));
        Assert.Equal(1, latency.Percentile(0.1));
    }

    [Fact]
    public void Precision_at_recall_takes_the_best_point_reaching_that_recall()
    {
        OperatingPoint[] points =
        [
            new(0.1, 0.95, 0.30, 0.01),
            new(0.2, 0.85, 0.55, 0.05),
            new(0.3, 0.70, 0.80, 0.20),
        ];

        var best = OperatingPoint.BestAtRecall(points, 0.5);

        Assert.Equal(0.2, best?.Threshold);
        Assert.Null(OperatingPoint.BestAtRecall(points, 0.9));
    }
}
