using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core;
using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Core.Passages;

namespace NewsBot.Benchmarks;

/// <summary>The real core over a temporary index file, filled with the BBC articles and their copies up to a passage count.</summary>
internal sealed class BenchCore : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _folder;

    public BenchCore(int passages)
    {
        _folder = Path.Combine(Path.GetTempPath(), "newsbot-bench", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = Path.Combine(_folder, "index.db") })
            .Build();
        _provider = CoreServiceProvider.Build(configuration);
        Fill(passages);
    }

    public PassageIndex Index => _provider.GetRequiredService<PassageIndex>();

    public ExtractiveAnswerer Answerer => _provider.GetRequiredService<ExtractiveAnswerer>();

    private void Fill(int target)
    {
        var articles = BenchData.BbcArticles();
        var stored = 0;
        for (var copy = 0; stored < target; copy++)
        {
            using var batch = Index.BeginBatch();
            foreach (var article in articles)
            {
                var copied = BenchData.Copy(article, copy);
                var passages = PassageSplitter.Split(copied).Take(target - stored).ToArray();
                if (passages.Length > 0 && batch.Store(copied, passages, origin: null).Kind == StoreKind.Added)
                    stored += passages.Length;
                if (stored >= target)
                    break;
            }
            batch.Commit();
        }
    }

    public void Dispose()
    {
        _provider.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
