using NewsBot.Core.Index;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.Index;

/// <summary>
/// Candidates on a larger index: passages holding more rare terms come first, and among passages holding the same
/// terms BM25 keeps the one that says them more.
/// </summary>
public sealed class CandidateTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void Search_PastTheRankedRows_StillPutsTheRowWithBothTermsFirst()
    {
        var many = Enumerable.Range(0, 150).Select(i => ($"c{i}", $"Harbour {i}", $"The harbour was busy on day {i}.")).ToList();
        many.Add(("rare", "Harbour log", "The harbour saw a narwhal today."));
        many.AddRange(Enumerable.Range(0, 5).Select(i => ($"n{i}", $"Whales {i}", $"A narwhal was seen far out at sea, day {i}.")));
        _index.With([.. many]);
        _index.Index.SearchTuning = new SearchTuning { RankedRows = 0, Candidates = 10 };

        var hits = _index.Index.Search("narwhal in the harbour", 5);

        Assert.Equal("rare", hits[0].Passage.ArticleId);
    }

    [Fact]
    public void Search_BoundarySet_IsOrderedByBm25_SoTheRepeatedTermIsKept()
    {
        // 40 passages hold only "crane"; 10 candidates leave room for 10 of them, and bm25 must keep the one that says it thrice.
        var rows = Enumerable.Range(0, 150).Select(i => ($"h{i}", $"Port {i}", $"The harbour was busy on day {i}.")).ToList();
        rows.AddRange(Enumerable.Range(0, 40).Select(i => ($"c{i}", $"Birds {i}", $"On day {i} a crane stood in the marsh near the old mill while walkers passed by on the path.")));
        rows.Add(("cranes", "Birds", "Crane after crane: a crane colony."));
        _index.With([.. rows]);
        _index.Index.SearchTuning = new SearchTuning { RankedRows = 100, Candidates = 10 };

        var hits = _index.Index.Search("crane harbour", 10);

        Assert.Contains(hits, h => h.Passage.ArticleId == "cranes");
    }

    private static QueryPlan.TermGroup Group(string word, double idf) =>
        new(0, word, [word], new HashSet<string> { word }, 1, idf);

    public void Dispose() => _index.Dispose();
}
