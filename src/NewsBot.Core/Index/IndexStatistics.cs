using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Index;

/// <summary>
/// Collection statistics for scoring: passage count, average passage length and per-term document
/// frequencies (from the fts5vocab table). Cached, and read again after a write or after a short while
/// (another process may be ingesting into the same file); see <see cref="FrequencyCache"/> for the frequencies.
/// </summary>
internal sealed class IndexStatistics(IndexConnections connections, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private volatile Snapshot? _current;

    /// <summary>The statistics valid now, read through the given connection when stale.</summary>
    public Snapshot Current(SqliteConnection connection)
    {
        var snapshot = _current;
        var now = time.GetTimestamp();
        // The version is read before the counts: a commit landing in between then only makes the next call read again,
        // instead of old counts being cached under the new version.
        var version = connections.WriteVersion;
        if (snapshot is not null && snapshot.Version == version && time.GetElapsedTime(snapshot.ReadAt, now) < MaxAge)
            return snapshot;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM index_stats";
        long passages = 0, chars = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.GetString(0) == "passages")
                    passages = reader.GetInt64(1);
                else if (reader.GetString(0) == "chars")
                    chars = reader.GetInt64(1);
            }
        }
        var frequencies = snapshot is not null && snapshot.Frequencies.CanServe(passages, time.GetElapsedTime(snapshot.Frequencies.StartedAt, now))
            ? snapshot.Frequencies
            : FrequencyCache.Start(connections, passages, now);
        return _current = new Snapshot(version, now, passages, passages == 0 ? 1 : (double)chars / passages, frequencies);
    }

    /// <summary>Statistics at one moment, with a lazily filled document-frequency cache.</summary>
    /// <summary>BM25's idf of a term found in <paramref name="documentFrequency"/> of <paramref name="count"/> passages.</summary>
    public static double Idf(long count, long documentFrequency) =>
        Math.Log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));

    internal sealed class Snapshot(long version, long readAt, long passages, double averageChars, FrequencyCache frequencies)
    {
        public FrequencyCache Frequencies => frequencies;

        public long Version => version;

        public long ReadAt => readAt;

        /// <summary>Number of passages.</summary>
        public long Passages => passages;

        /// <summary>Average passage length in characters.</summary>
        public double AverageChars => averageChars;

        /// <summary>How many passages contain an indexed term.</summary>
        public long DocumentFrequency(SqliteConnection connection, string term)
        {
            if (frequencies.TryGet(term, out var known))
                return known;
            var command = SearchCommands.For(connection).Frequency;
            command.Parameters[0].Value = term;
            var frequency = command.ExecuteScalar() is long doc ? doc : 0;
            frequencies.Add(term, frequency);
            return frequency;
        }

        /// <summary>BM25's inverse document frequency (never negative).</summary>
        public double Idf(long documentFrequency) => IndexStatistics.Idf(passages, documentFrequency);
    }
}
