using NewsBot.Testing;

namespace NewsBot.Core.Tests.Ingest;

public sealed class BbcIngestTests
{
    [SharedDataFact("datasets/bbc_news_fulltext/bbc")]
    public async Task Ingesting_bbc_gives_2089_stories_with_the_136_duplicates_reported_and_listed_once_and_the_latin1_one_decoded()
    {
        using var fixture = new IngestFixture();

        var report = await fixture.IngestAsync(RepoPaths.InShared("datasets/bbc_news_fulltext/bbc"));

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Skipped); // README.TXT
        Assert.Equal(2225, report.Files);
        // 136 files repeat another file's text: each is reported, and listed (and counted) once, with its story.
        Assert.Equal(136, report.Duplicates.Count);
        Assert.Equal(2225 - 136, fixture.Index.ArticleCount);
        var listing = fixture.Index.ListArticles(1, int.MaxValue, null);
        Assert.Equal(2225 - 136, listing.Total);
        Assert.Equal(136, listing.Items.Sum(i => i.AlsoAs.Count));
        Assert.All(report.Duplicates, d => Assert.Contains("(same text as ", d, StringComparison.Ordinal));
        Assert.Equal(2225 - 136, report.Added);
        var mutu = fixture.Index.FindArticle("sport/199");
        Assert.NotNull(mutu);
        Assert.Equal("Chelsea sack Mutu", mutu.Title);
        Assert.Contains("a £15.8m signing from Parma", mutu.OpeningPassage, StringComparison.Ordinal);
    }
}
