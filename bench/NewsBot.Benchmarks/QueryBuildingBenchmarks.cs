using BenchmarkDotNet.Attributes;
using NewsBot.Core.Index;

namespace NewsBot.Benchmarks;

/// <summary>Turning a user question into the FTS5 query (tokens, stopwords, irregular forms, quoting).</summary>
[MemoryDiagnoser]
public class QueryBuildingBenchmarks
{
    private IReadOnlyList<string> _questions = [];

    [GlobalSetup]
    public void Setup() => _questions = [.. BenchData.Questions().Take(100)];

    [Benchmark(Description = "KeyTerms + OR query, 100 real questions")]
    public int BuildQueries()
    {
        var length = 0;
        foreach (var question in _questions)
            length += FtsQuery.AnyOf(QueryTerms.KeyTerms(question).Select(t => (IReadOnlyList<string>)[t]))?.Length ?? 0;
        return length;
    }
}
