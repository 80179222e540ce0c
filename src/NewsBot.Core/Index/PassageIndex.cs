using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Index;

/// <summary>
/// Articles, passages and their SQLite FTS5 index in one file (WAL: readers keep answering while an ingest writes).
/// Thread-safe.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    /// <summary>Opens (creating when absent) the index file named by <see cref="IndexOptions.Path"/>.</summary>
    public PassageIndex(IOptions<IndexOptions> options, ILogger<PassageIndex> logger)
    {
        _ = options;
        _ = logger;
    }

    /// <summary>
    /// Stores an article and its passages atomically. Unchanged content (same hash) writes nothing; changed
    /// content replaces the passages; the same text under another id is reported as a duplicate.
    /// </summary>
    /// <param name="origin">Where it came from (a file path), so a folder sync can remove articles whose files are gone.</param>
    public StoreOutcome Store(Article article, IReadOnlyList<Passage> passages, string? origin) =>
        throw new NotImplementedException();

    /// <summary>Ids of stored articles whose origin lies under a folder.</summary>
    public IReadOnlyList<string> ArticleIdsWithOriginUnder(string folder) => throw new NotImplementedException();

    /// <summary>Removes articles and their passages; returns how many were removed.</summary>
    public int Remove(IReadOnlyCollection<string> articleIds) => throw new NotImplementedException();

    /// <summary>Top passages for any user text, best first; never throws on FTS syntax, emoji or length.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int k) => throw new NotImplementedException();

    /// <summary>A page of articles, newest first, optionally filtered by id, title or source.</summary>
    public ArticlePage ListArticles(int page, int pageSize, string? filter) => throw new NotImplementedException();

    /// <summary>The article with this id, or null.</summary>
    public ArticleDetail? FindArticle(string id) => throw new NotImplementedException();

    /// <summary>Known ids closest to a possibly misspelled id or a title fragment (for autocomplete and "did you mean").</summary>
    public IReadOnlyList<ArticleSummary> ClosestArticles(string text, int max) => throw new NotImplementedException();

    /// <summary>Number of stored articles.</summary>
    public int ArticleCount => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
