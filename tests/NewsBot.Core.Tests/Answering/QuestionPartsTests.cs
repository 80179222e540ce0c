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

    [Fact]
    public void AnAmpersandBeforeASecondQuestion_JoinsTwoParts_ElsewhereItJoinsAName()
    {
        Assert.Equal(["who reffed arsenal v united", "who reffed chelsea at barca"], QuestionParts.Of("who reffed arsenal v united & who reffed chelsea at barca"));
        Assert.Empty(QuestionParts.Of("how much did marks & spencer make"));
    }

    [Fact]
    public void TwoPhrasesJoinedByAnd_AreTwoParts()
    {
        var parts = QuestionParts.Of("german jobless rate and uk interest rate");

        Assert.Equal(["german jobless rate", "uk interest rate"], parts);
    }

    [Fact]
    public void TwoNamesSideBySide_ShareTheStemAndTheTrailingClause()
    {
        var parts = QuestionParts.Of("how old were debra hill and anna keaveney when they died?");

        Assert.Equal(["how old were debra hill when they died", "how old were anna keaveney when they died"], parts);
    }

    [Fact]
    public void TwoThingsSetAgainstEachOther_WithVs_AreTwoParts()
    {
        var parts = QuestionParts.Of("holcim paying for aggregate vs federated paying for may");

        Assert.Equal(["holcim paying for aggregate", "federated paying for may"], parts);
    }

    [Theory]
    [InlineData("how many staff does sun interbrew have vs southcorp", "how many staff does southcorp have")]
    [InlineData("how many mobile users does india have vs china", "how many mobile users does china have")]
    [InlineData("how much did the ex enron directors agree to pay vs the ex worldcom directors", "how much did the ex worldcom directors agree to pay")]
    [InlineData("how many caps did dave hodges win for the usa vs gareth llewellyn for wales", "how many caps did gareth llewellyn win for wales")]
    [InlineData("how many texts did the uk send on new year's day vs in the whole of december", "how many texts did the uk send in the whole of december")]
    [InlineData("how much is a digital tv box for france's tnt vs the cheapest sky plus box", "how much is the cheapest sky plus box")]
    [InlineData("how old are bekele and andy murray", "how old are andy murray")]
    public void TheConjunct_StandsForTheSubjectAfterTheAuxiliary_OrForTheLastPhrase(string question, string second)
    {
        var parts = QuestionParts.Of(question);

        Assert.Equal(2, parts.Count);
        Assert.Equal(second, parts[1]);
    }

    [Theory]
    [InlineData("who's older, robert jackson or paul boateng", "how old is robert jackson", "how old is paul boateng")]
    [InlineData("which robot is taller, asimo or emiew", "how tall is asimo", "how tall is emiew")]
    [InlineData("who was younger, debra hill or anna keaveney", "how old was debra hill", "how old was anna keaveney")]
    public void WhoIsOlder_AsksEachOnesAge(string question, string first, string second) =>
        Assert.Equal([first, second], QuestionParts.Of(question));

    [Fact]
    public void TwoWholeQuestionsJoinedByAnd_BorrowNothing()
    {
        Assert.Equal(["when's the london marathon", "when does the aus open start"], QuestionParts.Of("when's the london marathon and when does the aus open start"));
        Assert.Equal(["who runs eurotunnel", "who runs qantas"], QuestionParts.Of("who runs eurotunnel and who runs qantas"));
        Assert.Equal(["how many mps did labour win in 1974", "whats the size of blair's 2001 majority"],
            QuestionParts.Of("how many mps did labour win in 1974 and whats the size of blair's 2001 majority"));
    }

    [Fact]
    public void AConjunctOpeningWithASmallWord_ParallelsTheSameWordOnTheLeft()
    {
        var parts = QuestionParts.Of("which cities hosted the mtv europe awards and the nrj awards");

        Assert.Equal(["which cities hosted the mtv europe awards", "which cities hosted the nrj awards"], parts);
    }

    [Fact]
    public void AColon_EndsTheWordsBothPartsShare()
    {
        var parts = QuestionParts.Of("ages: viotti vs ian curtis when they died");

        Assert.Equal(["ages: viotti when they died", "ages: ian curtis when they died"], parts);
    }

    [Fact]
    public void VsBeforeASecondQuestion_SplitsIt()
    {
        Assert.Equal(["how many yrs could ebbers get", "how much did shareholders lose when worldcom collapsed"],
            QuestionParts.Of("how many yrs could ebbers get vs how much did shareholders lose when worldcom collapsed"));
        Assert.Equal(["when are the oscar nominees announced", "when does oscar voting close"],
            QuestionParts.Of("when are the oscar nominees announced v when does oscar voting close"));
    }

    [Fact]
    public void ASecondPartOpeningWithAWordOfTheFirst_RepeatsTheFirstUpToThere()
    {
        var parts = QuestionParts.Of("what was the score when farina elia beat venus v when dementieva beat her");

        Assert.Equal(["what was the score when farina elia beat venus", "what was the score when dementieva beat her"], parts);
    }

    [Fact]
    public void Possessives_MarkTheCounterparts()
    {
        Assert.Equal(["who's ukip's deputy leader", "who's veritas' deputy"], QuestionParts.Of("who's ukip's deputy leader v veritas' deputy"));
        Assert.Equal(["mccririck's odds to get evicted", "kenzie's odds to win celeb bb"], QuestionParts.Of("mccririck's odds to get evicted vs kenzie's odds to win celeb bb"));
        Assert.Equal(["how much did verizon bid for mci", "how much did qwest's offer"], QuestionParts.Of("how much did verizon bid for mci vs qwest's offer"));
    }

    [Fact]
    public void VBeforeTheSameSmallWord_SetsTwoThingsSideBySide()
    {
        var parts = QuestionParts.Of("when's the great caledonian run v the great ireland run");

        Assert.Equal(["when's the great caledonian run", "when's the great ireland run"], parts);
    }

    [Fact]
    public void AClauseAskedOfBoth_FollowsEachPart()
    {
        var parts = QuestionParts.Of("kenteris's lawyer and courtney love's lawyer, who are they");

        Assert.Equal(["kenteris's lawyer who are they", "courtney love's lawyer who are they"], parts);
    }

    [Theory]
    [InlineData("who won arsenal v the saints")]
    [InlineData("who scored for chelsea v arsenal's reserves")]
    [InlineData("where did they meet?")]
    [InlineData("did the typhoon flood manila and cut electricity?")]
    [InlineData("who got chelsea's goal v west ham")]
    [InlineData("where did kirchner and chavez sign the oil thing")]
    [InlineData("where did blinken and lavrov meet")]
    [InlineData("when did chelsea and arsenal last play")]
    [InlineData("why did shares fall and profits rise")]
    [InlineData("tea or coffee")]
    [InlineData("")]
    [InlineData("🙂 or 🙃?")]
    public void OneQuestion_IsNotSplit(string question) => Assert.Empty(QuestionParts.Of(question));

    [Theory]
    [InlineData("where did blinken and lavrov meet", false)]
    [InlineData("when did chelsea and arsenal last play?", false)]
    [InlineData("who coaches scotland and spain", true)]
    [InlineData("wpp vs nestle revenue", true)]
    public void TwoWhoDoOneThingTogether_AreOneEvent_NotTwoStories(string question, bool mayAskTwoThings) =>
        Assert.Equal(mayAskTwoThings, QuestionParts.MayAskTwoThings(question));

    [Fact]
    public void AVeryLongQuestion_IsNotSplit() =>
        Assert.Empty(QuestionParts.Of("which is bigger, " + string.Join(" or ", Enumerable.Repeat("a cat", 200))));
}
