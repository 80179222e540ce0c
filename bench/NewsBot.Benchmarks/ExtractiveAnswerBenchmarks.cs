using BenchmarkDotNet.Attributes;
using NewsBot.Core.Index;
using NewsBot.Core.Search;

namespace NewsBot.Benchmarks;

/// <summary>The extractive answerer over the top 8 hits already retrieved (answer writing alone, no search).</summary>
[MemoryDiagnoser]
public class ExtractiveAnswerBenchmarks
{
    private BenchCore? _core;
    private (string Question, IReadOnlyList<SearchHit> Hits)[] _asked = [];

    [GlobalSetup]
    public void Setup()
    {
        _core = new BenchCore(10_000);
        _asked = [.. BenchData.Questions().Take(20).Select(q => (q, _core.Index.Search(q, 8)))];
    }

    [Benchmark(Description = "Answer 20 questions from their top 8 hits")]
    public int Answer()
    {
        var citations = 0;
        foreach (var (question, hits) in _asked)
            citations += _core!.Answerer.Answer(question, hits).Citations.Count;
        return citations;
    }

    [GlobalCleanup]
    public void Cleanup() => _core?.Dispose();
}
