namespace NewsBot.Evaluation.Metrics;

/// <summary>Where the gold item ranked for each question (1 = first, null = not retrieved): recall@k and MRR@k.</summary>
internal sealed class RankTally
{
    private readonly List<int?> _ranks = [];

    public int Count => _ranks.Count;

    public void Add(int? rank)
    {
        if (rank is < 1)
            throw new ArgumentOutOfRangeException(nameof(rank), rank, "Ranks start at 1.");
        _ranks.Add(rank);
    }

    /// <summary>Share of questions whose gold item is in the top <paramref name="k"/>.</summary>
    public double RecallAt(int k) => Count == 0 ? 0 : _ranks.Count(r => r <= k) / (double)Count;

    /// <summary>Mean reciprocal rank, counting only ranks within the top <paramref name="k"/>.</summary>
    public double MrrAt(int k) => Count == 0 ? 0 : _ranks.Sum(r => r <= k ? 1.0 / r.Value : 0) / Count;

    /// <summary>The rank of the first hit satisfying <paramref name="isGold"/>, or null.</summary>
    public static int? RankOf<T>(IReadOnlyList<T> ranked, Func<T, bool> isGold)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (isGold(ranked[i]))
                return i + 1;
        }
        return null;
    }
}
