using BenchmarkDotNet.Attributes;
using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Benchmarks;

/// <summary>Turning a user question into the terms the index is asked for (tokens, stopwords, irregular forms, analysis).</summary>
[MemoryDiagnoser]
public class QueryBuildingBenchmarks
{
    private IReadOnlyList<string> _questions = [];

    [GlobalSetup]
    public void Setup() => _questions = [.. BenchData.Questions().Take(100)];

    [Benchmark(Description = "KeyTerms + irregular forms + indexed terms, 100 real questions")]
    public int BuildQueries()
    {
        var terms = 0;
        foreach (var question in _questions)
        {
            foreach (var word in QueryTerms.KeyTerms(question))
                terms += IrregularForms.FormsOf(word).Select(TermFolding.IndexTerm).Distinct(StringComparer.Ordinal).Count();
        }
        return terms;
    }
}
