namespace NewsBot.Core.Index;

/// <summary>
/// Picks the candidates to re-score from the rows each rare term group matches, without FTS5 ranking them all:
/// rows holding more rarity (the summed idf of the groups they contain) come first, a whole set of groups at a
/// time; the set that no longer fits whole (the boundary) is left for bm25 to order. FTS5's <c>ORDER BY rank</c>
/// costs ~2 µs per matching row (a docsize lookup and a position-list decode), reading bare rowids ~0.25 µs.
/// </summary>
internal sealed class CandidateRanking(IReadOnlyList<QueryPlan.TermGroup> groups)
{
    private readonly long[][] _rowsOf = new long[groups.Count][];
    private long[] _rows = [];
    private uint[] _masks = [];
    private int _count;
    private bool _merged;

    /// <summary>The rows group <paramref name="group"/> (index into the groups) matches, in ascending order.</summary>
    public void Add(int group, long[] ascendingRows)
    {
        _rowsOf[group] = ascendingRows;
        _merged = false;
    }

    /// <summary>
    /// The rows of every group set that fits whole within <paramref name="n"/>, best sets first, and the set at the
    /// boundary (null when all rows fit) with how many of its rows are still wanted.
    /// </summary>
    public (List<long> Rows, Boundary? Boundary) Split(int n)
    {
        Merge();
        var sizes = new Dictionary<uint, int>();
        for (var i = 0; i < _count; i++)
            sizes[_masks[i]] = sizes.GetValueOrDefault(_masks[i]) + 1;
        var taken = new HashSet<uint>();
        var count = 0;
        Boundary? boundary = null;
        foreach (var (mask, size) in sizes.OrderByDescending(s => Rarity(s.Key)).ThenBy(s => s.Key))
        {
            if (count + size > n)
            {
                boundary = new Boundary(mask, size, n - count);
                break;
            }
            taken.Add(mask);
            count += size;
        }
        var rows = new List<long>(count);
        for (var i = 0; i < _count; i++)
        {
            if (taken.Contains(_masks[i]))
                rows.Add(_rows[i]);
        }
        return (rows, boundary);
    }

    /// <summary>
    /// <paramref name="wanted"/> rows of a group set without asking FTS5 (when the set is too large to rank):
    /// a fixed, even spread over the set (by a hash of the key), so no part of the index is favoured.
    /// </summary>
    public IEnumerable<long> Spread(uint mask, int wanted)
    {
        Merge();
        // A bounded max-heap of the smallest hashes: the boundary set may hold thousands of rows.
        var heap = new PriorityQueue<long, ulong>(wanted + 1, Comparer<ulong>.Create((a, b) => b.CompareTo(a)));
        for (var i = 0; i < _count && wanted > 0; i++)
        {
            if (_masks[i] != mask)
                continue;
            var hash = Mix(_rows[i]);
            if (heap.Count < wanted)
                heap.Enqueue(_rows[i], hash);
            else if (heap.TryPeek(out _, out var largest) && hash < largest)
                heap.EnqueueDequeue(_rows[i], hash);
        }
        return heap.UnorderedItems.Select(x => x.Element).ToList();
    }

    // One pass over the groups' ascending row lists (at most 32, usually 2–4): each distinct row once, with the set of groups holding it.
    private void Merge()
    {
        if (_merged)
            return;
        var lists = _rowsOf.Select(r => r ?? []).ToArray();
        var next = new int[lists.Length];
        var capacity = lists.Sum(l => l.Length);
        _rows = new long[capacity];
        _masks = new uint[capacity];
        _count = 0;
        while (true)
        {
            var row = long.MaxValue;
            for (var g = 0; g < lists.Length; g++)
            {
                if (next[g] < lists[g].Length && lists[g][next[g]] < row)
                    row = lists[g][next[g]];
            }
            if (row == long.MaxValue)
                break;
            var mask = 0u;
            for (var g = 0; g < lists.Length; g++)
            {
                if (next[g] < lists[g].Length && lists[g][next[g]] == row)
                {
                    mask |= 1u << g;
                    next[g]++;
                }
            }
            _rows[_count] = row;
            _masks[_count++] = mask;
        }
        _merged = true;
    }

    private double Rarity(uint mask)
    {
        var sum = 0.0;
        for (var g = 0; g < groups.Count; g++)
        {
            if ((mask & (1u << g)) != 0)
                sum += groups[g].Idf;
        }
        return sum;
    }

    private static ulong Mix(long row) => unchecked((ulong)row * 0x9E3779B97F4A7C15UL);

    /// <summary>The group set where the candidates run out: its rows, and how many of them are wanted.</summary>
    internal sealed record Boundary(uint Mask, int Size, int Wanted);
}
