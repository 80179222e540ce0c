using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;
using NewsBot.Core.Language;
using NewsBot.Core.Search;

namespace NewsBot.Core.Index;

/// <summary>
/// Articles and passages in the SQLite catalog (the system of record; WAL: readers keep answering while an ingest
/// writes), searched through a Lucene index derived from it (<see cref="LuceneIndex"/>). Thread-safe.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private readonly ICatalogStore _store;
    private readonly IArticleCatalog _catalog;
    private readonly PassageSearch _search;
    private readonly LuceneIndex _lucene;
    private readonly CatalogPoint _openedAt;
    private volatile bool _ready;

    /// <summary>Opens (creating when absent) the index file named by <see cref="IndexOptions.Path"/>.</summary>
    public PassageIndex(IOptions<IndexOptions> options, ILogger<PassageIndex> logger)
        : this(options, logger, TimeProvider.System)
    {
    }

    /// <summary>Opens (creating when absent) the index file named by <see cref="IndexOptions.Path"/>.</summary>
    public PassageIndex(IOptions<IndexOptions> options, ILogger<PassageIndex> logger, TimeProvider time)
        : this(new SqliteCatalogStore(CatalogPath(options), time), options.Value, logger, time)
    {
    }

    /// <summary>
    /// Over a catalog kept elsewhere (a database several hosts share); the Lucene index stays local, in the folder
    /// <see cref="IndexOptions.LuceneFolder"/> names for <see cref="IndexOptions.Path"/>. Takes ownership of <paramref name="store"/>.
    /// </summary>
    internal PassageIndex(ICatalogStore store, IndexOptions options, ILogger<PassageIndex> logger, TimeProvider time)
    {
        _store = store;
        try
        {
            _catalog = store.Articles;
            _lucene = new LuceneIndex(IndexOptions.LuceneFolder(options.Path), store.Feed, logger, TimeSpan.FromSeconds(options.PollSeconds));
        }
        catch
        {
            store.Dispose();
            throw;
        }
        try
        {
            _openedAt = store.Feed.Latest();
        }
        catch
        {
            // A shared catalog's server gone between the two reads: nothing is left open.
            _lucene.Dispose();
            store.Dispose();
            throw;
        }
        _search = new PassageSearch(store.Passages, _lucene, new IndexStatistics(store.Passages, time), logger) { Tuning = options.Search };
        logger.LogInformation("Index {Path} open with {Articles} articles (passage index: {State})", store.Description, _catalog.Count(), _lucene.State);
    }

    private static string CatalogPath(IOptions<IndexOptions> options)
    {
        var path = options.Value.Path;
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException($"{IndexOptions.Section}:{nameof(IndexOptions.Path)} must name the index file.", nameof(options));
        return path;
    }

    /// <summary>
    /// Stores an article and its passages atomically. Unchanged content (same hash) writes nothing; changed
    /// content replaces the passages; the same text under another id is reported as a duplicate and kept as an
    /// alias article (listed and found under its own id, answering with the first article's passages).
    /// </summary>
    /// <param name="origin">Where it came from (a file path), so a folder sync can remove articles whose files are gone.</param>
    public StoreOutcome Store(Article article, IReadOnlyList<Passage> passages, string? origin)
    {
        using var batch = BeginBatch();
        var outcome = batch.Store(article, passages, origin);
        batch.Commit();
        return outcome;
    }

    /// <summary>
    /// Starts a write transaction for many stores and removals (bulk ingest: one commit instead of one per article).
    /// It holds the write lock until committed or disposed; readers keep seeing the last commit meanwhile.
    /// </summary>
    public IndexBatch BeginBatch() => new(_store.BeginWrites(), _lucene);

    /// <summary>Articles stored from files under <paramref name="folder"/>, each with its file's full path (the folder sync's view).</summary>
    internal IReadOnlyList<(string Id, string Origin)> ArticlesWithOriginUnder(string folder) => _catalog.WithOriginUnder(folder);

    /// <summary>Removes articles and their passages; returns how many were removed.</summary>
    public int Remove(IReadOnlyCollection<string> articleIds)
    {
        using var batch = BeginBatch();
        var removed = batch.Remove(articleIds);
        batch.Commit();
        return removed;
    }

    /// <summary>Candidate and re-scoring knobs (the retrieval evaluation varies them).</summary>
    internal SearchTuning SearchTuning
    {
        get => _search.Tuning;
        set => _search.Tuning = value;
    }

    /// <summary>Top passages for any user text, best first; never throws on FTS syntax, emoji or length.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int k) => _search.Search(query, k, int.MaxValue);

    /// <summary>
    /// Top passages with at most <paramref name="maxPerArticle"/> from one article while other articles have matches
    /// (the answer path: a long article's many passages must not crowd out a second source).
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int k, int maxPerArticle) =>
        _search.Search(query, k, Math.Max(1, maxPerArticle));

    /// <summary>
    /// The answer path's passages: those of <see cref="Search(string,int,int)"/>, then, only when fewer than
    /// <paramref name="k"/> match, those the question's words said another way find ("how long did they talk" also finds
    /// "the conversation … was over in less than 10 minutes" in a small collection that never says "talk" there). A
    /// collection with enough matches is searched exactly as retrieval searches it.
    /// </summary>
    public IReadOnlyList<SearchHit> SearchForAnswer(string question, int k, int maxPerArticle)
    {
        var hits = Search(question, k, maxPerArticle);
        if (hits.Count >= k || WordKeys.RelatedIn(question) is not { Count: > 0 } related)
            return hits;
        var seen = hits.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
        var more = Search(question + " " + string.Join(' ', related), k, maxPerArticle).Where(h => seen.Add(h.Passage.Id));
        return [.. hits, .. more.Take(k - hits.Count)];
    }

    /// <summary>How rare a lower-cased word is across the whole index (BM25 idf; 0 = unknown, for an index of under 100 passages).</summary>
    internal double Idf(string word) => _search.Idf(word);

    /// <summary>A page of articles, newest first, optionally filtered by id, title or source.</summary>
    public ArticlePage ListArticles(int page, int pageSize, string? filter) => _catalog.List(page, pageSize, filter);

    /// <summary>The article with this id, or null.</summary>
    public ArticleDetail? FindArticle(string id) => _catalog.Find(id);

    /// <summary>Known ids closest to a possibly misspelled id or a title fragment (for autocomplete and "did you mean").</summary>
    public IReadOnlyList<ArticleSummary> ClosestArticles(string text, int max) => _catalog.Closest(text, max);

    /// <summary>Number of stored articles.</summary>
    public int ArticleCount => _catalog.Count();

    /// <summary>
    /// Waits until every catalog change so far is searchable (when this process holds the passage index's writer;
    /// otherwise the process that does brings it up to date within a poll).
    /// </summary>
    public void WaitUntilSearchable() => _lucene.CatchUp();

    /// <summary>
    /// What the passage index is doing: "ready", "rebuilding" (from the catalog, answering from what is there) or
    /// "following" (another process holds its writer and brings it up to date).
    /// </summary>
    public string SearchIndexState => _lucene.State;

    /// <summary>
    /// Whether the passage index has taken in the whole catalog as it was when this opened (a new host's initial build
    /// is done): what a host reports as ready. Stays true once reached; true while another process holds the writer.
    /// </summary>
    public bool IsReady
    {
        get
        {
            if (_ready || _lucene.State == "following")
                return true;
            var applied = _lucene.Applied;
            return _ready = _lucene.State == "ready" && applied.Change >= _openedAt.Change && applied.MaxKey >= _openedAt.MaxKey;
        }
    }

    /// <summary>
    /// Catalog changes the passage index has not taken in yet (with a shared catalog, one per committed write; with the
    /// SQLite catalog, one per re-titled or removed passage); null while another process holds its writer. Reads the catalog.
    /// </summary>
    public long? ChangesBehind() =>
        _lucene.State == "following" ? null : Math.Max(0, _store.Feed.Latest().Change - _lucene.Applied.Change);

    /// <inheritdoc />
    public void Dispose()
    {
        _lucene.Dispose();
        _store.Dispose();
    }
}
