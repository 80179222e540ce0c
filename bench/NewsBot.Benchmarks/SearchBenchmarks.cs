using BenchmarkDotNet.Attributes;
using NewsBot.Core.Index;

namespace NewsBot.Benchmarks;

/// <summary>Top-10 search at a few index sizes (BBC passages and word-dropped copies), 20 real questions per call.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private BenchCore? _core;
    private IReadOnlyList<string> _questions = [];

    [Params(10_000, 100_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _core = new BenchCore(Passages);
        _questions = [.. BenchData.Questions().Take(20)];
    }

    [Benchmark(Description = "Search top 10, 20 questions")]
    public int Search()
    {
        var hits = 0;
        foreach (var question in _questions)
            hits += _core!.Index.Search(question, 10).Count;
        return hits;
    }

    [GlobalCleanup]
    public void Cleanup() => _core?.Dispose();
}
