using NewsBot.Core.Articles;
using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Index;

/// <summary>The same text under a second id: stored once, kept as an alias article with its own details.</summary>
public sealed class AliasTests : IDisposable
{
    private const string Text = "The ferry docked at dawn.\n\nPassengers cheered on the quay.";
    private readonly TestIndex _index = new();

    private StoreOutcome Store(Article article, string? origin = null) =>
        _index.Index.Store(article, TestIndex.Paragraphs(article), origin);

    private void StoreOriginalAndCopy()
    {
        Store(new Article("first", "Harbour", Text));
        Assert.Equal(new StoreOutcome(StoreKind.Duplicate, "first"),
            Store(new Article("second", "Harbour copy", Text.Replace(" at ", "  at\n"), "https://example.test/2",
                DateTimeOffset.Parse("2023-03-02T10:00:00Z"), "Wire")));
    }

    [Fact]
    public void Duplicate_IsOneStoryInCountAndListing_AndFoundByItsOwnId_WithTheOriginalsPassages()
    {
        StoreOriginalAndCopy();

        Assert.Equal(1, _index.Index.ArticleCount);
        var page = _index.Index.ListArticles(1, 10, null);
        Assert.Equal(1, page.Total);
        var story = Assert.Single(page.Items);
        Assert.Equal("first", story.Id);
        Assert.Equal(["second"], story.AlsoAs);
        var alias = _index.Index.FindArticle("second");
        Assert.NotNull(alias);
        Assert.Equal("Harbour copy", alias.Title);
        Assert.Equal("https://example.test/2", alias.Url);
        Assert.Equal("Wire", alias.Source);
        Assert.Equal("The ferry docked at dawn.", alias.OpeningPassage);
        Assert.Equal(2, alias.PassageCount);
        Assert.Contains(_index.Index.ClosestArticles("seco", 5), s => s.Id == "second");
    }

    [Fact]
    public void A_filter_matching_only_the_duplicate_lists_the_story_it_repeats()
    {
        StoreOriginalAndCopy();

        var page = _index.Index.ListArticles(1, 10, "wire");

        Assert.Equal(1, page.Total);
        var story = Assert.Single(page.Items);
        Assert.Equal(("first", "second"), (story.Id, Assert.Single(story.AlsoAs)));
    }

    [Fact]
    public void Duplicate_AddsNoSearchHits()
    {
        StoreOriginalAndCopy();

        var hit = Assert.Single(_index.Index.Search("ferry", 10));
        Assert.Equal("first#0", hit.Passage.Id);
    }

    [Fact]
    public void Duplicate_StoredAgain_IsUnchanged()
    {
        StoreOriginalAndCopy();

        var again = new Article("second", "Harbour copy", Text.Replace(" at ", "  at\n"), "https://example.test/2",
            DateTimeOffset.Parse("2023-03-02T10:00:00Z"), "Wire");
        Assert.Equal(StoreKind.Unchanged, Store(again).Kind);
        Assert.Equal(1, _index.Index.ArticleCount);
    }

    [Fact]
    public void Duplicate_WithOriginUnderAFolder_IsListedForSync()
    {
        var folder = Path.Combine(_index.Folder, "news");
        Store(new Article("first", "Harbour", Text), Path.Combine(folder, "first.txt"));
        Store(new Article("second", "Harbour", Text), Path.Combine(folder, "second.txt"));

        Assert.Equal(["first", "second"], _index.Index.ArticlesWithOriginUnder(folder).Select(a => a.Id));
    }

    [Fact]
    public void RemovingTheOriginal_HandsItsPassagesToTheDuplicate()
    {
        StoreOriginalAndCopy();
        Store(new Article("third", "Harbour again", Text));

        Assert.Equal(1, _index.Index.Remove(["first"]));

        Assert.Equal(1, _index.Index.ArticleCount);
        Assert.Equal(["third"], Assert.Single(_index.Index.ListArticles(1, 10, null).Items).AlsoAs);
        Assert.Equal("second#0", Assert.Single(_index.Index.Search("ferry", 10)).Passage.Id);
        // The promoted copy's title is searchable on the passages it took over.
        Assert.Equal(["second#0", "second#1"], _index.Index.Search("copy", 10).Select(h => h.Passage.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, _index.Index.FindArticle("third")!.PassageCount);
        Assert.Equal(1, _index.Index.Remove(["second"]));
        Assert.Equal("third#1", Assert.Single(_index.Index.Search("passengers", 10)).Passage.Id);
        Assert.Equal(1, _index.Index.Remove(["third"]));
        Assert.Empty(_index.Index.Search("ferry", 10));
    }

    [Fact]
    public void RemovingTheDuplicate_LeavesTheOriginal()
    {
        StoreOriginalAndCopy();

        Assert.Equal(1, _index.Index.Remove(["second"]));

        Assert.Null(_index.Index.FindArticle("second"));
        Assert.Equal("first#0", Assert.Single(_index.Index.Search("ferry", 10)).Passage.Id);
    }

    [Fact]
    public void OriginalWithChangedText_LeavesTheOldTextWithTheDuplicate()
    {
        StoreOriginalAndCopy();

        Assert.Equal(StoreKind.Updated, Store(new Article("first", "Harbour", "The tanker left at noon.")).Kind);

        Assert.Equal("second#0", Assert.Single(_index.Index.Search("ferry", 10)).Passage.Id);
        Assert.Equal("first#0", Assert.Single(_index.Index.Search("tanker", 10)).Passage.Id);
        Assert.Equal(2, _index.Index.ArticleCount);
    }

    [Fact]
    public void DuplicateWithChangedText_BecomesAnArticleOfItsOwn()
    {
        StoreOriginalAndCopy();

        Assert.Equal(StoreKind.Updated, Store(new Article("second", "Harbour copy", "The tanker left at noon.")).Kind);

        Assert.Equal("first#0", Assert.Single(_index.Index.Search("ferry", 10)).Passage.Id);
        Assert.Equal("second#0", Assert.Single(_index.Index.Search("tanker", 10)).Passage.Id);
        Assert.Equal(1, _index.Index.FindArticle("second")!.PassageCount);
    }

    [Fact]
    public void OriginalChangedToAnotherArticlesText_BecomesItsDuplicate()
    {
        Store(new Article("a", "A", "Alpha ferry story."));
        Store(new Article("b", "B", "Beta tanker story."));

        Assert.Equal(new StoreOutcome(StoreKind.Duplicate, "b"), Store(new Article("a", "A", "Beta tanker story.")));

        Assert.Empty(_index.Index.Search("alpha", 10));
        Assert.Equal("b#0", Assert.Single(_index.Index.Search("tanker", 10)).Passage.Id);
        Assert.Equal("Beta tanker story.", _index.Index.FindArticle("a")!.OpeningPassage);
    }

    public void Dispose() => _index.Dispose();
}
