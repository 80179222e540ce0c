using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;

namespace NewsBot.Evaluation;

/// <summary>
/// A throwaway folder for one eval or bench run: the temporary index file (never the user's data/newsbot.db)
/// and any article files written for ingestion. Deleted on dispose unless it was given by the caller.
/// </summary>
internal sealed class EvalWorkspace : IDisposable
{
    private readonly bool _owned;

    private EvalWorkspace(string folder, bool owned)
    {
        Folder = folder;
        _owned = owned;
        Directory.CreateDirectory(folder);
    }

    public string Folder { get; }

    public string IndexPath => Path.Combine(Folder, "index.db");

    /// <summary>A fresh folder under the system temp folder.</summary>
    public static EvalWorkspace CreateTemporary(string purpose) =>
        new(Path.Combine(Path.GetTempPath(), "newsbot-eval", $"{purpose}-{Guid.NewGuid():n}"), owned: true);

    /// <summary>A folder the caller keeps (e.g. a 1M-passage index reused for the cold-start run).</summary>
    public static EvalWorkspace Keep(string folder) => new(Path.GetFullPath(folder), owned: false);

    /// <summary>Opens the core over this workspace's index with configuration overrides (e.g. a threshold being swept).</summary>
    public CoreServices OpenCore(IReadOnlyDictionary<string, string?>? settings = null) => CoreServices.Open(IndexPath, settings);

    /// <summary>
    /// Ingests articles through the real pipeline (files → ingester → passage splitter → index) so the passages
    /// are the ones the product makes; each file is named after its article id.
    /// </summary>
    public async Task<IngestReport> IngestAsync(CoreServices core, IEnumerable<Article> articles, CancellationToken cancellationToken)
    {
        var folder = ArticleFiles.Write(Path.Combine(Folder, "articles", Guid.NewGuid().ToString("n")), articles);
        var report = await core.Ingester.IngestAsync([folder], sync: false, cancellationToken);
        foreach (var problem in report.Problems.Take(5))
            Console.Error.WriteLine($"ingest problem: {problem.Path}: {problem.Reason}");
        return report;
    }

    public void Dispose()
    {
        if (!_owned)
            return;
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"note: could not delete {Folder}: {e.Message}");
        }
    }
}
