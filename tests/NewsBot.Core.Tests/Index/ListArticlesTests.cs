using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Index;

public sealed class ListArticlesTests : IDisposable
{
    private readonly TestIndex _index = new();

    public ListArticlesTests()
    {
        Store("b-undated", "Beta undated", null, "Wire");
        Store("a-undated", "alpha undated", null, null);
        Store("old", "Old story", "2021-05-01T00:00:00Z", "Daily 100% News");
        Store("new", "New story", "2023-03-02T09:00:00+05:30", "Wire");
        Store("mid", "Mid_story", "2022-01-01T00:00:00Z", "Herald");
    }

    private void Store(string id, string title, string? published, string? source)
    {
        var article = new Article(id, title, $"Body of {id}.", null, published is null ? null : DateTimeOffset.Parse(published), source);
        _index.Index.Store(article, TestIndex.Paragraphs(article), null);
    }

    [Fact]
    public void List_NewestFirst_ThenUndatedByTitle()
    {
        var page = _index.Index.ListArticles(1, 10, null);

        Assert.Equal(5, page.Total);
        Assert.Equal(["new", "mid", "old", "a-undated", "b-undated"], page.Items.Select(i => i.Id));
        Assert.Equal("Wire", page.Items[0].Source);
    }

    [Fact]
    public void List_Pages_KeepTheTotal()
    {
        var second = _index.Index.ListArticles(2, 2, null);
        var beyond = _index.Index.ListArticles(9, 2, null);

        Assert.Equal(new[] { "old", "a-undated" }, second.Items.Select(i => i.Id));
        Assert.Equal((5, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.Total);
    }

    [Fact]
    public void List_HugePageSize_ListsEverything() =>
        Assert.Equal(5, _index.Index.ListArticles(1, int.MaxValue, null).Items.Count);

    [Theory]
    [InlineData("WIRE", new[] { "new", "b-undated" })]
    [InlineData("story", new[] { "new", "mid", "old" })]
    [InlineData("undated", new[] { "a-undated", "b-undated" })]
    [InlineData("100%", new[] { "old" })]
    [InlineData("_", new[] { "mid" })]
    [InlineData("%", new[] { "old" })]
    [InlineData("'; DROP TABLE articles; --", new string[0])]
    [InlineData("nothing-matches", new string[0])]
    public void List_Filter_MatchesIdTitleOrSource_CaseInsensitively_WithLiteralWildcards(string filter, string[] expected)
    {
        var page = _index.Index.ListArticles(1, 10, filter);

        Assert.Equal(expected, page.Items.Select(i => i.Id));
        Assert.Equal(expected.Length, page.Total);
        Assert.Equal(5, _index.Index.ArticleCount);
    }

    [Fact]
    public void Find_ReturnsDetailWithOpeningPassageAndCount()
    {
        var article = new Article("long", "Long read", "First paragraph here.\n\nSecond one.\n\nThird.", "https://example.test/long");
        _index.Index.Store(article, TestIndex.Paragraphs(article), null);

        var detail = _index.Index.FindArticle("long");

        Assert.NotNull(detail);
        Assert.Equal(("Long read", "First paragraph here.", 3, "https://example.test/long"),
            (detail.Title, detail.OpeningPassage, detail.PassageCount, detail.Url));
        Assert.Null(_index.Index.FindArticle("LONG"));
        Assert.Null(_index.Index.FindArticle("missing"));
    }

    public void Dispose() => _index.Dispose();
}
