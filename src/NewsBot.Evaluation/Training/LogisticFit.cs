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
    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType]
        public float[] Features { get; set; } = [];
    }

    public static (double Bias, double[] Weights) Fit(IReadOnlyList<AnswerExample> examples, bool withSimilarity, Func<AnswerExample, float> weight)
    {
        // [1] Rows; without similarity the encoder's features are zero, as they are in the product.
        var rows = new List<Row>();
        foreach (var example in examples)
        {
            for (var i = 0; i < example.Features.Count; i++)
            {
                var values = example.Features[i].Select((v, j) => !withSimilarity && AnswerFeatures.EncoderFeatures.Contains(j) ? 0f : (float)v).ToArray();
                rows.Add(new Row { Label = example.Labels[i], Features = values, Weight = weight(example) });
            }
        }
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
        var data = ml.Data.LoadFromEnumerable(rows, SchemaDefinition.Create(typeof(Row)).WithFeatureSize(n));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            ExampleWeightColumnName = nameof(Row.Weight),
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

    private static SchemaDefinition WithFeatureSize(this SchemaDefinition schema, int size)
    {
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }
}
