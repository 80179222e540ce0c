using System.Diagnostics;

namespace NewsBot.Evaluation.Metrics;

/// <summary>Per-call latencies (nearest-rank percentiles) collected from <see cref="Stopwatch"/> timestamps.</summary>
internal sealed class LatencyTally
{
    private readonly List<double> _milliseconds = [];
    private bool _sorted = true;

    public int Count => _milliseconds.Count;

    public void AddSince(long startTimestamp) => Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public void Add(double milliseconds)
    {
        _milliseconds.Add(milliseconds);
        _sorted = false;
    }

    public void AddRange(LatencyTally other)
    {
        _milliseconds.AddRange(other._milliseconds);
        _sorted = false;
    }

    /// <summary>The nearest-rank percentile, <paramref name="percent"/> in (0, 100].</summary>
    public double Percentile(double percent)
    {
        if (Count == 0)
            return double.NaN;
        if (!_sorted)
        {
            _milliseconds.Sort();
            _sorted = true;
        }
        var rank = (int)Math.Ceiling(percent / 100 * Count);
        return _milliseconds[Math.Clamp(rank, 1, Count) - 1];
    }

    public double Mean => Count == 0 ? double.NaN : _milliseconds.Average();
}
