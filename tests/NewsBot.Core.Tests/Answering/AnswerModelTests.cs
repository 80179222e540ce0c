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

    private static MemoryStream ToStream(AnswerModelFile file) =>
        new(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(file, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
}
