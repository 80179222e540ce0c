using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Index;

/// <summary>Our stems must be the terms FTS5 stores, or document frequencies and re-scoring miss them.</summary>
public sealed class PorterStemmerTests
{
    private const string Words =
        "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping " +
        "tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci " +
        "digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism " +
        "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize " +
        "electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible " +
        "irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective " +
        "bowdlerize probate rate cease controlling roll meetings meeting met bought generalizations running ran " +
        "organisations organization universities university dying lying ties skies news oed bed ied yed " +
        "naïve café résumé São Zürich 2022 covid19 g20 abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijxyzing";

    [Fact]
    public void Stems_AreTheTermsFts5Stores()
    {
        using var index = new TestIndex();
        var article = new Article("words", "w", Words);
        index.Index.Store(article, TestIndex.Paragraphs(article), null);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        using (var connection = new SqliteConnection($"Data Source={index.Path};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT term FROM passage_terms";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                vocabulary.Add(reader.GetString(0));
        }

        var missing = QueryTerms.Tokens(Words).Select(TermFolding.IndexTerm).Where(s => !vocabulary.Contains(s)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("meetings", "meet")]
    [InlineData("generalizations", "gener")]
    [InlineData("caresses", "caress")]
    [InlineData("happy", "happi")]
    [InlineData("go", "go")]
    public void Stem_KnownExamples(string word, string stem) => Assert.Equal(stem, TermFolding.IndexTerm(word));
}
