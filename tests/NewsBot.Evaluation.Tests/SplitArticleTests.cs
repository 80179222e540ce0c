using NewsBot.Evaluation;

namespace NewsBot.Evaluation.Tests;

public sealed class SplitArticleTests
{
    [Fact]
    public void Paragraph_passages_point_exactly_into_the_article_text()
    {
        var split = SplitArticle.FromParagraphs("squad-001", "Super Bowl 50", ["First paragraph.", "Second one, longer.", "Third."]);

        Assert.Equal(3, split.Passages.Count);
        foreach (var passage in split.Passages)
        {
            Assert.Equal(split.Article.Text[passage.Start..passage.End], passage.Text);
            Assert.Equal($"squad-001#{passage.Ordinal}", passage.Id);
        }
        Assert.Equal("Second one, longer.", split.Passages[1].Text);
    }
}
