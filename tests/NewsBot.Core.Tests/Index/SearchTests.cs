namespace NewsBot.Core.Tests.Index;

public sealed class SearchTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Theory]
    [InlineData("meet", "summit")]
    [InlineData("met", "meeting")]
    [InlineData("buy", "deal")]
    [InlineData("bought", "shopping")]
    [InlineData("child", "school")]
    public void Search_IrregularForms_MeetTheirBaseForm(string query, string expectedArticle)
    {
        _index.With(
            ("summit", "Summit", "The ministers met on Thursday."),
            ("meeting", "Board", "They will meet again next week."),
            ("deal", "Deal", "The firm bought a rival for cash."),
            ("shopping", "Shopping", "Shoppers buy less in winter."),
            ("school", "School", "The children returned to class."));

        Assert.Contains(_index.Index.Search(query, 5), h => h.Passage.ArticleId == expectedArticle);
    }

    [Fact]
    public void Search_RegularInflections_MatchThroughTheStemmer()
    {
        _index.With(("a", "Votes", "Parliament voted on the budgets."));

        Assert.Single(_index.Index.Search("vote budget", 5));
    }

    [Fact]
    public void Search_TermInTitle_RanksAboveTermOnlyInBody()
    {
        _index.With(
            ("body", "Weather report", "Rain is expected. The volcano nearby stayed quiet all day long today."),
            ("title", "Volcano erupts", "Ash fell on the town. Residents stayed inside all day long today."));

        var hits = _index.Index.Search("volcano", 5);

        Assert.Equal(["title", "body"], hits.Select(h => h.Passage.ArticleId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_QuestionWordsDoNotSwampTheQuery()
    {
        _index.With(
            ("where", "Where and when", "Where did who go? When did they do what they did?"),
            ("port", "Port", "The ships docked in Rotterdam."));

        var hits = _index.Index.Search("where did the ships dock?", 5);

        Assert.Equal("port", Assert.Single(hits).Passage.ArticleId);
    }

    [Fact]
    public void Search_ReturnsPassageProvenance_AndAtMostK()
    {
        _index.With(Enumerable.Range(0, 12).Select(i => ($"a{i}", $"Title {i}", $"Tulips bloom {i}.")).ToArray());

        var hits = _index.Index.Search("tulips", 5);

        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.Equal($"{h.Passage.ArticleId}#0", h.Passage.Id));
        Assert.All(hits, h => Assert.StartsWith("Title ", h.Passage.Title));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_DiacriticsAreIgnored()
    {
        _index.With(("cafe", "Café", "The café in São Paulo reopened."));

        Assert.Single(_index.Index.Search("cafe sao paulo", 5));
        Assert.Single(_index.Index.Search("CAFÉ", 5));
    }

    public void Dispose() => _index.Dispose();
}
