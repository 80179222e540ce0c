using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsBot.Core.Answering;

namespace NewsBot.Evaluation.Training;

/// <summary>
/// Fits the answer model's tree ensemble with ML.NET FastTree (one thread, fixed seed: the same data gives the same
/// trees) and exports it as plain <see cref="AnswerTrees"/>, which Core evaluates without ML.NET. The export is checked
/// against ML.NET's own probabilities before it is returned.
/// </summary>
internal static class TreeFit
{
    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    public static AnswerTrees Fit(IReadOnlyList<AnswerExample> examples, bool withSimilarity, Func<AnswerExample, float> weight)
    {
        // [1] Rows; without similarity the encoder's features are zero, as they are in the product.
        var rows = SentenceRow.From(examples, withSimilarity, weight);

        // [2] Fit: few shallow trees and large leaves, so ~6,000 questions teach interactions, not sentences.
        var ml = new MLContext(seed: 0);
        var schema = SentenceRow.Schema();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            ExampleWeightColumnName = nameof(SentenceRow.Weight),
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumPerLeaf,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = 0,
        });
        var transformer = trainer.Fit(data);
        var model = transformer.Model;

        // [3] Export, then check the export against ML.NET on the first rows.
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new AnswerTree(
            ensemble.TreeWeights[i],
            [.. t.NumericalSplitFeatureIndexes],
            [.. t.NumericalSplitThresholds.Select(v => (double)v)],
            [.. t.LeftChild],
            [.. t.RightChild],
            [.. t.LeafValues])).ToList();
        var calibrator = (PlattCalibrator)model.Calibrator;
        var exported = new AnswerTrees(ensemble.Bias, calibrator.Slope, calibrator.Offset, trees);
        var check = rows.Take(500).ToList();
        var expected = ml.Data.CreateEnumerable<Scored>(transformer.Transform(ml.Data.LoadFromEnumerable(check, schema)), reuseRowObject: false).ToList();
        for (var i = 0; i < check.Count; i++)
        {
            var mine = exported.Probability([.. check[i].Features.Select(v => (double)v)]);
            if (Math.Abs(mine - expected[i].Probability) > 1e-3)
                throw new InvalidOperationException($"The exported trees give {mine:0.0000} where ML.NET gives {expected[i].Probability:0.0000} (row {i}).");
        }
        return exported;
    }

    private const int Trees = 100;
    private const int Leaves = 16;
    private const int MinimumPerLeaf = 100;
}
