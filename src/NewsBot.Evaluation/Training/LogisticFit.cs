using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsBot.Core.Answering;

namespace NewsBot.Evaluation.Training;

/// <summary>
/// Fits the answer model's logistic weights with ML.NET (L-BFGS, L2, one thread, fixed seed: the same data gives the
/// same weights). Features are standardised for the fit and the weights mapped back, so the product needs no scaler.
/// </summary>
internal static class LogisticFit
{
    public static (double Bias, double[] Weights) Fit(IReadOnlyList<AnswerExample> examples, bool withSimilarity, Func<AnswerExample, float> weight)
    {
        // [1] Rows; without similarity the encoder's features are zero, as they are in the product.
        var rows = SentenceRow.From(examples, withSimilarity, weight);
        if (rows.Count == 0 || rows.All(r => r.Label) || rows.All(r => !r.Label))
            throw new InvalidDataException("The training data needs both answering and non-answering sentences.");

        // [2] Standardise.
        var n = AnswerFeatures.Count;
        var mean = new double[n];
        var scale = new double[n];
        for (var j = 0; j < n; j++)
        {
            mean[j] = rows.Average(r => r.Features[j]);
            var sd = Math.Sqrt(rows.Average(r => Math.Pow(r.Features[j] - mean[j], 2)));
            scale[j] = sd > 1e-9 ? sd : 1;
        }
        foreach (var row in rows)
        {
            for (var j = 0; j < n; j++)
                row.Features[j] = (float)((row.Features[j] - mean[j]) / scale[j]);
        }

        // [3] Fit.
        var ml = new MLContext(seed: 0);
        var data = ml.Data.LoadFromEnumerable(rows, SentenceRow.Schema());
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            ExampleWeightColumnName = nameof(SentenceRow.Weight),
            L2Regularization = 1f,
            L1Regularization = 0f,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        var model = trainer.Fit(data).Model.SubModel;

        // [4] Back to raw feature units.
        var standardised = model.Weights.ToArray();
        var weights = new double[n];
        var bias = (double)model.Bias;
        for (var j = 0; j < n; j++)
        {
            weights[j] = standardised[j] / scale[j];
            bias -= weights[j] * mean[j];
        }
        return (bias, weights);
    }
}
