using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// Passages in Lucene.Net set up as its documentation shows, not as the product tunes it: the baseline that
/// <c>bench query --baseline plain-lucene</c> measures. <see cref="EnglishAnalyzer"/>, <see cref="BM25Similarity"/> with
/// its default parameters, one unstored text field (title and text) and a stored id, an <see cref="MMapDirectory"/>, the
/// default <see cref="IndexWriterConfig"/> but for a 256 MB RAM buffer, one <c>ForceMerge(1)</c> at the end. A question
/// goes through the classic <see cref="QueryParser"/> (default operator OR) after <see cref="QueryParserBase.Escape"/>;
/// one that still does not parse (a trailing NOT, say: escaping leaves the operator words) is a failed query, counted.
/// </summary>
internal sealed class PlainLuceneIndex : IDisposable
{
    public const string IdField = "id";
    public const string TextField = "text";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly string _folder;
    private readonly MMapDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly SearcherManager _searchers;
    // The classic parser keeps state while parsing: one per thread.
    private readonly ThreadLocal<QueryParser> _parsers;
    private long _asked;
    private long _failed;

    private PlainLuceneIndex(string folder, MMapDirectory directory, Analyzer analyzer, long documents, TimeSpan buildTime)
    {
        _folder = folder;
        _directory = directory;
        _analyzer = analyzer;
        Documents = documents;
        BuildTime = buildTime;
        _searchers = new SearcherManager(directory, new BM25Searchers());
        _parsers = new ThreadLocal<QueryParser>(() => new QueryParser(Version, TextField, analyzer) { DefaultOperator = Operator.OR });
    }

    public long Documents { get; }

    /// <summary>Adding the documents, the merge to one segment and the commit; opening the folder and the searcher are not in it.</summary>
    public TimeSpan BuildTime { get; }

    public long Asked => Interlocked.Read(ref _asked);

    public long FailedQueries => Interlocked.Read(ref _failed);

    /// <summary>Everything in the index folder.</summary>
    public double SizeMb => new DirectoryInfo(_folder).EnumerateFiles().Sum(f => f.Length) / (1024.0 * 1024.0);

    /// <summary>Indexes <paramref name="documents"/> into the new folder <paramref name="folder"/> and opens it for search.</summary>
    public static PlainLuceneIndex Build(string folder, IEnumerable<PlainDocument> documents)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = new MMapDirectory(new DirectoryInfo(folder));
        var analyzer = new EnglishAnalyzer(Version);
        var config = new IndexWriterConfig(Version, analyzer) { RAMBufferSizeMB = 256, Similarity = new BM25Similarity() };
        var count = 0L;
        TimeSpan elapsed;
        using (var writer = new IndexWriter(directory, config))
        {
            var clock = Stopwatch.StartNew();
            foreach (var document in documents)
            {
                writer.AddDocument(new Document
                {
                    new StoredField(IdField, document.Id),
                    new TextField(TextField, document.Text, Field.Store.NO),
                });
                count++;
            }
            writer.ForceMerge(1);
            writer.Commit();
            elapsed = clock.Elapsed;
        }
        return new PlainLuceneIndex(folder, directory, analyzer, count, elapsed);
    }

    /// <summary>The top <paramref name="k"/>, or null when the question does not parse.</summary>
    public TopDocs? Search(string question, int k)
    {
        Interlocked.Increment(ref _asked);
        Query query;
        try
        {
            query = _parsers.Value!.Parse(QueryParserBase.Escape(question));
        }
        catch (ParseException)
        {
            Interlocked.Increment(ref _failed);
            return null;
        }
        var searcher = _searchers.Acquire();
        try
        {
            return searcher.Search(query, k);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The ids of the top <paramref name="k"/> (none when the question does not parse).</summary>
    public IReadOnlyList<string> SearchIds(string question, int k)
    {
        if (Search(question, k) is not { } top)
            return [];
        var searcher = _searchers.Acquire();
        try
        {
            return [.. top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IdField))];
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _parsers.Dispose();
        _searchers.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private sealed class BM25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
