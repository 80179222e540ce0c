using NewsBot.Testing;

namespace NewsBot.Core.Tests.Ingest;

public sealed class BbcIngestTests
{
    [SharedDataFact("datasets/bbc_news_fulltext/bbc")]
    public async Task Ingesting_bbc_gives_2225_articles_with_the_latin1_one_decoded()
    {
        using var fixture = new IngestFixture();

        var report = await fixture.IngestAsync(RepoPaths.InShared("datasets/bbc_news_fulltext/bbc"));

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Skipped); // README.TXT
        Assert.Equal(2225, report.Files);
        Assert.Equal(2225, report.Added + report.Duplicates.Count);
        Assert.Equal(report.Added, fixture.Index.ArticleCount);
        var mutu = fixture.Index.FindArticle("sport/199");
        Assert.NotNull(mutu);
        Assert.Equal("Chelsea sack Mutu", mutu.Title);
        Assert.Contains("a £15.8m signing from Parma", mutu.OpeningPassage, StringComparison.Ordinal);
    }
}
