using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Tests.Index;

/// <summary>One analysis: the terms the Lucene index stores must be our stems, or document frequencies and re-scoring miss them.</summary>
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
    public void Stems_AreExactlyTheTermsTheIndexStores()
    {
        using var index = new TestIndex();
        var article = new Article("words", "w", Words);
        index.Index.Store(article, TestIndex.Paragraphs(article), null);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        using (var directory = FSDirectory.Open(NewsBot.Core.Index.IndexOptions.LuceneFolder(index.Path)))
        using (var reader = DirectoryReader.Open(directory))
        {
            var terms = MultiFields.GetTerms(reader, "all").GetEnumerator();
            while (terms.MoveNext())
                vocabulary.Add(terms.Term.Utf8ToString());
        }

        var stems = QueryTerms.Tokens(Words + " w").Select(TermFolding.IndexTerm).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(stems.Order(StringComparer.Ordinal), vocabulary.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("meetings", "meet")]
    [InlineData("generalizations", "gener")]
    [InlineData("caresses", "caress")]
    [InlineData("happy", "happi")]
    [InlineData("go", "go")]
    public void Stem_KnownExamples(string word, string stem) => Assert.Equal(stem, TermFolding.IndexTerm(word));
}
