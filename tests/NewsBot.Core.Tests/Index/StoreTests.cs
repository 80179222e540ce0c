using NewsBot.Core.Articles;
using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Index;

public sealed class StoreTests : IDisposable
{
    private readonly TestIndex _index = new();

    private StoreOutcome Store(Article article, string? origin = null) =>
        _index.Index.Store(article, TestIndex.Paragraphs(article), origin);

    [Fact]
    public void Store_NewArticle_IsAddedAndSearchable()
    {
        var outcome = Store(new Article("a", "Harbour", "The ferry docked at the harbour.\n\nPassengers cheered."));

        Assert.Equal(new StoreOutcome(StoreKind.Added), outcome);
        Assert.Equal(1, _index.Index.ArticleCount);
        Assert.Equal("a#0", Assert.Single(_index.Index.Search("ferry", 5)).Passage.Id);
        Assert.Equal("a#1", Assert.Single(_index.Index.Search("passengers", 5)).Passage.Id);
    }

    [Fact]
    public void Store_SameContentAgain_IsUnchanged()
    {
        var article = new Article("a", "Harbour", "The ferry docked.", "https://example.test/a", DateTimeOffset.Parse("2023-03-02T10:00:00Z"), "Wire");
        Store(article);

        Assert.Equal(StoreKind.Unchanged, Store(article with { }).Kind);
        Assert.Single(_index.Index.Search("ferry", 5));
    }

    [Fact]
    public void Store_ChangedText_ReplacesThePassages()
    {
        Store(new Article("a", "Harbour", "The ferry docked.\n\nThe crew slept."));

        var outcome = Store(new Article("a", "Harbour", "The tanker docked."));

        Assert.Equal(StoreKind.Updated, outcome.Kind);
        Assert.Empty(_index.Index.Search("ferry", 5));
        Assert.Empty(_index.Index.Search("crew", 5));
        Assert.Equal("a#0", Assert.Single(_index.Index.Search("tanker", 5)).Passage.Id);
        Assert.Equal(1, _index.Index.FindArticle("a")!.PassageCount);
    }

    [Fact]
    public void Store_ChangedTitleOnly_IsAnUpdate()
    {
        Store(new Article("a", "Harbour", "The ferry docked."));

        Assert.Equal(StoreKind.Updated, Store(new Article("a", "Port news", "The ferry docked.")).Kind);
        Assert.Equal("Port news", _index.Index.FindArticle("a")!.Title);
    }

    [Fact]
    public void Store_SameTextUnderAnotherId_IsADuplicateOfTheFirst()
    {
        Store(new Article("first", "Harbour", "The ferry docked at dawn."));

        var outcome = Store(new Article("second", "Harbour copy", "The ferry  docked\nat dawn."));

        Assert.Equal(new StoreOutcome(StoreKind.Duplicate, "first"), outcome);
        Assert.Equal("first#0", Assert.Single(_index.Index.Search("ferry", 5)).Passage.Id);
    }

    [Fact]
    public void Remove_DeletesArticlesAndTheirPassages()
    {
        Store(new Article("a", "Harbour", "The ferry docked."));
        Store(new Article("b", "Airport", "The plane landed."));

        Assert.Equal(1, _index.Index.Remove(["a", "missing"]));
        Assert.Empty(_index.Index.Search("ferry", 5));
        Assert.Single(_index.Index.Search("plane", 5));
        Assert.Equal(1, _index.Index.ArticleCount);
    }

    [Fact]
    public void ArticlesWithOriginUnder_FindsOnlyThatFolder()
    {
        var folder = Path.Combine(_index.Folder, "news");
        Store(new Article("a", "A", "Alpha text."), Path.Combine(folder, "a.txt"));
        Store(new Article("b", "B", "Beta text."), Path.Combine(folder, "sub", "b.txt"));
        Store(new Article("c", "C", "Gamma text."), Path.Combine(_index.Folder, "news-other", "c.txt"));
        Store(new Article("d", "D", "Delta text."), "https://example.test/feed");

        Assert.Equal(["a", "b"], _index.Index.ArticlesWithOriginUnder(folder).Select(a => a.Id));
        Assert.Equal(["a", "b"], _index.Index.ArticlesWithOriginUnder(folder + Path.DirectorySeparatorChar).Select(a => a.Id));
    }

    [Fact]
    public void Batch_StoresManyInOneCommit_AndRollsBackWhenNotCommitted()
    {
        using (var batch = _index.Index.BeginBatch())
        {
            for (var i = 0; i < 50; i++)
            {
                var article = new Article($"n{i}", $"Note {i}", $"Entry number {i} mentions zeppelins.");
                Assert.Equal(StoreKind.Added, batch.Store(article, TestIndex.Paragraphs(article), null).Kind);
            }
            batch.Commit();
        }
        using (var batch = _index.Index.BeginBatch())
        {
            var article = new Article("lost", "Lost", "Never committed balloons.");
            batch.Store(article, TestIndex.Paragraphs(article), null);
        }

        Assert.Equal(50, _index.Index.ArticleCount);
        Assert.Equal(10, _index.Index.Search("zeppelins", 10).Count);
        Assert.Empty(_index.Index.Search("balloons", 10));
    }

    [Fact]
    public void Index_SurvivesReopening()
    {
        var published = DateTimeOffset.Parse("2023-03-02T10:00:00+05:30");
        Store(new Article("a", "Harbour", "The ferry docked.", "https://example.test/a", published, "Wire"));

        _index.Reopen();

        var hit = Assert.Single(_index.Index.Search("ferry", 5));
        Assert.Equal(published, hit.Passage.Published);
        Assert.Equal(published.Offset, hit.Passage.Published!.Value.Offset);
        Assert.Equal("https://example.test/a", hit.Passage.Url);
        Assert.True(File.Exists(_index.Path));
    }

    public void Dispose() => _index.Dispose();
}
