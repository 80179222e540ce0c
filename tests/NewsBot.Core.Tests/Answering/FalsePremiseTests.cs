using NewsBot.Core.Answering;

namespace NewsBot.Core.Tests.Answering;

public sealed class FalsePremiseTests
{
    [Theory]
    [InlineData("why did their conversation last two hours", "how long did their conversation last", "two hours")]
    [InlineData("why haven't iron maiden played reading in 10 yrs", "how long haven't iron maiden played reading", "10 yrs")]
    [InlineData("why did federated only pay $6bn for may", "how much did federated only pay for may", "$6bn")]
    [InlineData("why did inbev's pre-tax profits only go up 42%?", "how much did inbev's pre-tax profits only go up", "42%")]
    [InlineData("why was new start signed in 2015", "when was new start signed", "2015")]
    [InlineData("Why did Chelsea sack Mutu in December?", "when did Chelsea sack Mutu", "December")]
    [InlineData("why did 3 ministers resign", "how many did ministers resign", "3")]
    [InlineData("why did blinken and lavrov meet in washington?", "where did blinken and lavrov meet", "washington")]
    [InlineData("why's the super bowl at new orleans", "where the super bowl", "new orleans")]
    public void AWhyQuestionStatingAFigure_IsAskedForThatFigure(string question, string restated, string figure)
    {
        var premise = FalsePremise.Restated(question);

        Assert.NotNull(premise);
        Assert.Equal(restated, premise.Value.Question);
        Assert.Equal(figure, premise.Value.Figure);
    }

    [Theory]
    [InlineData("why did the talks in delhi fail")]
    [InlineData("why did he resign in protest")]
    [InlineData("why is he at home")]
    [InlineData("why did the war in ukraine start")]
    [InlineData("why should mac users upgrade to itunes 4.8")]
    [InlineData("how long did their conversation last two hours")]
    [InlineData("why")]
    [InlineData("")]
    public void AQuestionWithoutAFigureOrWithoutWhy_IsNotRestated(string question) => Assert.Null(FalsePremise.Restated(question));

    [Fact]
    public void AVeryLongQuestion_IsNotRestated() =>
        Assert.Null(FalsePremise.Restated("why did it last two hours " + new string('a', 400)));
}
