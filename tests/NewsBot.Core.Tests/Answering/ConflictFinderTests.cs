using NewsBot.Core.Answering;
using NewsBot.Core.Passages;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.Answering;

/// <summary>Which sentences count as another report of the same fact: the rules alone, on hand-made candidates.</summary>
public sealed class ConflictFinderTests
{
    private static readonly QuestionAnalysis HowManyKhitanTumens = QuestionAnalysis.Of("How many Khitan tumens were there?");

    [Fact]
    public void ARivalNamingWhatTheBestSentencesStoryNeverNames_IsNoRival()
    {
        // The ranker put the count from the story on Kuchlug first; the Khitan story's count is about other tumens.
        var best = Candidate("kuchlug", "Genghis Khan of the Mongol Empire", "Genghis Khan sent only two tumens against Kuchlug under the Mongol Empire's general Jebe.", ["tumen"], "two", 0.5);
        var rival = Candidate("khitan", "Genghis Khan of the Mongol Empire", "Under Genghis Khan, three Khitan generals of the Mongol Empire commanded the three Khitan tumens.", ["khitan", "tumen"], "three", 0.4);

        Assert.Empty(ConflictFinder.Rivals(best, [best, rival], HowManyKhitanTumens, threshold: 0.189, ratio: 0.12));
    }

    [Fact]
    public void TheSameRival_Counts_WhenTheBestSentencesStoryNamesItToo()
    {
        var best = Candidate("kuchlug", "Genghis Khan and the Khitan", "Genghis Khan sent only two tumens against Kuchlug under the Mongol Empire's general Jebe.", ["tumen"], "two", 0.5);
        var rival = Candidate("khitan", "Genghis Khan of the Mongol Empire", "Under Genghis Khan, three Khitan generals of the Mongol Empire commanded the three Khitan tumens.", ["khitan", "tumen"], "three", 0.4);

        Assert.Equal([rival], ConflictFinder.Rivals(best, [best, rival], HowManyKhitanTumens, threshold: 0.189, ratio: 0.12).Select(r => r.Rival));
    }

    [Fact]
    public void ARivalWithoutTheRankAsked_IsNoRival()
    {
        var best = Candidate("fresno", "Fresno, California", "Fresno is the largest city in the Central Valley of California, the San Joaquin Times said.", ["city", "largest", "california"], "central valley", 0.5);
        var rival = Candidate("cities", "Cities of California", "Los Angeles and San Diego are the two largest cities in all of California, the San Joaquin Times said.", ["city", "largest", "california"], "los angeles", 0.4);

        Assert.Empty(ConflictFinder.Rivals(best, [best, rival], QuestionAnalysis.Of("Which city is the fifth-largest city in California?"), threshold: 0.189, ratio: 0.12));
        Assert.Equal([rival], ConflictFinder.Rivals(best, [best, rival], QuestionAnalysis.Of("Which city is the largest city in California?"), threshold: 0.189, ratio: 0.12).Select(r => r.Rival));
    }

    [Theory]
    [InlineData("The deal was done, said GM chief executive Rick Wagoner of the Fiat talks.", "rick wagoner")]
    [InlineData("The deal was done, said former Fiat chief executive Giuseppe Morchio.", "giuseppe morchio")]
    public void AnotherBodysHolderOfTheRole_OrAFormerOne_IsNoRival(string text, string fact)
    {
        var question = QuestionAnalysis.Of("who's fiat's ceo");
        string[] terms = [.. question.KeyTerms];
        var best = Candidate("fiat", "Fiat and GM settle", "The deal was done, said Fiat chief executive Sergio Marchionne.", terms, "sergio marchionne", 0.5);
        var rival = Candidate("gm", "Fiat and GM settle", text, terms, fact, 0.4);
        var current = Candidate("gm", "Fiat and GM settle", "The deal was done, said Fiat chief executive Herbert Demel.", terms, "herbert demel", 0.4);

        Assert.Empty(ConflictFinder.Rivals(best, [best, rival], question, threshold: 0.189, ratio: 0.12));
        Assert.Equal([current], ConflictFinder.Rivals(best, [best, current], question, threshold: 0.189, ratio: 0.12).Select(r => r.Rival));
    }

    [Fact]
    public void ALoneQuotationMarkBeforeTheRole_IsNoWord()
    {
        var question = QuestionAnalysis.Of("who's fiat's ceo");
        string[] terms = [.. question.KeyTerms];
        var best = Candidate("fiat", "Fiat and GM settle", "The deal was done, said Fiat chief executive Sergio Marchionne.", terms, "sergio marchionne", 0.5);
        var rival = Candidate("gm", "Fiat and GM settle", "The deal was done, said former \" chief executive Herbert Demel.", terms, "herbert demel", 0.4);

        Assert.Empty(ConflictFinder.Rivals(best, [best, rival], question, threshold: 0.189, ratio: 0.12));
    }

    private static CandidateSentence Candidate(string article, string title, string text, string[] covered, string fact, double score) =>
        new(new SearchHit(new Passage(Passage.MakeId(article, 0), article, 0, 0, text.Length, text, title, null, null), 1.0),
            0, text.Length, text, covered.ToHashSet(StringComparer.Ordinal), 0.5, [fact], score, new double[AnswerFeatures.Count]);
}
