using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Tests.Index;

namespace NewsBot.Core.Tests.Answering;

/// <summary>The extractive answerer over the two sample articles in <c>articles/</c> (one says New Delhi, one Mumbai).</summary>
public sealed class SampleArticleAnswerTests : IDisposable
{
    private const string NewDelhiReport = "000_6a9e5e658e7f90a5";
    private const string MumbaiReport = "004_97ff55d69b32dccd";
    private readonly TestIndex _index = new();
    private readonly Dictionary<string, Article> _articles = [];

    public SampleArticleAnswerTests()
    {
        foreach (var id in new[] { NewDelhiReport, MumbaiReport })
        {
            var article = TestIndex.SampleArticle(id);
            _articles[id] = article;
            _index.Index.Store(article, TestIndex.Paragraphs(article), null);
        }
    }

    private Reply Ask(string question) =>
        ExtractiveAnswerer.Create(_index.Index, similarity: Embeddings.SharedEncoder.Similarity).Answer(question, _index.Index.Search(question, 8, maxPerArticle: 3));

    [Theory]
    [InlineData("where did they meet?")]
    [InlineData("where did blinken and lavrov meet")]
    public void WhereDidTheyMeet_NamesNewDelhi_AndShowsTheMumbaiReport_EachCited(string question)
    {
        var reply = Ask(question);

        Assert.False(reply.Abstained, reply.Answer);
        Assert.True(reply.SourcesDiffer, reply.Answer);
        var delhi = Assert.Single(reply.Citations, c => c.Quote.Contains("New Delhi", StringComparison.Ordinal));
        var mumbai = Assert.Single(reply.Citations, c => c.Quote.Contains("Mumbai", StringComparison.Ordinal));
        Assert.Equal(NewDelhiReport, delhi.ArticleId);
        Assert.Equal(MumbaiReport, mumbai.ArticleId);
        Assert.Contains($"[{delhi.N}]", reply.Answer);
        Assert.Contains($"[{mumbai.N}]", reply.Answer);
        Assert.Contains("differ", reply.Answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WhenDidTheWarBegin_Shows2014_AndAYearAgo_EachCited()
    {
        var reply = Ask("when did the war in ukraine begin?");

        Assert.True(reply.SourcesDiffer, reply.Answer);
        Assert.Contains(reply.Citations, c => c.ArticleId == NewDelhiReport && c.Quote.Contains("2014", StringComparison.Ordinal));
        Assert.Contains(reply.Citations, c => c.ArticleId == MumbaiReport && c.Quote.Contains("a year ago", StringComparison.Ordinal));
    }

    [Fact]
    public void WhichCityHostedTheMeeting_NamesTheCity()
    {
        var reply = Ask("which city hosted the meeting?");

        Assert.False(reply.Abstained, reply.Answer);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("Delhi", StringComparison.Ordinal) || c.Quote.Contains("Mumbai", StringComparison.Ordinal));
    }

    [Fact]
    public void HowLongDidTheConversationLast_QuotesTheTenMinutes()
    {
        var reply = Ask("how long did the conversation last?");

        Assert.False(reply.Abstained, reply.Answer);
        Assert.Contains("10 minutes", reply.Citations[0].Quote, StringComparison.Ordinal);
        // The duration is marked (shown in bold) though ten words stand between it and "conversation".
        Assert.Contains(reply.Spans, s => reply.Answer.Substring(s.Start, s.Length).Contains("10 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public void WhoWonTheWorldCup_Abstains_NamingTheClosestArticles()
    {
        var reply = Ask("who won the 2022 World Cup?");

        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
        Assert.NotEmpty(reply.Closest);
        Assert.Contains("don't say", reply.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where did they meet?")]
    [InlineData("What did Blinken urge Moscow to do about the New START treaty?")]
    [InlineData("How long did the conversation in Delhi last?")]
    [InlineData("Who is being held in Russia?")]
    [InlineData("When did the two last speak in Geneva?")]
    [InlineData("what share of the world's economic output does the G20 generate?")]
    public void Answers_QuoteVerbatimSentences_NumberedInOrder_AtMostThree(string question)
    {
        var reply = Ask(question);

        Assert.False(reply.Abstained, reply.Answer);
        Assert.InRange(reply.Citations.Count, 1, 3);
        for (var i = 0; i < reply.Citations.Count; i++)
        {
            var citation = reply.Citations[i];
            Assert.Equal(i + 1, citation.N);
            Assert.Contains(citation.Quote, _articles[citation.ArticleId].Text, StringComparison.Ordinal);
            Assert.Contains(citation.Quote + $" [{citation.N}]", reply.Answer, StringComparison.Ordinal);
            Assert.StartsWith(citation.ArticleId + "#", citation.PassageId, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _index.Dispose();
}
