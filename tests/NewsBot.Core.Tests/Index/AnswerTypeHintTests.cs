using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Index;

public sealed class AnswerTypeHintTests
{
    [Theory]
    [InlineData("In what year was Nikola Tesla born?", "1856", true)]
    [InlineData("When did Super Bowl 50 take place?", "february", true)]
    [InlineData("When did Super Bowl 50 take place?", "stadium", false)]
    [InlineData("Which century saw the Yuan dynasty end?", "1368", true)]
    [InlineData("How many galleries does the V&A have?", "145", true)]
    [InlineData("How much did a commercial cost?", "million", true)]
    [InlineData("How many galleries does the V&A have?", "galleries", false)]
    [InlineData("What percentage voted yes?", "52", true)]
    public void Accepts_TokensOfTheAskedForKind(string question, string token, bool accepted) =>
        Assert.Equal(accepted, AnswerTypeHint.Of([.. QueryTerms.Tokens(question)]).Accepts(token));

    [Theory]
    [InlineData("Where did they meet?")]
    [InlineData("Who won the game?")]
    [InlineData("What is the Rhine called in Dutch?")]
    [InlineData("")]
    public void QuestionsWithoutACheckableKind_AcceptNothing(string question)
    {
        var hint = AnswerTypeHint.Of([.. QueryTerms.Tokens(question)]);

        Assert.Equal(AnswerTypeHint.Kind.None, hint.Type);
        Assert.False(hint.Accepts("2016"));
        Assert.False(hint.Accepts("seven"));
    }
}
