using NewsBot.Core.Answering;
using NewsBot.Core.Language;

namespace NewsBot.Core.Tests.Answering;

public sealed class QuestionAnalysisTests
{
    [Theory]
    [InlineData("eurotunnel ceo?", AnswerKind.Name)]
    [InlineData("which may exec quit in january", AnswerKind.Name)]
    [InlineData("which coach was sacked?", AnswerKind.Name)]
    [InlineData("which school complained about brian mcfadden's video", AnswerKind.Organisation)]
    [InlineData("which indian airlines get the international routes first", AnswerKind.Organisation)]
    [InlineData("what's google's tv search thing called", AnswerKind.Organisation)]
    [InlineData("which city hosted the meeting?", AnswerKind.Place)]
    [InlineData("who directed halloween", AnswerKind.Name)]
    [InlineData("why did the ceo quit", AnswerKind.Other)]
    [InlineData("what did blinken urge moscow to do", AnswerKind.Other)]
    [InlineData("new start treaty", AnswerKind.Other)]
    [InlineData("which school was mcconnell at when he said it was ok to get drunk", AnswerKind.Organisation)]
    [InlineData("how big were us imports in november", AnswerKind.Number)]
    [InlineData("nortel's restated 2003 profit", AnswerKind.Number)]
    [InlineData("what's the lichtenstein in the versace sale expected to fetch", AnswerKind.Number)]
    [InlineData("why did nortel restate its profit", AnswerKind.Other)]
    [InlineData("what age was viotti", AnswerKind.Number)]
    [InlineData("what was the name of the city where tesla lived", AnswerKind.Place)]
    [InlineData("whats the name of BT's own 3d game engine", AnswerKind.Organisation)]
    [InlineData("whats morquendi's real name", AnswerKind.Organisation)]
    [InlineData("whats the name of argentina's economy minister", AnswerKind.Name)]
    [InlineData("whats farrell's character called in scrubs", AnswerKind.Organisation)]
    public void ChatQuestionsAskingForAName_WithoutWho_GetANameKind(string question, AnswerKind kind) =>
        Assert.Equal(kind, QuestionAnalysis.Of(question).Kind);

    [Theory]
    [InlineData("who was home sec before clarke", "secretary")]
    [InlineData("who's the fa's new chief exec", "executive")]
    [InlineData("how many did daimlerchrysler sell last yr", "year")]
    [InlineData("who directed the 3rd harry potter", "third")]
    [InlineData("who was terry melcher's mum", "mother")]
    [InlineData("how much did boeing make in q4", "quarter")]
    public void ChatShorthand_IsReadAsTheWordNewsWrites(string question, string written)
    {
        var analysis = QuestionAnalysis.Of(question);

        Assert.Contains(WordKeys.Of(written), analysis.KeyTerms);
    }

    [Fact]
    public void EurotunnelCeo_AsksForTheChiefExecutive_ByName()
    {
        var analysis = QuestionAnalysis.Of("eurotunnel ceo?");

        Assert.Equal(AnswerKind.Name, analysis.Kind);
        Assert.Contains(WordKeys.Of("executive"), analysis.KeyTerms);
    }

    [Fact]
    public void SinceWhen_AsksWhen_AndSinceAndGoingAreNoTermsTheAnswerMustRepeat()
    {
        // Answered by "since the war began a year ago", which says neither.
        var analysis = QuestionAnalysis.Of("since when has the ukraine war been going");

        Assert.Equal(AnswerKind.Time, analysis.Kind);
        Assert.Equal(["ukrain", "war"], analysis.KeyTerms);
    }

    [Fact]
    public void HowLongDidItLast_AsksForADuration_AndLastIsNoTermTheAnswerMustRepeat()
    {
        var analysis = QuestionAnalysis.Of("how long did the conversation last?");

        Assert.True(analysis.AsksDuration);
        Assert.Equal([WordKeys.Of("conversation")], analysis.KeyTerms);
    }

    [Fact]
    public void WhichCityHosted_AsksForAPlace_AndHostedIsNoTermTheAnswerMustRepeat()
    {
        var analysis = QuestionAnalysis.Of("which city hosted the meeting?");

        Assert.Equal(AnswerKind.Place, analysis.Kind);
        Assert.Equal(["meet"], analysis.KeyTerms);
    }

    [Theory]
    [InlineData("how long did the conversation last?", true)]
    [InlineData("how long was he banned for", true)]
    [InlineData("how many homes burned", false)]
    [InlineData("when did it end", false)]
    public void HowLong_AsksForADuration(string question, bool duration) =>
        Assert.Equal(duration, QuestionAnalysis.Of(question).AsksDuration);

    [Fact]
    public void ChatPadding_IsNoTermTheAnswerMustRepeat()
    {
        var analysis = QuestionAnalysis.Of("who's the guy suing apple cos itunes songs actually only play on ipods");

        Assert.Equal(["sue", "appl", "itun", "song", "play", "ipod"], analysis.KeyTerms);
        Assert.Equal(["ibm", "dell"], QuestionAnalysis.Of("ibm vs dell").KeyTerms);
    }

    [Theory]
    [InlineData("how much did halloween gross", true)]
    [InlineData("how much is jal paying per 7e7", true)]
    [InlineData("how much does a boeing 777-200lr cost", true)]
    [InlineData("how much is the charity single expected to raise", true)]
    [InlineData("how much is deutsche boerse raising its dividend by", false)]
    [InlineData("how much did sales rise", false)]
    [InlineData("how many planes did jal buy", false)]
    [InlineData("what % of nissan does renault own", false)]
    [InlineData("what did lenovo pay for ibm's pc business", true)]
    [InlineData("what stake did shanda buy in sina", false)]
    [InlineData("how much is britain giving rwandan rape survivors", true)]
    [InlineData("how much did sandra bullock donate", true)]
    [InlineData("how much did the uk pledge to the vaccine scheme", true)]
    public void HowMuch_WithAVerbOfPaying_AsksForMoney(string question, bool money) =>
        Assert.Equal(money, QuestionAnalysis.Of(question).AsksMoney);

    [Fact]
    public void ChatPadding_LeavesTheLettersOfNamesAlone()
    {
        // "u" stands for "you" in chat, but is also the "U" of "U.S.": as a stop word, "u.s" shared no word with itself.
        var question = QuestionAnalysis.Of("which state has the highest gas prices");
        var place = AnswerEntities.Find("Here are the highest gas prices in the U.S.:", AnswerKind.Place, question.QuestionWords, question.KeyTerms);

        // Two reports both placing it "in the U.S." agree.
        Assert.True(AnswerEntities.Overlap(place, place));
    }
}
