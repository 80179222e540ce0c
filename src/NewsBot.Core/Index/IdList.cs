namespace NewsBot.Core.Index;

/// <summary>A snapshot of every article id (refreshed after writes) for edit-distance suggestions.</summary>
internal sealed class IdList(long version, long readAt, IReadOnlyList<string> ids)
{
    public long Version => version;

    /// <summary>When the ids were read (a <see cref="TimeProvider"/> timestamp).</summary>
    public long ReadAt => readAt;

    /// <summary>
    /// <paramref name="cached"/> while it is of the catalog's current write <paramref name="version"/> and younger than
    /// <paramref name="maxAge"/> (another process's writes show up after at most that), else the ids read anew.
    /// </summary>
    public static IdList Fresh(IdList? cached, long version, TimeProvider time, TimeSpan maxAge, Func<IReadOnlyList<string>> read)
    {
        var now = time.GetTimestamp();
        return cached is not null && cached.Version == version && time.GetElapsedTime(cached.ReadAt, now) < maxAge
            ? cached
            : new IdList(version, now, read());
    }

    /// <summary>Adds the summaries of <paramref name="more"/> not yet in <paramref name="found"/>, until it holds <paramref name="max"/>.</summary>
    public static void AddDistinct(List<Articles.ArticleSummary> found, IEnumerable<Articles.ArticleSummary> more, int max)
    {
        foreach (var summary in more)
        {
            if (found.Count == max)
                return;
            if (!found.Exists(f => f.Id == summary.Id))
                found.Add(summary);
        }
    }

    /// <summary>Ids closest to <paramref name="typed"/> (lower-cased) by edit distance, within a distance that still looks like a typo.</summary>
    public IReadOnlyList<string> Nearest(string typed, int max)
    {
        var limit = Math.Max(2, typed.Length / 2);
        return ids
            .Select(id => (Id: id, Distance: EditDistance(typed, id.ToLowerInvariant(), limit)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Id)
            .ToList();
    }

    // Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit.
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit)
                return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
