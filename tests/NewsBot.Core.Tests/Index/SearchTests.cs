namespace NewsBot.Core.Tests.Index;

public sealed class SearchTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Theory]
    [InlineData("meet", "summit")]
    [InlineData("met", "meeting")]
    [InlineData("buy", "deal")]
    [InlineData("bought", "shopping")]
    [InlineData("child", "school")]
    public void Search_IrregularForms_MeetTheirBaseForm(string query, string expectedArticle)
    {
        _index.With(
            ("summit", "Summit", "The ministers met on Thursday."),
            ("meeting", "Board", "They will meet again next week."),
            ("deal", "Deal", "The firm bought a rival for cash."),
            ("shopping", "Shopping", "Shoppers buy less in winter."),
            ("school", "School", "The children returned to class."));

        Assert.Contains(_index.Index.Search(query, 5), h => h.Passage.ArticleId == expectedArticle);
    }

    [Fact]
    public void SearchForAnswer_AddsPassagesThatSayTheQuestionsWordAnotherWay_WhenTooFewMatch()
    {
        _index.With(
            ("summit", "Summit", "The ministers held talks in Delhi on Thursday."),
            ("report", "Report", "The conversation in Delhi was over in less than 10 minutes."));

        Assert.DoesNotContain(_index.Index.Search("how long did they talk", 8, 3), h => h.Passage.ArticleId == "report");
        var hits = _index.Index.SearchForAnswer("how long did they talk", 8, 3);

        // The passages the question matches come first; those found by "conversation" after them.
        Assert.Equal(["summit", "report"], hits.Select(h => h.Passage.ArticleId));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(2_000)]
    public void SearchForAnswer_TakesAVeryLongQuestionWithQuerySyntax_WithoutThrowing(int length)
    {
        _index.With(("summit", "Summit", "The ministers held talks in Delhi on Thursday."));
        var question = ("how long did they talk AND (conversation) \"NEAR\" * ~ ^ : " + new string('x', length))[..length];

        var hits = _index.Index.SearchForAnswer(question, 8, 3);

        Assert.InRange(hits.Count, 0, 8);
    }

    [Fact]
    public void SearchForAnswer_IsRetrievalsSearch_WhenEnoughPassagesMatch()
    {
        _index.With(
            ("a", "A", "They talk often."),
            ("b", "B", "The talk ran long."),
            ("c", "C", "The conversation was short."));

        Assert.Equal(
            _index.Index.Search("how long did they talk", 2, 3).Select(h => h.Passage.Id),
            _index.Index.SearchForAnswer("how long did they talk", 2, 3).Select(h => h.Passage.Id));
    }

    [Theory]
    [InlineData("who was home sec before clarke", "blunkett")]
    [InlineData("eurotunnel ceo", "eurotunnel")]
    public void Search_ChatShorthand_FindsTheWordsNewsWrites(string query, string expectedArticle)
    {
        _index.With(
            ("blunkett", "Blunkett", "David Blunkett was home secretary before Charles Clarke took the job."),
            ("eurotunnel", "Tunnel", "Eurotunnel's chief executive Jean-Louis Raymond spoke."),
            ("other", "Clarke", "Charles Clarke went home."),
            ("ceo", "Eurotunnel", "Eurotunnel sales fell."));

        Assert.Equal(expectedArticle, _index.Index.Search(query, 5)[0].Passage.ArticleId);
    }

    [Theory]
    [InlineData("मानसून बारिश", "hindi")]
    [InlineData("தமிழ்", "tamil")]
    [InlineData("ฝนตกหนัก", "thai")]
    public void Search_WordsWithCombiningVowelSigns_FindTheirArticle(string query, string expectedArticle)
    {
        // FTS5's unicode61 splits words at combining marks; the query must split them the same way to match.
        _index.With(
            ("hindi", "मानसून", "मुंबई में मानसून की भारी बारिश से नगर निगम ने स्कूल बंद किए।"),
            ("tamil", "தமிழ் செய்தி", "சென்னையில் தமிழ் மொழி விழா நடந்தது."),
            ("thai", "ข่าว", "วันนี้ ฝนตกหนัก ในกรุงเทพ"),
            ("english", "Monsoon", "Heavy monsoon rain closed schools in Mumbai."));

        Assert.Equal(expectedArticle, Assert.Single(_index.Index.Search(query, 5)).Passage.ArticleId);
    }

    [Fact]
    public void Search_RegularInflections_MatchThroughTheStemmer()
    {
        _index.With(("a", "Votes", "Parliament voted on the budgets."));

        Assert.Single(_index.Index.Search("vote budget", 5));
    }

    [Fact]
    public void Search_TermInTitle_RanksAboveTermOnlyInBody()
    {
        _index.With(
            ("body", "Weather report", "Rain is expected. The volcano nearby stayed quiet all day long today."),
            ("title", "Volcano erupts", "Ash fell on the town. Residents stayed inside all day long today."));

        var hits = _index.Index.Search("volcano", 5);

        Assert.Equal(["title", "body"], hits.Select(h => h.Passage.ArticleId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_QuestionWordsDoNotSwampTheQuery()
    {
        _index.With(
            ("where", "Where and when", "Where did who go? When did they do what they did?"),
            ("port", "Port", "The ships docked in Rotterdam."));

        var hits = _index.Index.Search("where did the ships dock?", 5);

        Assert.Equal("port", Assert.Single(hits).Passage.ArticleId);
    }

    [Fact]
    public void Search_ReturnsPassageProvenance_AndAtMostK()
    {
        _index.With(Enumerable.Range(0, 12).Select(i => ($"a{i}", $"Title {i}", $"Tulips bloom {i}.")).ToArray());

        var hits = _index.Index.Search("tulips", 5);

        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.Equal($"{h.Passage.ArticleId}#0", h.Passage.Id));
        Assert.All(hits, h => Assert.StartsWith("Title ", h.Passage.Title));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_DiacriticsAreIgnored()
    {
        _index.With(("cafe", "Café", "The café in São Paulo reopened."));

        Assert.Single(_index.Index.Search("cafe sao paulo", 5));
        Assert.Single(_index.Index.Search("CAFÉ", 5));
    }

    [Fact]
    public void Search_RanksTheRareTermFirst_EvenWhenManyPassagesShareTheCommonOne()
    {
        // More matching passages than the candidate pool: the rare one, stored last, must still come first.
        var many = Enumerable.Range(0, 150).Select(i => ($"c{i}", $"Harbour {i}", $"The harbour was busy on day {i}.")).ToList();
        many.Add(("rare", "Harbour log", "The harbour saw a narwhal today."));
        _index.With([.. many]);

        var hits = _index.Index.Search("narwhal in the harbour", 5);

        Assert.Equal("rare", hits[0].Passage.ArticleId);
    }

    [Fact]
    public void Search_AdjacentQuestionTerms_BeatTheSameWordsApart()
    {
        _index.With(
            ("apart", "Travel", "A new museum opened in the city, and many visitors came from York to see it today."),
            ("adjacent", "Travel", "A museum opened in the city, and many visitors came from New York to see it today."));

        var hits = _index.Index.Search("New York museum", 5);

        Assert.Equal("adjacent", hits[0].Passage.ArticleId);
    }

    [Fact]
    public void Search_OneLongArticle_DoesNotCrowdOutASecondSource()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Range(0, 10).Select(i => $"The eclipse drew crowds, report {i}."));
        _index.With(
            ("long", "Eclipse", paragraphs),
            ("other", "Sky", "Astronomers in a distant town watched the eclipse through thin cloud while students took notes."));

        var capped = _index.Index.Search("eclipse", 8, maxPerArticle: 3);
        var ranked = _index.Index.Search("eclipse", 8);

        Assert.Contains(capped, h => h.Passage.ArticleId == "other");
        Assert.Equal(8, capped.Count);
        Assert.Equal(capped.OrderByDescending(h => h.Score).Select(h => h.Score), capped.Select(h => h.Score));
        // The plain ranking is the retrieval order itself (what the evaluation measures): best first, no cap.
        Assert.Equal(8, ranked.Count);
        Assert.True(ranked.Count(h => h.Passage.ArticleId == "long") > 3);
        Assert.Equal(ranked.OrderByDescending(h => h.Score).Select(h => h.Score), ranked.Select(h => h.Score));
    }

    [Fact]
    public void Search_WhenQuestion_PrefersThePassageWhoseMatchingSentenceHoldsAYear()
    {
        _index.With(
            // The dated passage is the longer one, so plain BM25 would rank it second.
            ("family", "Inventor", "Tesla was born into a Serb family in the village of Smiljan."),
            ("dated", "Inventor", "Tesla was born in the small mountain village of Smiljan, then part of the Austrian Empire, in 1856."));

        var hits = _index.Index.Search("In what year was Tesla born?", 2);

        Assert.Equal(["dated", "family"], hits.Select(h => h.Passage.ArticleId));
    }

    public void Dispose() => _index.Dispose();
}
