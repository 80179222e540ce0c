namespace NewsBot.Core.Tests.Index;

/// <summary>Whatever a user types, building and running the query never throws.</summary>
public sealed class SearchInputTests : IDisposable
{
    private readonly TestIndex _index = new TestIndex().With(
        ("ukraine", "Talks on Ukraine", "Lavrov and Blinken met in New Delhi to talk about Ukraine and the NEAR future."),
        ("moscow", "Москва заявила", "Министр иностранных дел встретился с коллегой в Нью-Дели."),
        ("tokyo", "東京の会議", "東京 で 会議 が 開かれた。 首相 は 会談 した。"),
        ("cairo", "القاهرة", "التقى وزير الخارجية في القاهرة"));

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"\"", "ukraine\"", "\"ukraine", "(", ")", "((ukraine", "ukraine))", "ukraine AND", "OR", "NOT ukraine",
        "ukraine NOT", "NEAR(ukraine delhi, 2)", "NEAR(", "ukraine*", "*", "title:ukraine", "body:", ":", "^ukraine", "^",
        "-ukraine", "- - -", "+ukraine", "{title body}: ukraine", "ukraine OR OR AND NOT", "AND AND", "a:b:c", "\\", "'",
        "'; DROP TABLE articles; --", "%", "_", "ukraine 🇺🇦🙂", "🙂🙂🙂", "\u0000", "\uFFFD", "a\uD800b", "x\u0301y", "東京", "القاهرة",
        "Нью-Дели", "\t\n\r", "", "   ", "NEAR", "\"NEAR\" \"AND\"", "ukraine\u200Bdelhi", "ＵＫＲＡＩＮＥ",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Search_HostileInput_DoesNotThrow(string query)
    {
        var hits = _index.Index.Search(query, 5);
        Assert.NotNull(hits);
    }

    [Fact]
    public void Search_FtsOperatorsAsWords_AreSearchedAsPlainWords()
    {
        var hits = _index.Index.Search("NEAR future (ukraine", 5);
        Assert.Equal("ukraine", Assert.Single(hits).Passage.ArticleId);
    }

    [Fact]
    public void Search_TenThousandCharacters_DoesNotThrowAndStillFinds()
    {
        var query = string.Concat(Enumerable.Repeat("ukraine (\"*: ^- 🙂 ", 700))[..10_000];
        var hits = _index.Index.Search(query, 5);
        Assert.Equal("ukraine", Assert.Single(hits).Passage.ArticleId);
    }

    [Fact]
    public void Search_TenThousandDistinctWords_DoesNotThrow()
    {
        var query = string.Join(' ', Enumerable.Range(0, 2000).Select(i => "w" + i))[..10_000] + " delhi";
        Assert.NotNull(_index.Index.Search(query, 5));
    }

    [Theory]
    [InlineData("who did they what where when?")]
    [InlineData("the of and is")]
    [InlineData("?!")]
    public void Search_OnlyStopwordsOrPunctuation_ReturnsEmpty(string query) =>
        Assert.Empty(_index.Index.Search(query, 5));

    [Theory]
    [InlineData("Министр", "moscow")]
    [InlineData("東京", "tokyo")]
    [InlineData("القاهرة", "cairo")]
    public void Search_OtherScripts_FindTheirArticle(string query, string articleId) =>
        Assert.Contains(_index.Index.Search(query, 5), h => h.Passage.ArticleId == articleId);

    [Fact]
    public void Search_NonPositiveK_ReturnsEmpty() => Assert.Empty(_index.Index.Search("ukraine", 0));

    public void Dispose() => _index.Dispose();
}
