using BenchmarkDotNet.Attributes;
using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Benchmarks;

/// <summary>Splitting articles into sentence-aligned passages (the ingest hot path before storing).</summary>
[MemoryDiagnoser]
public class PassageSplittingBenchmarks
{
    private IReadOnlyList<Article> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = [.. BenchData.BbcArticles().Take(100)];

    [Benchmark(Description = "Split 100 BBC articles")]
    public int Split()
    {
        var passages = 0;
        foreach (var article in _articles)
            passages += PassageSplitter.Split(article).Count;
        return passages;
    }
}
