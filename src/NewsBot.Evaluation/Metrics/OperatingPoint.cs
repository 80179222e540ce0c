namespace NewsBot.Evaluation.Metrics;

/// <summary>One setting of a threshold and the precision/recall it gives.</summary>
internal sealed record OperatingPoint(double Threshold, double Precision, double Recall, double FalseAbstentionRate)
{
    /// <summary>
    /// Interpolated precision at a recall level: the best precision among the points reaching at least that recall
    /// (as in the standard precision/recall curve); null when no point reaches it.
    /// </summary>
    public static OperatingPoint? BestAtRecall(IEnumerable<OperatingPoint> points, double recall) =>
        points.Where(p => p.Recall >= recall).OrderByDescending(p => p.Precision).ThenByDescending(p => p.Recall).FirstOrDefault();
}
