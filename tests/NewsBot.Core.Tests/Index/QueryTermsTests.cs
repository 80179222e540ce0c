using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Tests.Index;

public sealed class QueryTermsTests
{
    [Theory]
    [InlineData("What did the WHO say about covid?", "who,say,covid")]
    [InlineData("Why did the US and the UK leave?", "us,uk,leave")]
    [InlineData("What happened in May 2024?", "may,2024")]
    [InlineData("Who won on May 3?", "won,may,3")]
    public void A_stopword_used_as_a_name_stays_a_term(string question, string expected) =>
        Assert.Equal(expected.Split(','), QueryTerms.KeyTerms(question));

    [Theory]
    [InlineData("who did they meet?", "meet")]
    [InlineData("WHERE DID THEY MEET?", "meet")]
    [InlineData("May I ask where they met?", "ask,met")]
    [InlineData("Who may win the cup?", "win,cup")]
    public void Stopwords_as_words_are_still_left_out(string question, string expected) =>
        Assert.Equal(expected.Split(','), QueryTerms.KeyTerms(question));
}
