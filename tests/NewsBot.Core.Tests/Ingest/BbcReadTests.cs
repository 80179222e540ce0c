using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;
using NewsBot.Core.Passages;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Ingest;

public sealed class BbcReadTests
{
    [SharedDataFact("datasets/bbc_news_fulltext/bbc")]
    public void Bbc_folder_yields_2225_readable_articles_and_skips_its_readme()
    {
        var folder = RepoPaths.InShared("datasets/bbc_news_fulltext/bbc");
        var inputs = new List<IngestInput>();
        var tally = new IngestTally();
        IngestInputFinder.Find(folder, inputs, tally);

        Assert.Equal(2225, inputs.Count);
        var report = tally.ToReport();
        Assert.Equal((1, 0), (report.Skipped, report.Problems.Count));
        Assert.DoesNotContain(inputs, i => i.DefaultId.Contains("README", StringComparison.OrdinalIgnoreCase));

        var articles = inputs.Select(i => ArticleParser.Parse(i.Format!.Value, ArticleTextDecoder.Decode(File.ReadAllBytes(i.Location)), i.DefaultId))
            .SelectMany(r => r.Articles).ToList();
        Assert.Equal(2225, articles.Select(a => a.Id).Distinct().Count());
        var mutu = Assert.Single(articles, a => a.Id == "sport/199");
        Assert.Equal("Chelsea sack Mutu", mutu.Title);
        Assert.Contains("a £15.8m signing from Parma", mutu.Text, StringComparison.Ordinal);
        Assert.All(articles.Take(200), a => Assert.All(PassageSplitter.Split(a), p => Assert.Equal(a.Text[p.Start..p.End], p.Text)));
    }
}
