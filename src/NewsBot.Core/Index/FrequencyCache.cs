using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Index;

/// <summary>
/// Document frequencies as counted. FTS5 counts a term by reading its whole doclist (~20 ns a passage: 8 ms for
/// "said" in 390k of 1M passages), which a new question's common words paid on the query path. So:
/// <list type="bullet">
/// <item>on a large index the counts outlive a statistics refresh while the passage count stays within 1% of the
/// count they started at, for at most 10 minutes (a bot that ingests every few minutes would otherwise count every
/// common word again after each ingest); small indexes count afresh after every change;</item>
/// <item>on an index of 100k+ passages, a background scan of the vocabulary (one pass over the index: 2.5 s for
/// 1M passages and 66k terms) fills in every term found in 500+ passages, so questions rarely count on the query path.</item>
/// </list>
/// </summary>
internal sealed class FrequencyCache(long passages, long startedAt)
{
    private const int MaxCachedTerms = 100_000;
    private const long MinPassagesToKeep = 10_000;
    private const long MinPassagesToPrefill = 100_000;
    private const long MinPrefilledFrequency = 500;
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly CappedCache<long> _frequencies = new(MaxCachedTerms);

    public long StartedAt => startedAt;

    /// <summary>A new cache; on a large index its common terms are counted in the background.</summary>
    public static FrequencyCache Start(IndexConnections connections, long passages, long now)
    {
        var cache = new FrequencyCache(passages, now);
        if (passages >= MinPassagesToPrefill)
            _ = Task.Factory.StartNew(() => cache.Prefill(connections), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return cache;
    }

    public bool CanServe(long passagesNow, TimeSpan age) =>
        passages >= MinPassagesToKeep && Math.Abs(passagesNow - passages) * 100 <= passages && age < MaxAge;

    public bool TryGet(string term, out long frequency) => _frequencies.TryGet(term, out frequency);

    public void Add(string term, long frequency) => _frequencies.Add(term, frequency);

    private void Prefill(IndexConnections connections)
    {
        try
        {
            using var lease = connections.RentReader();
            using var command = lease.Connection.CreateCommand();
            command.CommandText = "SELECT term, doc FROM passage_terms WHERE doc >= $min";
            command.Parameters.AddWithValue("$min", MinPrefilledFrequency);
            using var reader = command.ExecuteReader();
            while (reader.Read() && !_frequencies.IsFull)
                Add(reader.GetString(0), reader.GetInt64(1));
        }
        catch (Exception e) when (e is ObjectDisposedException or SqliteException or InvalidOperationException)
        {
            // The index closed during the scan (or the file went away): the counts are an optimisation, and
            // every term is still counted on demand.
        }
    }
}
