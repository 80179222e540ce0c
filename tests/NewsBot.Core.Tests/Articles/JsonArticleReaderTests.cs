using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class JsonArticleReaderTests
{
    [Fact]
    public void Json_object_is_one_article_with_its_fields()
    {
        const string Json = """
            {"id": "g20", "title": "Talks", "text": "They met in Delhi.", "url": "https://example.com/g20",
             "published": "2023-03-02", "source": "Example News"}
            """;
        var article = Assert.Single(JsonArticleReader.ReadDocument(Json, "file").Articles);
        Assert.Equal(new Article("g20", "Talks", "They met in Delhi.", "https://example.com/g20",
            new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), "Example News"), article);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("content")]
    [InlineData("Text")]
    public void Json_text_may_be_called_body_or_content(string field)
    {
        var article = Assert.Single(JsonArticleReader.ReadDocument($$"""{"{{field}}": "Body text here."}""", "news/one").Articles);
        Assert.Equal(("news/one", "Body text here.", "Body text here."), (article.Id, article.Title, article.Text));
    }

    [Fact]
    public void Json_array_gives_one_article_per_record_with_ids_from_id_url_or_position()
    {
        const string Json = """
            [ {"id": 7, "title": "A", "text": "First."},
              {"title": "B", "body": "Second.", "url": "https://www.example.com/b.html"},
              {"title": "C", "content": "Third."} ]
            """;
        var result = JsonArticleReader.ReadDocument(Json, "dump");
        Assert.Equal(["7", "example.com/b", "dump/3"], result.Articles.Select(a => a.Id));
        Assert.Empty(result.RecordProblems);
    }

    [Fact]
    public void Json_records_nested_in_a_result_list_are_read()
    {
        const string Json = """
            {"question_id": "q1", "search_result": [
              {"url": "https://example.com/a", "title": "A", "text": "Alpha text.", "publish_date": "2022/06/13"},
              {"url": "https://example.com/b", "title": "B only has a title"} ]}
            """;
        var result = JsonArticleReader.ReadDocument(Json, "gcs");
        var article = Assert.Single(result.Articles);
        Assert.Equal(("example.com/a", new DateTimeOffset(2022, 6, 13, 0, 0, 0, TimeSpan.Zero)), (article.Id, article.Published));
        Assert.Equal(["record 2: no text (expected text, body or content)"], result.RecordProblems);
    }

    [Fact]
    public void Json_record_without_text_is_refused_with_the_reason() =>
        Assert.Equal("no text (expected a record with text, body or content or an array of them)",
            Assert.Throws<ArticleFormatException>(() => JsonArticleReader.ReadDocument("""{"title": "No body"}""", "x")).Message);

    [Fact]
    public void Malformed_json_is_refused_with_the_line() =>
        Assert.StartsWith("malformed JSON at line 2",
            Assert.Throws<ArticleFormatException>(() => JsonArticleReader.ReadDocument("{\"title\": \"x\",\n \"text\": oops}", "x")).Message);

    [Fact]
    public void Jsonl_reads_each_line_and_reports_bad_lines_by_number()
    {
        const string Lines = """
            {"id": "a", "title": "A", "text": "Alpha."}

            {"id": "b", "title": "B", "text": 
            {"id": "c", "title": "C"}
            [1, 2]
            {"id": "d", "title": "D", "content": "Delta."}
            """;
        var result = JsonArticleReader.ReadLines(Lines, "feed");
        Assert.Equal(["a", "d"], result.Articles.Select(a => a.Id));
        Assert.Equal(4, result.RecordProblems.Count);
        Assert.StartsWith("line 3: malformed JSON", result.RecordProblems[0]);
        Assert.Equal("line 4: no text (expected text, body or content)", result.RecordProblems[1]);
        Assert.Equal("line 5, record 1: not a JSON object (number)", result.RecordProblems[2]);
        Assert.Equal("line 5, record 2: not a JSON object (number)", result.RecordProblems[3]);
    }

    [Fact]
    public void Jsonl_rows_with_an_empty_result_list_hold_no_articles_and_no_problems()
    {
        const string Lines = """
            {"question_id": "q1", "search_result": [{"url": "https://example.com/a", "text": "Alpha."}]}
            {"question_id": "q2", "search_result": []}
            """;
        var result = JsonArticleReader.ReadLines(Lines, "gcs");
        Assert.Equal(["example.com/a"], result.Articles.Select(a => a.Id));
        Assert.Empty(result.RecordProblems);
    }

    [Theory]
    [InlineData("[]", "no records (the array is empty)")]
    [InlineData("""{"articles": []}""", "no records (the list is empty)")]
    public void Json_with_no_records_is_refused(string json, string reason) =>
        Assert.Equal(reason, Assert.Throws<ArticleFormatException>(() => JsonArticleReader.ReadDocument(json, "x")).Message);

    [Fact]
    public void Jsonl_with_only_blank_lines_is_refused() =>
        Assert.Throws<ArticleFormatException>(() => JsonArticleReader.ReadLines("\n \n", "x"));

    [Fact]
    public void Json_dates_may_be_unix_seconds_and_sources_objects()
    {
        var article = Assert.Single(JsonArticleReader.ReadDocument(
            """{"text": "T.", "publishedAt": 1677752100, "source": {"id": "x", "name": "Wire"}}""", "x").Articles);
        Assert.Equal((new DateTimeOffset(2023, 3, 2, 10, 15, 0, TimeSpan.Zero), "Wire"), (article.Published, article.Source));
    }
}
