using Microsoft.ML.Data;
using NewsBot.Core.Answering;

namespace NewsBot.Evaluation.Training;

/// <summary>
/// One scored training sentence as the learners read it: whether it holds a gold answer, its question's weight, and
/// the features as the product computes them for the model being fitted (without the encoder, its features are 0).
/// </summary>
internal sealed class SentenceRow
{
    public bool Label { get; set; }

    public float Weight { get; set; }

    [VectorType]
    public float[] Features { get; set; } = [];

    /// <summary>Feature <paramref name="feature"/> of a sentence as a model with or without the encoder sees it.</summary>
    public static double Seen(double[] features, int feature, bool withSimilarity) =>
        !withSimilarity && AnswerFeatures.EncoderFeatures.Contains(feature) ? 0 : features[feature];

    /// <summary>Every sentence of the examples, each weighted by its question.</summary>
    public static List<SentenceRow> From(IReadOnlyList<AnswerExample> examples, bool withSimilarity, Func<AnswerExample, float> weight)
    {
        var rows = new List<SentenceRow>();
        foreach (var example in examples)
        {
            for (var i = 0; i < example.Features.Count; i++)
            {
                var features = example.Features[i];
                var values = Enumerable.Range(0, features.Length).Select(j => (float)Seen(features, j, withSimilarity)).ToArray();
                rows.Add(new SentenceRow { Label = example.Labels[i], Features = values, Weight = weight(example) });
            }
        }
        return rows;
    }

    /// <summary>ML.NET's schema for the rows: a feature vector of <see cref="AnswerFeatures.Count"/> floats.</summary>
    public static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(SentenceRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, AnswerFeatures.Count);
        return schema;
    }
}
