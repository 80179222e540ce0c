using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Core.Language;

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
    [InlineData("How long did the siege last?", "forty", true)]
    [InlineData("What time does the market open?", "july", true)]
    public void Accepts_TokensOfTheAskedForKind(string question, string token, bool accepted) =>
        Assert.Equal(accepted, AnswerTypeHint.Of([.. QueryTerms.Tokens(question)]).Accepts(token));

    [Theory]
    [InlineData("Where did they meet?", AnswerKind.Place)]
    [InlineData("In which city was the treaty signed?", AnswerKind.Place)]
    [InlineData("Who won the game?", AnswerKind.Name)]
    [InlineData("What is the Rhine called in Dutch?", AnswerKind.Other)]
    [InlineData("", AnswerKind.Other)]
    public void KindsWithoutACheckableToken_AcceptNothing(string question, AnswerKind kind)
    {
        var hint = AnswerTypeHint.Of([.. QueryTerms.Tokens(question)]);

        Assert.Equal(kind, hint.Kind);
        Assert.False(hint.Accepts("2016"));
        Assert.False(hint.Accepts("seven"));
    }

    // Retrieval and the answerer used to keep two word lists; each knew kinds the other did not.
    [Theory]
    [InlineData("Which century saw the Yuan dynasty end?", AnswerKind.Time)]
    [InlineData("What decade was it built in?", AnswerKind.Time)]
    [InlineData("What percentage voted yes?", AnswerKind.Number)]
    [InlineData("How old was Tesla?", AnswerKind.Number)]
    [InlineData("What time did the ferry sink?", AnswerKind.Time)]
    [InlineData("Where did they meet?", AnswerKind.Place)]
    [InlineData("what london venue did rooster play at", AnswerKind.Place)]
    [InlineData("which chinese city was the fire in", AnswerKind.Place)]
    [InlineData("which us team is he going to coach", AnswerKind.Organisation)]
    [InlineData("what first prize did she win", AnswerKind.Other)]
    [InlineData("What is the premiere date of The Walking Dead Season 11?", AnswerKind.Time)]
    [InlineData("whats the date of the election", AnswerKind.Time)]
    [InlineData("what was kelly holmes time in the 1500m", AnswerKind.Other)]
    [InlineData("what is the capital of france", AnswerKind.Other)]
    [InlineData("What movie won the Oscar for Best Animated Film in 2020?", AnswerKind.Organisation)]
    [InlineData("what radio show was he on his way to", AnswerKind.Organisation)]
    [InlineData("what location did they pick", AnswerKind.Place)]
    // A few keywords without a question word, ending on the noun of what is wanted.
    [InlineData("Super Bowl 2021 location", AnswerKind.Place)]
    [InlineData("new start expiry year", AnswerKind.Time)]
    [InlineData("g20 share of world output percentage", AnswerKind.Number)]
    [InlineData("super bowl location", AnswerKind.Place)]
    [InlineData("why is the location secret", AnswerKind.Other)]
    [InlineData("the glastonbury line-up has been announced for this year", AnswerKind.Other)]
    public void TheAnswererAndRetrieval_AgreeOnTheKind(string question, AnswerKind kind)
    {
        Assert.Equal(kind, QuestionAnalysis.Of(question).Kind);
        Assert.Equal(kind, AnswerTypeHint.Of([.. QueryTerms.Tokens(question)]).Kind);
    }

    // The noun that says the kind may stand later in its phrase, but not past its verb: "what did the city say" asks
    // nothing of a place.
    [Theory]
    [InlineData("what london venue did rooster play at", "venue")]
    [InlineData("which chinese city was the fire in", "city")]
    [InlineData("what year did he leave", "year")]
    [InlineData("super bowl 2021 location", "location")]
    [InlineData("new start expiry year", "year")]
    public void TheNounOfTheKind_IsNoTermTheAnswerMustRepeat(string question, string word)
    {
        Assert.Contains(word, AnswerTypeHint.KindWords([.. QueryTerms.Tokens(question)]));
        Assert.DoesNotContain(NewsBot.Core.Language.WordKeys.Of(word), QuestionAnalysis.Of(question).KeyTerms);
    }

    [Fact]
    public void ANounAfterTheVerb_SaysNothingOfTheKind() =>
        Assert.Equal(AnswerKind.Other, AnswerTypeHint.Of([.. QueryTerms.Tokens("what did the city say about the plan")]).Kind);
}
