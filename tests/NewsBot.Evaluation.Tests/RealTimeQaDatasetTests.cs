using NewsBot.Evaluation.Datasets;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

public sealed class RealTimeQaDatasetTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public RealTimeQaDatasetTests()
    {
        Write("gcs/past/2022/20220617_gcs.jsonl",
            """{"question_id":"20220617_0","search_result":[{"url":"https://www.cnn.com/a/index.html","title":"Squid Game back","text":"How relevant is this ad to you?","publish_date":"2022/06/12"},{"url":"https://cnn.com/b","title":"Other","text":"Other news."}]}""",
            """{"question_id":"20220617_1","search_result":[{"url":"https://cnn.com/b","title":"Other again","text":"Other news, again."},{"url":"https://x.com/no-text","title":"t"}]}""");
        Write("qa/past/2022/20220617_gold.jsonl",
            """{"question_id":"20220617_0","search_result":[{"url":"https://edition.cnn.com/a/","text":"Squid Game is officially coming back."}]}""",
            """{"question_id":"20220617_1","search_result":[]}""",
            """{"question_id":"20220617_2","search_result":[{"url":"https://usatoday.com/c","text":"Gold only."}]}""");
        Write("qa/past/2022/20220617_qa.jsonl",
            """{"question_id":"20220617_0","question_sentence":"Which show?","choices":["Friends","Squid Game"],"answer":["1"],"evidence":""}""",
            """{"question_id":"20220617_1","question_sentence":"No gold?","choices":["a"],"answer":["0"],"evidence":""}""",
            """{"question_id":"20220617_2","question_sentence":"Gold elsewhere?","choices":["a","b"],"answer":["0"],"evidence":""}""");
    }

    [Fact]
    public void Reference_setup_dedupes_by_url_and_finds_the_gold_search_result_by_a_loose_url_match()
    {
        var data = RealTimeQaDataset.Load(_temp.File("gcs"), _temp.File("qa"));

        Assert.Equal(4, data.SearchResults);
        Assert.Equal(2, data.Articles.Count);
        var squid = Assert.Single(data.Articles, a => a.Url == "https://www.cnn.com/a/index.html");
        Assert.Equal(("Squid Game back", "How relevant is this ad to you?"), (squid.Title, squid.Text));
        Assert.Equal(new DateTimeOffset(2022, 6, 12, 0, 0, 0, TimeSpan.Zero), squid.Published);
        Assert.Equal("Other news.", Assert.Single(data.Articles, a => a.Url == "https://cnn.com/b").Text);

        var question = Assert.Single(data.Questions);
        Assert.Equal(("20220617_0", 1), (question.Id, question.Answer));
        Assert.Equal([squid.Id], question.GoldArticleIds);
    }

    [Fact]
    public void Gold_text_setup_replaces_a_cookie_banner_and_adds_articles_the_search_missed()
    {
        var data = RealTimeQaDataset.Load(_temp.File("gcs"), _temp.File("qa"), RealTimeQaSetup.GoldText);

        Assert.Equal(3, data.Articles.Count);
        Assert.Equal(1, data.GoldArticlesAdded);
        var squid = Assert.Single(data.Articles, a => a.Url == "https://www.cnn.com/a/index.html");
        Assert.Equal("Squid Game is officially coming back.", squid.Text);
        Assert.Equal(["20220617_0", "20220617_2"], data.Questions.Select(q => q.Id));
        Assert.Equal([squid.Id], data.Questions[0].GoldArticleIds);
        Assert.True(data.Questions[0].GoldInSearchResults);
        Assert.False(data.Questions[1].GoldInSearchResults);
    }

    [Theory]
    [InlineData("https://edition.cnn.com/2022/06/12/media/squid/index.html", "cnn.com/2022/06/12/media/squid")]
    [InlineData("http://www.USAToday.com/story/x/?utm=1", "usatoday.com/story/x")]
    public void Url_keys_ignore_scheme_www_edition_index_html_query_and_case(string url, string key) =>
        Assert.Equal(key, RealTimeQaDataset.UrlKey(url));

    private void Write(string relative, params string[] lines)
    {
        var path = _temp.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }

    public void Dispose() => _temp.Dispose();
}
