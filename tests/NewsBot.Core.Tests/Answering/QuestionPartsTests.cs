using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionPartsTests
{
    [Fact]
    public void AlternativesAfterAComma_EachJoinTheStem()
    {
        var parts = QuestionParts.Of("which sold for more, the picasso or the monet?");

        Assert.Equal(["which sold for more the picasso", "which sold for more the monet"], parts);
    }

    [Fact]
    public void TwoQuestionsJoinedByAnd_SecondBorrowsTheVerb()
    {
        var parts = QuestionParts.Of("how many watched the final and how many the semi");

        Assert.Equal(2, parts.Count);
        Assert.Equal("how many watched the final", parts[0]);
        Assert.StartsWith("how many the semi", parts[1], StringComparison.Ordinal);
        Assert.Contains("watched", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AlternativesAroundOr_KeepTheRestOfTheQuestion()
    {
        var parts = QuestionParts.Of("did arsenal or chelsea score more goals");

        Assert.Equal(["did arsenal score more goals", "did chelsea score more goals"], parts);
    }

    [Theory]
    [InlineData("where did they meet?")]
    [InlineData("why did shares fall and profits rise")]
    [InlineData("tea or coffee")]
    [InlineData("")]
    [InlineData("🙂 or 🙃?")]
    public void OneQuestion_IsNotSplit(string question) => Assert.Empty(QuestionParts.Of(question));

    [Fact]
    public void AVeryLongQuestion_IsNotSplit() =>
        Assert.Empty(QuestionParts.Of("which is bigger, " + string.Join(" or ", Enumerable.Repeat("a cat", 200))));
}
