using NewsBot.Core.Index;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Reads articles from files, folders (recursive), feeds and URLs, splits them into passages and stores them.
/// A bad input is reported by name with the reason; everything good around it is still ingested.
/// </summary>
public sealed class ArticleIngester(PassageIndex index)
{
    /// <summary>Ingests every path; with <paramref name="sync"/>, articles whose files are gone from an ingested folder are removed.</summary>
    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, bool sync, CancellationToken cancellationToken)
    {
        _ = index;
        throw new NotImplementedException();
    }
}
