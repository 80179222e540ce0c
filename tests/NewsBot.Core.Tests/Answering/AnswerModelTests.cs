using System.Text;
using System.Text.Json;
using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class AnswerModelTests
{
    [Fact]
    public void ShippedModel_FitsThisBuildsFeatures_AndGivesProbabilities()
    {
        var model = AnswerModel.Shipped;

        Assert.Equal(AnswerFeatures.Names, model.File.Features);
        foreach (var withSimilarity in new[] { true, false })
        {
            var p = model.Probability(new double[AnswerFeatures.Count], withSimilarity);
            Assert.InRange(p, 0, 1);
            Assert.InRange(model.For(withSimilarity).Threshold, 0, 1);
        }
    }

    [Fact]
    public void ModelTrainedOnOtherFeatures_IsRefused_NamingTheCommandThatRetrains()
    {
        var file = AnswerModel.Shipped.File with { Features = [.. AnswerModel.Shipped.File.Features.Reverse()] };

        var error = Assert.Throws<InvalidDataException>(() => AnswerModel.Load(ToStream(file), "test.json"));

        Assert.Contains("train-answerer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelFromBeforeFeaturesWereAppended_Loads_WeighingTheNewOnesZero()
    {
        var file = AnswerModel.Shipped.File;
        static AnswerWeights Cut(AnswerWeights w) => w with { Weights = [.. w.Weights.SkipLast(2)], Ranker = w.Ranker is { } r ? [.. r.SkipLast(2)] : null };
        var older = file with { Features = [.. file.Features.SkipLast(2)], WithSimilarity = Cut(file.WithSimilarity), WithoutSimilarity = Cut(file.WithoutSimilarity) };

        var loaded = AnswerModel.Load(ToStream(older), "older.json");

        Assert.Equal(AnswerFeatures.Names, loaded.File.Features);
        Assert.Equal([0.0, 0.0], loaded.File.WithSimilarity.Weights.TakeLast(2));
        Assert.Equal(file.WithSimilarity.Weights.SkipLast(2), loaded.File.WithSimilarity.Weights.SkipLast(2));
        Assert.Equal(AnswerFeatures.Count, loaded.File.WithoutSimilarity.Ranker?.Count ?? AnswerFeatures.Count);
    }

    [Fact]
    public void ModelWithAMissingWeight_IsRefused()
    {
        var weights = AnswerModel.Shipped.File.WithSimilarity;
        var file = AnswerModel.Shipped.File with { WithSimilarity = weights with { Weights = [.. weights.Weights.Skip(1)] } };

        Assert.Throws<InvalidDataException>(() => AnswerModel.Load(ToStream(file), "test.json"));
    }

    [Fact]
    public void SavedModel_LoadsBackTheSame()
    {
        using var folder = new NewsBot.Testing.TempDirectory();
        var path = Path.Combine(folder.Path, "model.json");

        AnswerModel.Save(AnswerModel.Shipped.File, path);
        var loaded = AnswerModel.Load(path);

        Assert.Equal(AnswerModel.Shipped.File.WithSimilarity.Weights, loaded.File.WithSimilarity.Weights);
        Assert.Equal(AnswerModel.Shipped.File.WithoutSimilarity.Threshold, loaded.File.WithoutSimilarity.Threshold);
    }

    [Fact]
    public void ModelWithTrees_ScoresByTheTrees_AndSurvivesTheFile()
    {
        // One stump on feature 6 (entity_near): at most 0.5 → leaf 0 (-1), else leaf 1 (+1); Platt slope -2.
        var stump = new AnswerTree(1, [6], [0.5], [~0], [~1], [-1, 1]);
        var weights = AnswerModel.Shipped.File.WithSimilarity with { Trees = new AnswerTrees(0, -2, 0, [stump]) };
        var file = AnswerModel.Shipped.File with { WithSimilarity = weights };
        var features = new double[AnswerFeatures.Count];

        var model = AnswerModel.Load(ToStream(file), "test.json");
        var without = model.Probability(features, withSimilarity: true);
        features[6] = 1;
        var with = model.Probability(features, withSimilarity: true);

        Assert.Equal(1 / (1 + Math.Exp(2)), without, 6);
        Assert.Equal(1 / (1 + Math.Exp(-2)), with, 6);
    }

    [Fact]
    public void ModelWithATreeOnAFeatureThisBuildLacks_IsRefused()
    {
        var stump = new AnswerTree(1, [AnswerFeatures.Count], [0.5], [~0], [~1], [-1, 1]);
        var weights = AnswerModel.Shipped.File.WithSimilarity with { Trees = new AnswerTrees(0, -2, 0, [stump]) };

        Assert.Throws<InvalidDataException>(() => AnswerModel.Load(ToStream(AnswerModel.Shipped.File with { WithSimilarity = weights }), "test.json"));
    }

    [Fact]
    public void ModelWithARanker_OrdersByTheRanker_WhileTheProbabilityStaysLogistic()
    {
        // Logistic: only feature 18 (lead) counts, for; ranker: only feature 18, against. The lead sentence is the more
        // probable one, but the ranker puts the other first; each keeps its logistic probability for declining.
        var logistic = new double[AnswerFeatures.Count];
        logistic[18] = 2;
        var ranker = new double[AnswerFeatures.Count];
        ranker[18] = -3;
        var weights = new AnswerWeights(0, logistic, Threshold: 0.5) { Ranker = ranker };
        var file = AnswerModel.Shipped.File with { WithSimilarity = weights, WithoutSimilarity = weights };
        var model = AnswerModel.Load(ToStream(file), "test.json");
        var lead = new double[AnswerFeatures.Count];
        lead[18] = 1;
        var other = new double[AnswerFeatures.Count];

        var scores = model.For(true).ScoreAll([lead, other]);

        Assert.True(scores[1].Order > scores[0].Order);
        Assert.Equal(1 / (1 + Math.Exp(-2)), scores[0].Probability, 6);
        Assert.Equal(0.5, scores[1].Probability, 6);
    }

    [Fact]
    public void SentencesTheRankerCannotTellApart_AreOrderedByTheLogisticModel()
    {
        // The ranker weighs only feature 0, which both sentences share; the logistic model prefers the one with feature 1.
        var logistic = new double[AnswerFeatures.Count];
        logistic[1] = 4;
        var ranker = new double[AnswerFeatures.Count];
        ranker[0] = 2;
        var weights = new AnswerWeights(-1, logistic, Threshold: 0.5) { Ranker = ranker };
        var plain = new double[AnswerFeatures.Count];
        plain[0] = 1;
        var answering = new double[AnswerFeatures.Count];
        answering[0] = 1;
        answering[1] = 1;

        var scores = weights.ScoreAll([plain, answering]);

        Assert.Equal(2 + AnswerWeights.LogisticShareOfOrder * 3, scores[1].Order, 9);
        Assert.True(scores[1].Order > scores[0].Order);
        Assert.Equal(scores[1].Order, weights.RankScore(answering), 9);
    }

    [Fact]
    public void ModelWithARankerOfTheWrongLength_IsRefused_NamingIt()
    {
        var weights = AnswerModel.Shipped.File.WithoutSimilarity with { Ranker = [1.0, 2.0] };

        var error = Assert.Throws<InvalidDataException>(() =>
            AnswerModel.Load(ToStream(AnswerModel.Shipped.File with { WithoutSimilarity = weights }), "test.json"));

        Assert.Contains("ranker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelWithoutARanker_OrdersByProbability()
    {
        var weights = AnswerModel.Shipped.File.WithSimilarity with { Ranker = null };
        var features = new double[AnswerFeatures.Count];
        features[0] = 1;

        var (probability, order) = weights.ScoreAll([features])[0];

        Assert.Equal(probability, order);
    }

    private static MemoryStream ToStream(AnswerModelFile file) =>
        new(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(file, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
}
