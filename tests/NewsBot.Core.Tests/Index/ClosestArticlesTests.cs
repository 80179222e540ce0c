using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Index;

public sealed class ClosestArticlesTests : IDisposable
{
    private readonly TestIndex _index = new TestIndex().With(
        ("004_97ff55d69b32dccd", "First meeting between Blinken and Lavrov since the Ukraine War", "Text one."),
        ("000_6a9e5e658e7f90a5", "Lavrov-Blinken Talks on Ukraine Crisis at G-20", "Text two."),
        ("sport/2023/final", "Cup final ends in penalties", "Text three."));

    [Fact]
    public void Closest_MisspelledId_SuggestsTheRealId() =>
        Assert.Equal("004_97ff55d69b32dccd", _index.Index.ClosestArticles("004_97ff55d69b32dcdc", 5)[0].Id);

    [Fact]
    public void Closest_SeesIdsAnotherProcessAdded_WithinHalfAMinute()
    {
        // Two PassageIndex objects on one file stand for `serve` and a separate `newsbot ingest`.
        var time = new ManualTimeProvider();
        using var serving = new PassageIndex(
            Options.Create(new IndexOptions { Path = _index.Path }),
            NullLogger<PassageIndex>.Instance, time);
        Assert.DoesNotContain(serving.ClosestArticles("monsoon-rians", 5), a => a.Id == "monsoon-rains");

        using (var ingesting = TestIndex.Open(_index.Path))
        {
            var article = new Article("monsoon-rains", "Rain closes schools", "Heavy rain.");
            ingesting.Store(article, TestIndex.Paragraphs(article), null);
        }
        time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal("monsoon-rains", serving.ClosestArticles("monsoon-rians", 5)[0].Id);
    }

    [Fact]
    public void Closest_IdPrefix_ComesFirst() =>
        Assert.Equal("000_6a9e5e658e7f90a5", _index.Index.ClosestArticles("000", 5)[0].Id);

    [Fact]
    public void Closest_TitleFragment_FindsTheArticle_CaseInsensitively() =>
        Assert.Equal("sport/2023/final", Assert.Single(_index.Index.ClosestArticles("PENALTIES", 5)).Id);

    [Fact]
    public void Closest_RespectsMax_AndEmptyInputListsNewest()
    {
        Assert.Single(_index.Index.ClosestArticles("0", 1));
        Assert.Equal(3, _index.Index.ClosestArticles("", 25).Count);
        Assert.Empty(_index.Index.ClosestArticles("ukraine", 0));
    }

    [Theory]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    [InlineData("%")]
    [InlineData("\"'();--")]
    public void Closest_Nonsense_ReturnsNothingWithoutError(string typed) =>
        Assert.Empty(_index.Index.ClosestArticles(typed, 5));

    [Fact]
    public void Closest_VeryLongInput_DoesNotThrow() =>
        Assert.NotNull(_index.Index.ClosestArticles(new string('x', 10_000), 25));

    public void Dispose() => _index.Dispose();
}
