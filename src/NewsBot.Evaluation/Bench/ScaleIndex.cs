using System.Collections.Concurrent;
using System.Diagnostics;
using NewsBot.Core.Index;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// Grows an index from the scale corpus to an exact passage count, in batched write transactions, and says how
/// fast it went. The last article is cut to its first passages when the target falls inside it. The corpus is
/// made (words dropped, passages split) on its own thread, as the product's ingester reads and splits on one
/// while the single writer stores: the figure is the writer's pace, not the synthetic corpus generator's.
/// </summary>
internal sealed class ScaleIndex : IDisposable
{
    private const int ArticlesPerBatch = 2_000;
    private readonly PassageIndex _index;
    private readonly BlockingCollection<SplitArticle> _ready = new(boundedCapacity: 256);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _producer;
    private readonly CorpusSelection? _selection;
    private long _position;

    /// <param name="selection">Where to note which articles and passages the index was given (a baseline replays them).</param>
    public ScaleIndex(PassageIndex index, ScaleCorpus corpus, CorpusSelection? selection = null)
    {
        _index = index;
        _selection = selection;
        _producer = new Thread(() => Produce(corpus)) { IsBackground = true, Name = "scale corpus" };
        _producer.Start();
    }

    public long Passages { get; private set; }

    public long Articles { get; private set; }

    /// <summary>
    /// Adds passages until the index holds <paramref name="target"/>; returns the elapsed time. Notes on stderr when the
    /// catalog was written, when the index had caught up (and merged), and the process's CPU time meanwhile: the wall
    /// figure on a shared 2-core machine moves with the load, the CPU figure much less.
    /// </summary>
    public TimeSpan GrowTo(long target)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var progress = new Runs.Progress($"building {target:N0}-passage index", (int)Math.Min(int.MaxValue, target - Passages));
        while (Passages < target)
        {
            using var batch = _index.BeginBatch();
            for (var n = 0; n < ArticlesPerBatch && Passages < target; n++)
            {
                var (article, passages) = _ready.Take();
                var position = _position++;
                if (Passages + passages.Count > target)
                    passages = [.. passages.Take((int)(target - Passages))];
                var outcome = batch.Store(article, passages, origin: null);
                if (outcome.Kind == StoreKind.Added)
                {
                    Passages += passages.Count;
                    Articles++;
                    _selection?.Add(position, passages.Count);
                    for (var p = 0; p < passages.Count; p++)
                        progress.Step();
                }
            }
            batch.CommitInBackground();
        }
        var written = clock.Elapsed;
        _index.WaitUntilSearchable();
        var elapsed = clock.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Runs.Progress.Note($"{target:N0} passages: catalog written in {written.TotalSeconds:0.0} s, searchable (index caught up and merged) "
            + $"{(elapsed - written).TotalSeconds:0.0} s later; build {elapsed.TotalSeconds:0.0} s wall, {used.TotalSeconds:0.0} s CPU (user + sys, all threads)");
        return elapsed;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _producer.Join();
        _ready.Dispose();
        _stop.Dispose();
    }

    private void Produce(ScaleCorpus corpus)
    {
        try
        {
            foreach (var article in corpus.Articles())
                _ready.Add(article, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Disposed: nothing more is wanted.
        }
    }
}
