using NewsBot.Core.Language;

namespace NewsBot.Core.Tests.Index;

public sealed class PlaceAliasesTests
{
    [Theory]
    [InlineData("the United Kingdom's new prime minister", "the uk's new prime minister")]
    [InlineData("in British history", "in uk history")]
    [InlineData("Great Britain and the UK", "uk and the uk")]
    [InlineData("U.S. officials and Americans", "usa officials and usa")]
    [InlineData("the United States of America", "the usa")]
    [InlineData("a South African minister in South Africa", "a southafrica minister in southafrica")]
    [InlineData("Russian forces", "russia forces")]
    [InlineData("German", "germany")]
    public void CountryAliases_FoldToOneName(string text, string folded) => Assert.Equal(folded, PlaceAliases.Fold(text));

    [Theory]
    [InlineData("German", true)]
    [InlineData("Germans", true)]
    [InlineData("Britain's", true)]
    [InlineData("Lavrov", false)]
    [InlineData("Frenchay", false)]
    public void IsCountry_KnowsCountryWords(string word, bool country) => Assert.Equal(country, PlaceAliases.IsCountry(word));

    [Theory]
    [InlineData("Frenchay hospital")]
    [InlineData("the Americana hotel")]
    [InlineData("give us a ring")]
    [InlineData("")]
    public void WordsThatOnlyStartLikeACountry_AreLeftAlone(string text) => Assert.Equal(text, PlaceAliases.Fold(text));
}
