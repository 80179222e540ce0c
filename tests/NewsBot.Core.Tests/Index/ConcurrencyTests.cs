using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Index;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestIndex _index = new TestIndex().With(("old", "Old news", "The lighthouse keeper retired."));

    [Fact]
    public async Task Readers_KeepAnswering_WhileAWriteIsOpen()
    {
        using (var batch = _index.Index.BeginBatch())
        {
            var article = new Article("new", "New news", "The lighthouse was sold to a museum.");
            batch.Store(article, TestIndex.Paragraphs(article), null);

            // Another thread reads while the write transaction is open: it sees the last commit and is not blocked.
            var during = await Task.Run(() => (Hits: _index.Index.Search("lighthouse", 5), Count: _index.Index.ArticleCount))
                .WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Equal("old", Assert.Single(during.Hits).Passage.ArticleId);
            Assert.Equal(1, during.Count);

            batch.Commit();
        }

        Assert.Equal(2, _index.Index.Search("lighthouse", 5).Count);
    }

    [Fact]
    public async Task ManyReadersAndWriters_AtOnce_AllSucceed()
    {
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                var article = new Article($"w{w}-{i}", $"Writer {w}", $"Report {w} {i} about the lighthouse and tides.");
                _index.Index.Store(article, TestIndex.Paragraphs(article), null);
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                Assert.NotEmpty(_index.Index.Search("lighthouse", 5));
                Assert.True(_index.Index.ListArticles(1, 10, "writer").Total >= 0);
            }
        }));

        await Task.WhenAll(writers.Concat(readers)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(101, _index.Index.ArticleCount);
    }

    public void Dispose() => _index.Dispose();
}
