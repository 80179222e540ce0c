using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Index;

/// <summary>
/// Candidates on a large index: rows holding more rare terms come first without FTS5 ranking every row, and the
/// group set at the boundary is ordered by bm25 when it is small enough.
/// </summary>
public sealed class CandidateTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void Split_TakesWholeGroupSets_RarestFirst_AndNamesTheBoundary()
    {
        var groups = new[] { Group("narwhal", 5.0), Group("harbour", 1.0) };
        var ranking = new CandidateRanking(groups);
        ranking.Add(1, [1, 2, 3, 4]);
        ranking.Add(0, [3, 9]);

        var (rows, boundary) = ranking.Split(3);

        Assert.Equal([3, 9], rows.Order());
        Assert.Equal(new CandidateRanking.Boundary(0b10, 3, 1), boundary);
        Assert.Single(ranking.Spread(0b10, 1));
    }

    [Theory]
    [InlineData(null, new long[0])]
    [InlineData("", new long[0])]
    [InlineData("3,17,42", new long[] { 3, 17, 42 })]
    [InlineData("42,3,17", new long[] { 3, 17, 42 })]
    public void ParseKeys_ReadsGroupConcat_Ascending(string? list, long[] expected) =>
        Assert.Equal(expected, PassageSearch.ParseKeys(list));

    [Fact]
    public void Exactly_ExcludesTheOtherGroups() =>
        Assert.Equal("(\"a\" AND (\"meet\" OR \"met\")) NOT (\"c\")", FtsQuery.Exactly([["a"], ["meet", "met"], ["c"]], 0b011));

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
