using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;
using NewsBot.Core.Language;

namespace NewsBot.Core.Index;

/// <summary>
/// The passages in a Lucene.Net index, derived from the catalog: it is brought up to the catalog's change log after
/// every write made here, every poll (<see cref="IndexOptions.PollSeconds"/>) for writes made by another process, and rebuilt from the
/// catalog when it is missing, unreadable, built by another analysis (<see cref="PassageAnalyzer.Version"/>) or from
/// another catalog. Lucene allows one writer per index: the first process to open it holds the writer (the host, when it
/// runs); another (<c>newsbot ingest</c> while the host is up) only writes the catalog and reads the index, which the
/// holder brings up to date within a poll. Searches never wait for the writer: they see the last refreshed state.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    public const string KeyField = "key";
    public const string AllField = "all";
    public const string TitleField = "title";

    /// <summary>Passages added before the searchers are refreshed during a long catch-up (answers come from what is there).</summary>
    private const int RefreshEvery = 100_000;

    /// <summary>Change-log entries (re-titled or removed passages) a catch-up applies at once.</summary>
    private const int ChangeChunk = 20_000;

    /// <summary>Most passages brought in while opening before the rest is left to the background (the host must start answering).</summary>
    private const long OpenCatchUpLimit = 20_000;

    private const string WriterFileName = "newsbot-writer.lock";

    /// <summary>Passages added since the last merge after which the segments are merged into one.</summary>
    private const long MergeAfter = 100_000;

    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = 2 };
    private const string AnalysisKey = "analysis";
    private const string CatalogKey = "catalog";
    private const string ChangeKey = "change";
    private const string MaxKeyKey = "max-key";

    private static readonly FieldType TextType = Freeze(new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, IndexOptions = LuceneIndexOptions.DOCS_AND_FREQS });

    private readonly LuceneDirectory _directory;
    private readonly string _folder;
    private readonly ICatalogFeed _catalog;
    private readonly CatchUpSteps _steps;
    private readonly ILogger _logger;
    private readonly PassageAnalyzer _analyzer = new();
    private readonly object _gate = new();
    private readonly Timer _poll;
    private readonly CancellationTokenSource _closing = new();
    private IndexWriter? _writer;
    private FileStream? _writerFile;
    private SearcherManager? _searchers;
    private long _change;
    private long _maxKey;
    private bool _rebuild;
    private bool _unsettled;
    private int _polling;
    private int _disposed;
    private readonly object _workerGate = new();
    private Task _worker = Task.CompletedTask;
    private int _requested;
    private volatile bool _rebuilding;
    private long _addedSinceMerge;

    public LuceneIndex(string folder, ICatalogFeed catalog, ILogger logger, TimeSpan pollInterval)
        : this(folder, catalog, logger, pollInterval, CatchUpSteps.Default)
    {
    }

    /// <summary>With other catch-up steps (tests take many small ones).</summary>
    internal LuceneIndex(string folder, ICatalogFeed catalog, ILogger logger, TimeSpan pollInterval, CatchUpSteps steps)
    {
        _steps = steps;
        System.IO.Directory.CreateDirectory(folder);
        _folder = folder;
        _directory = FSDirectory.Open(folder);
        _catalog = catalog;
        _logger = logger;
        TryTakeWriter();
        if (_writer is not null)
        {
            var latest = catalog.Latest();
            var behind = _rebuild ? catalog.PassageCount() : latest.Change - _change + Math.Max(0, latest.MaxKey - _maxKey);
            if (behind <= OpenCatchUpLimit)
                CatchUp();
            else
                RequestCatchUp();
        }
        _poll = new Timer(_ => Poll(), null, pollInterval, pollInterval);
    }

    /// <summary>BM25 as the candidate stage ranks by.</summary>
    public static Similarity Similarity { get; } = new CoordinatedBM25();

    /// <summary>What the index is doing, for logs and health: "ready", "rebuilding", "following" (another process writes).</summary>
    public string State => _writer is null ? "following" : _rebuilding ? "rebuilding" : "ready";

    /// <summary>The catalog point this index has taken in (the change and the highest passage key its commits record).</summary>
    public CatalogPoint Applied => new(Volatile.Read(ref _change), Volatile.Read(ref _maxKey));

    /// <summary>A searcher over the last refreshed state (null while no index exists yet); dispose the lease to give it back.</summary>
    public SearcherLease? Acquire()
    {
        var searchers = Volatile.Read(ref _searchers);
        return searchers is null ? null : new SearcherLease(searchers, searchers.Acquire());
    }

    /// <summary>
    /// Brings the index up to the catalog's newest change (when this process holds the writer) and makes it visible to
    /// searches. Called after every catalog write made here; writes by others are picked up by the poll.
    /// </summary>
    public void CatchUp()
    {
        if (_writer is null)
            return;
        lock (_gate)
        {
            if (_writer is null || _closing.IsCancellationRequested)
                return;
            try
            {
                var latest = _catalog.Latest();
                if (!_rebuild && latest.Change < _change)
                    _rebuild = true; // another catalog's index
                else if (!_rebuild && latest.Change > _change && !_catalog.Covers(_change))
                    _rebuild = true; // away so long that a shared catalog pruned changes it had not taken in
                if (_rebuild)
                    Rebuild(latest);
                else if (latest.Change > _change || latest.MaxKey > _maxKey)
                    Apply(latest);
                else if (_addedSinceMerge < MergeAfter)
                    return;
                // else: nothing new, but a bulk load's merge is still owed (put off while more was waiting, and the
                // catch-up that ran for the last request found that batch already taken in).
                MergeAfterBulk();
                _searchers!.MaybeRefreshBlocking();
                // The changes are in a commit now: the catalog need not keep them (a lost index is rebuilt from the passages).
                _catalog.Forget(_change);
            }
            catch (OperationCanceledException) when (_closing.IsCancellationRequested)
            {
                // Closing: what was committed stays; the next start goes on from there.
            }
            catch (Exception e) when (e is IOException or System.Data.Common.DbException or InvalidOperationException)
            {
                // The catalog has the change (it is the system of record): the next catch-up or poll tries again, and a
                // damaged index is rebuilt at the next start. Never fail the write that is already committed.
                _unsettled = true;
                _logger.LogWarning(e, "The passage index could not take in the latest catalog changes; trying again at the next poll");
            }
        }
    }

    /// <summary>
    /// Has the catch-up done on a background thread (a bulk ingest's next catalog batch is written meanwhile);
    /// <see cref="CatchUp"/> waits for it and finishes what is left.
    /// </summary>
    public void RequestCatchUp()
    {
        Volatile.Write(ref _requested, 1);
        lock (_workerGate)
        {
            if (_worker.IsCompleted && !_closing.IsCancellationRequested)
                _worker = Task.Run(Work);
        }
    }

    private void Work()
    {
        try
        {
            while (Interlocked.Exchange(ref _requested, 0) == 1)
                CatchUp();
        }
        catch (ObjectDisposedException e)
        {
            // CatchUp itself logs and survives I/O and catalog failures; what is left is the index closing under it.
            if (!_closing.IsCancellationRequested)
                _logger.LogWarning(e, "The passage index could not be brought up to date in the background; the next poll tries again");
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _closing.Cancel();
        _poll.Dispose();
        Task worker;
        lock (_workerGate)
            worker = _worker;
        worker.Wait(TimeSpan.FromSeconds(30));
        lock (_gate)
        {
            _searchers?.Dispose();
            // Every completed catch-up is committed; a rollback drops only a half-done one (its changes are replayed).
            _writer?.Rollback();
            _writer = null;
            _writerFile?.Dispose();
        }
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private void Poll()
    {
        if (Interlocked.Exchange(ref _polling, 1) == 1)
            return;
        try
        {
            if (_writer is null)
            {
                TryTakeWriter();
                if (_writer is null)
                {
                    // Following another process's writer: open its index once it exists, then see its commits.
                    if (_searchers is null && DirectoryReader.IndexExists(_directory))
                        _searchers = new SearcherManager(_directory, new BM25SearcherFactory());
                    _searchers?.MaybeRefresh();
                    return;
                }
            }
            if (_worker.IsCompleted)
                CatchUp();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            if (!_closing.IsCancellationRequested)
                _logger.LogWarning(e, "The passage index could not be brought up to date; trying again in a moment");
        }
        finally
        {
            Volatile.Write(ref _polling, 0);
        }
    }

    private void TryTakeWriter()
    {
        lock (_gate)
        {
            if (_writer is not null || _closing.IsCancellationRequested)
                return;
            // Lucene.Net's native lock does not keep a second process out on Linux (measured: both opened writers), so the
            // writer is held through a file of our own opened exclusively (an OS lock: released when the process dies).
            if (HoldWriterFile() is not { } file)
                return; // another process (or another index object here) holds it
            IndexWriter writer;
            try
            {
                writer = new IndexWriter(_directory, Config(OpenMode.CREATE_OR_APPEND));
            }
            catch (LockObtainFailedException)
            {
                file.Dispose();
                return;
            }
            catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or IOException)
            {
                _logger.LogWarning("The passage index cannot be read ({Error}); rebuilding it from the catalog", e.Message);
                ClearLock();
                writer = new IndexWriter(_directory, Config(OpenMode.CREATE));
            }
            _writerFile = file;
            var data = writer.CommitData;
            _rebuild = !(data.TryGetValue(AnalysisKey, out var analysis) && analysis == PassageAnalyzer.Version
                && data.TryGetValue(CatalogKey, out var catalog) && catalog == _catalog.CatalogId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && data.TryGetValue(ChangeKey, out var change) && long.TryParse(change, out _change)
                && data.TryGetValue(MaxKeyKey, out var maxKey) && long.TryParse(maxKey, out _maxKey));
            if (_rebuild && writer.NumDocs > 0)
                _logger.LogInformation("The passage index was built by another analysis or catalog; rebuilding it from the catalog");
            var searchers = new SearcherManager(writer, true, new BM25SearcherFactory());
            var old = _searchers;
            _searchers = searchers;
            old?.Dispose();
            Volatile.Write(ref _writer, writer);
        }
    }

    private FileStream? HoldWriterFile()
    {
        try
        {
            return new FileStream(System.IO.Path.Combine(_folder, WriterFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void ClearLock()
    {
        try
        {
            IndexWriter.Unlock(_directory);
        }
        catch (IOException)
        {
            // Held by a live process after all: opening will say so.
        }
    }

    private IndexWriterConfig Config(OpenMode mode) => new(PassageAnalyzer.Lucene, _analyzer)
    {
        OpenMode = mode,
        // Another process holding the writer is normal (this one follows it): find out at once, never wait a second under the gate.
        WriteLockTimeout = 0,
        Similarity = Similarity,
        // Larger in-memory segments and no compound files: fewer flushes and merges during a bulk build (the index is
        // one folder per catalog, so the extra file handles do not matter).
        RAMBufferSizeMB = 128,
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
    };

    /// <summary>Every passage again: the index emptied, then every passage of the catalog added.</summary>
    private void Rebuild(CatalogPoint latest)
    {
        _rebuilding = true;
        var total = _catalog.PassageCount();
        if (total > OpenCatchUpLimit)
            _logger.LogInformation("Building the passage index from the catalog: {Total:N0} passages", total);
        _writer!.DeleteAll();
        // The emptied index is as if it had taken in every change up to now and no passage: the passages go in as new ones.
        _change = latest.Change;
        _maxKey = 0;
        var count = AddAfter(latest, total);
        _rebuild = false;
        _rebuilding = false;
        if (total > OpenCatchUpLimit)
            _logger.LogInformation("Passage index ready: {Count:N0} passages", count);
    }

    /// <summary>The changes since the last commit: re-titled passages replaced, removed ones deleted, new ones added.</summary>
    private void Apply(CatalogPoint latest)
    {
        var writer = _writer!;
        var from = _change;
        var known = _maxKey;
        while (from < latest.Change)
        {
            _closing.Token.ThrowIfCancellationRequested();
            var to = Math.Min(latest.Change, from + ChangeChunk);
            // Keys above every key indexed are new passages: AddAfter takes in those still there, with their current title.
            var keys = _catalog.ChangedSince(from, to).Where(k => k <= known).ToList();
            var present = _catalog.Passages(keys);
            // Every changed passage goes and those still there come back with their current title (a delete applies
            // only to documents added before it), found by doc value: documents hold no key term.
            if (keys.Count > 0)
                writer.DeleteDocuments(PassageKeyQuery.For(keys));
            Analyse(present, (document, passage) => writer.AddDocument(document.Fill(passage)));
            _addedSinceMerge += present.Count;
            Commit(to, known);
            from = to;
        }
        AddAfter(latest, latest.MaxKey - known);
    }

    /// <summary>
    /// Adds the passages with keys above the highest indexed, up to the catalog's highest, reading them in chunks while
    /// two threads analyse; searchers are refreshed and the work committed now and then on the way (a flush per
    /// refresh, an fsync per commit: each costs a segment to merge later).
    /// </summary>
    private long AddAfter(CatalogPoint latest, long expected)
    {
        var writer = _writer!;
        long added = 0, sinceRefresh = 0, sinceCommit = 0;
        var done = _maxKey;
        if (_unsettled)
        {
            // A catch-up failed halfway and left passages above its last commit in the writer: they are added again now.
            writer.DeleteDocuments(PassageKeyQuery.Above(done));
            _unsettled = false;
        }
        while (done < latest.MaxKey)
        {
            _closing.Token.ThrowIfCancellationRequested();
            var chunk = _catalog.PassagesAfter(done, latest.MaxKey, _steps.Chunk);
            if (chunk.Count == 0)
                break;
            Analyse(chunk, (document, passage) => writer.AddDocument(document.Fill(passage)));
            done = chunk[^1].Key;
            added += chunk.Count;
            sinceRefresh += chunk.Count;
            sinceCommit += chunk.Count;
            if (sinceCommit >= _steps.CommitEvery)
            {
                Commit(latest.Change, done);
                sinceCommit = 0;
            }
            if (sinceRefresh >= RefreshEvery && done < latest.MaxKey)
            {
                _searchers!.MaybeRefresh();
                sinceRefresh = 0;
                if (_rebuilding)
                    _logger.LogInformation("Passage index: {Count:N0} of {Total:N0} passages", added, expected);
            }
        }
        _addedSinceMerge += added;
        Commit(latest.Change, Math.Max(_maxKey, latest.MaxKey));
        return added;
    }

    /// <summary>Analyses passages into documents on two threads (Lucene's writer takes documents from several at once).</summary>
    private void Analyse(IReadOnlyList<FeedPassage> passages, Action<PassageDocument, FeedPassage> write)
    {
        if (passages.Count == 0)
            return;
        Unwrapped(() => Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, passages.Count, 500), Parallelism, () => new PassageDocument(), (range, _, document) =>
        {
            _closing.Token.ThrowIfCancellationRequested();
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var passage = passages[i];
                write(document, passage);
            }
            return document;
        }, _ => { }));
    }

    /// <summary>
    /// After a bulk load (100,000+ passages and nothing more waiting) the segments are merged into one: a search costs
    /// per segment (16 segments at 1M passages: 153 q/s on 2 threads; one: 420 q/s), and the merge takes ~9 s at 1M.
    /// </summary>
    private void MergeAfterBulk()
    {
        if (_addedSinceMerge < MergeAfter || Volatile.Read(ref _requested) == 1)
            return;
        _writer!.ForceMerge(1);
        _writer.Commit();
        _addedSinceMerge = 0;
    }

    /// <summary>Runs a parallel loop and rethrows its first failure as itself (cancellation, I/O), not wrapped.</summary>
    private static void Unwrapped(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }

    private void Commit(long change, long maxKey)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        _writer!.SetCommitData(new Dictionary<string, string>
        {
            [AnalysisKey] = PassageAnalyzer.Version,
            [CatalogKey] = _catalog.CatalogId.ToString(inv),
            [ChangeKey] = change.ToString(inv),
            [MaxKeyKey] = maxKey.ToString(inv),
        });
        _writer.Commit();
        _change = change;
        _maxKey = maxKey;
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>
    /// One reusable document: the key as a doc value (for results, and for deletes: <see cref="PassageKeyQuery"/>), the
    /// title, and title plus text. An index written before also holds each key as a term, which nothing reads any more.
    /// </summary>
    private sealed class PassageDocument
    {
        private readonly Document _document = [];
        private readonly NumericDocValuesField _keyValue = new(KeyField, 0);
        private readonly Field _title = new(TitleField, "", TextType);
        private readonly Field _allTitle = new(AllField, "", TextType);
        private readonly Field _allText = new(AllField, "", TextType);

        public PassageDocument()
        {
            _document.Add(_keyValue);
            _document.Add(_title);
            _document.Add(_allTitle);
            _document.Add(_allText);
        }

        public Document Fill(FeedPassage passage)
        {
            _keyValue.SetInt64Value(passage.Key);
            _title.SetStringValue(passage.Title);
            _allTitle.SetStringValue(passage.Title);
            _allText.SetStringValue(passage.Text);
            return _document;
        }
    }

    /// <summary>How a long catch-up goes.</summary>
    /// <param name="Chunk">Passages read from the catalog at once.</param>
    /// <param name="CommitEvery">Passages added before the work so far is committed (a process killed then goes on from there).</param>
    internal sealed record CatchUpSteps(int Chunk, int CommitEvery)
    {
        public static CatchUpSteps Default { get; } = new(10_000, 250_000);
    }

    /// <summary>A searcher and the manager it came from (the manager changes when a follower takes the writer over).</summary>
    internal readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
    {
        public IndexSearcher Searcher => searcher;

        public void Dispose() => manager.Release(searcher);
    }

    /// <summary>
    /// BM25 with coordination: a passage's score is scaled by the share of the query's clauses it matches, so passages
    /// holding more of the question's rare terms come first, as FTS5's rarity-set candidates did (RealTimeQA r@1 0.581 →
    /// 0.588, MRR 0.684 → 0.687; the chat set within one question; exponents 0.5 and 2 measured no better).
    /// </summary>
    private sealed class CoordinatedBM25 : BM25Similarity
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1 : (float)overlap / maxOverlap;
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
