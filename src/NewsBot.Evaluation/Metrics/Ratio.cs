namespace NewsBot.Evaluation.Metrics;

/// <summary>Counts as shares, NaN (printed as "–") when nothing was counted.</summary>
internal static class Ratio
{
    public static double Of(int count, int total) => total == 0 ? double.NaN : count / (double)total;
}
