using NewsBot.Core.Language;

namespace NewsBot.Core.Tests.Index;

public sealed class WordKeysTests
{
    [Theory]
    [InlineData("started", "began")]
    [InlineData("start", "beginning")]
    [InlineData("talk", "conversation")]
    [InlineData("talks", "discussions")]
    [InlineData("purchased", "bought")]
    [InlineData("acquisition", "buys")]
    [InlineData("died", "death")]
    [InlineData("resigned", "quit")]
    [InlineData("movies", "film")]
    [InlineData("directed", "director")]
    [InlineData("produced", "producers")]
    [InlineData("founded", "founder")]
    [InlineData("wrote", "writer")]
    [InlineData("won", "winner")]
    [InlineData("going", "go")]
    [InlineData("dying", "died")]
    [InlineData("biggest", "largest")]
    [InlineData("replaced", "successor")]
    [InlineData("suing", "sues")]
    [InlineData("suing", "lawsuit")]
    [InlineData("closing", "closure")]
    public void WordsNewsUsesForOneAnother_ShareAKey(string question, string sentence) =>
        Assert.Equal(WordKeys.Of(question), WordKeys.Of(sentence));

    [Theory]
    [InlineData("head", "boss")]
    [InlineData("fire", "sack")]
    [InlineData("start", "war")]
    [InlineData("meet", "talk")]
    [InlineData("big", "biggest")]
    public void OtherWords_KeepTheirOwnKeys(string one, string other) =>
        Assert.NotEqual(WordKeys.Of(one), WordKeys.Of(other));

    [Theory]
    [InlineData("thing")]
    [InlineData("bring")]
    [InlineData("king")]
    public void ShortWordsEndingInIng_KeepTheirIng(string word) => Assert.Equal(word, WordKeys.Of(word));
}
