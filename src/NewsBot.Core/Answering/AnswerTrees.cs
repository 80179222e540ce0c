namespace NewsBot.Core.Answering;

/// <summary>
/// A boosted tree ensemble over <see cref="AnswerFeatures"/> (ML.NET FastTree, exported by <c>newsbot eval
/// train-answerer</c>): what a linear model cannot say, such as "a date beside the terms counts only for a when
/// question". The summed tree score becomes a probability through the Platt calibration fitted with it.
/// </summary>
/// <param name="Bias">Added to the summed tree outputs.</param>
/// <param name="Slope">Platt calibration: probability = 1 / (1 + exp(Slope · score + Offset)).</param>
/// <param name="Offset">Platt calibration offset.</param>
/// <param name="Trees">The trees, each weighted.</param>
public sealed record AnswerTrees(double Bias, double Slope, double Offset, IReadOnlyList<AnswerTree> Trees)
{
    /// <summary>Probability (0–1) that a sentence with these features answers.</summary>
    public double Probability(IReadOnlyList<double> features)
    {
        var score = Bias;
        foreach (var tree in Trees)
            score += tree.Output(features);
        return 1 / (1 + Math.Exp(Slope * score + Offset));
    }

    /// <summary>True when every node names a feature this build has and every child index is in range.</summary>
    public bool IsValid(int featureCount) => Trees.All(t => t.IsValid(featureCount));
}

/// <summary>
/// One regression tree: node <c>i</c> sends a sentence left when feature <c>Feature[i]</c> is at most
/// <c>Threshold[i]</c>, else right; a negative child <c>c</c> is leaf <c>~c</c>.
/// </summary>
public sealed record AnswerTree(
    double Weight, IReadOnlyList<int> Feature, IReadOnlyList<double> Threshold, IReadOnlyList<int> Left, IReadOnlyList<int> Right, IReadOnlyList<double> Leaves)
{
    /// <summary>The weighted leaf value a sentence with these features reaches.</summary>
    public double Output(IReadOnlyList<double> features)
    {
        if (Feature.Count == 0)
            return Weight * (Leaves.Count > 0 ? Leaves[0] : 0);
        var node = 0;
        // Trained on single-precision values: compare as the trainer did.
        while (node >= 0)
            node = (float)features[Feature[node]] <= (float)Threshold[node] ? Left[node] : Right[node];
        return Weight * Leaves[~node];
    }

    internal bool IsValid(int featureCount) =>
        Feature.Count == Threshold.Count && Feature.Count == Left.Count && Feature.Count == Right.Count
        && Leaves.Count == Feature.Count + 1
        && Feature.All(f => f >= 0 && f < featureCount)
        && Left.Concat(Right).All(c => c < Feature.Count && ~c < Leaves.Count)
        && Threshold.Concat(Leaves).All(double.IsFinite) && double.IsFinite(Weight);
}
