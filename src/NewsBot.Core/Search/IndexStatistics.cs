using Lucene.Net.Index;
using NewsBot.Core.Index;

namespace NewsBot.Core.Search;

/// <summary>
/// Collection statistics for scoring: the passage count and per-term document frequencies come from the Lucene reader a
/// search holds (exact for that reader, no counting on the query path); the average passage length in characters from
/// the catalog's totals, cached and read again after a write here or after a short while (another process may ingest).
/// </summary>
internal sealed class IndexStatistics(ICatalogPassages catalog, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private volatile Lengths? _lengths;

    /// <summary>The statistics of the given reader.</summary>
    public Snapshot Current(IndexReader reader) => new(reader, AverageChars());

    /// <summary>BM25's idf of a term found in <paramref name="documentFrequency"/> of <paramref name="count"/> passages.</summary>
    public static double Idf(long count, long documentFrequency) =>
        Math.Log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));

    private double AverageChars()
    {
        var lengths = _lengths;
        var now = time.GetTimestamp();
        // The version is read before the totals: a commit landing in between only makes the next call read again.
        var version = catalog.WriteVersion;
        if (lengths is not null && lengths.Version == version && time.GetElapsedTime(lengths.ReadAt, now) < MaxAge)
            return lengths.AverageChars;
        var (passages, chars) = catalog.Totals();
        var average = passages == 0 ? 1 : (double)chars / passages;
        _lengths = new Lengths(version, now, average);
        return average;
    }

    private sealed record Lengths(long Version, long ReadAt, double AverageChars);

    /// <summary>Statistics of one reader.</summary>
    internal sealed class Snapshot(IndexReader reader, double averageChars)
    {
        /// <summary>Number of passages.</summary>
        public long Passages { get; } = reader.NumDocs;

        /// <summary>Average passage length in characters.</summary>
        public double AverageChars => averageChars;

        /// <summary>How many passages contain an indexed term (title or text).</summary>
        public long DocumentFrequency(string term) => reader.DocFreq(new Term(LuceneIndex.AllField, term));

        /// <summary>BM25's inverse document frequency (never negative).</summary>
        public double Idf(long documentFrequency) => IndexStatistics.Idf(Passages, documentFrequency);
    }
}
