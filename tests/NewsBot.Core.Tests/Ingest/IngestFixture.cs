using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Index;
using NewsBot.Core.Ingest;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Ingest;

/// <summary>A real index file and an articles folder in a fresh temp folder, and the ingester over them.</summary>
internal sealed class IngestFixture : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new();

    public IngestFixture(IngestOptions? options = null)
    {
        Articles = Path.Combine(_temp.Path, "articles");
        Directory.CreateDirectory(Articles);
        Index = new PassageIndex(Options.Create(new IndexOptions { Path = _temp.File("newsbot.db") }), NullLogger<PassageIndex>.Instance);
        var ingestOptions = Options.Create(options ?? new IngestOptions { FetchTimeout = TimeSpan.FromSeconds(5) });
        Ingester = new ArticleIngester(Index, new ArticleFetcher(_http, ingestOptions), ingestOptions, NullLogger<ArticleIngester>.Instance);
    }

    public string Articles { get; }

    public PassageIndex Index { get; }

    public ArticleIngester Ingester { get; }

    /// <summary>Writes a UTF-8 file under the articles folder and returns its path.</summary>
    public string Write(string relativePath, string content) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Articles, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public Task<IngestReport> IngestAsync(params string[] paths) => Ingester.IngestAsync(paths, sync: false, CancellationToken.None);

    public Task<IngestReport> SyncAsync(params string[] paths) => Ingester.IngestAsync(paths, sync: true, CancellationToken.None);

    /// <summary>Every stored article id, sorted.</summary>
    /// <summary>Every id stored, a duplicate's included (the listing shows it with its story).</summary>
    public IReadOnlyList<string> StoredIds() =>
        [.. Index.ListArticles(1, 10_000, null).Items.SelectMany(a => a.AlsoAs.Prepend(a.Id)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        Index.Dispose();
        _http.Dispose();
        _temp.Dispose();
    }

    /// <summary>A paragraph of whole sentences, distinct per seed.</summary>
    public static string Story(string topic, int sentences = 4) =>
        string.Join(' ', Enumerable.Range(1, sentences).Select(i => $"The {topic} report number {i} says something new about {topic} today."));
}
