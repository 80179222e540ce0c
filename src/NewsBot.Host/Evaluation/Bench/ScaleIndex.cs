using System.Diagnostics;
using NewsBot.Core.Index;

namespace NewsBot.Host.Evaluation.Bench;

/// <summary>
/// Grows an index from the scale corpus to an exact passage count, in batched write transactions, and says how
/// fast it went. The last article is cut to its first passages when the target falls inside it.
/// </summary>
internal sealed class ScaleIndex(PassageIndex index, ScaleCorpus corpus) : IDisposable
{
    private const int ArticlesPerBatch = 2_000;
    private readonly IEnumerator<SplitArticle> _source = corpus.Articles().GetEnumerator();

    public long Passages { get; private set; }

    public long Articles { get; private set; }

    /// <summary>Adds passages until the index holds <paramref name="target"/>; returns the elapsed time.</summary>
    public TimeSpan GrowTo(long target)
    {
        var clock = Stopwatch.StartNew();
        var progress = new Runs.Progress($"building {target:N0}-passage index", (int)Math.Min(int.MaxValue, target - Passages));
        while (Passages < target)
        {
            using var batch = index.BeginBatch();
            for (var n = 0; n < ArticlesPerBatch && Passages < target; n++)
            {
                _source.MoveNext();
                var (article, passages) = _source.Current;
                if (Passages + passages.Count > target)
                    passages = [.. passages.Take((int)(target - Passages))];
                var outcome = batch.Store(article, passages, origin: null);
                if (outcome.Kind == StoreKind.Added)
                {
                    Passages += passages.Count;
                    Articles++;
                    for (var p = 0; p < passages.Count; p++)
                        progress.Step();
                }
            }
            batch.Commit();
        }
        return clock.Elapsed;
    }

    public void Dispose() => _source.Dispose();
}
